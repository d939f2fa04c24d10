import { errorCode, GqlClient } from './support/gql-client';
import { signInAs, SignedInClient } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';
import { givenEdition, givenNationalModule, givenSession } from './support/factories/training-sessions';

const LINK = `query L($sessionId: ID!) { sessionFeedbackLink(sessionId: $sessionId) { surveyId path closesAt } }`;

describe('the feedback QR code at the end of a session', () => {
  let t: TestApp;
  let sessionId: string;
  let surveyId: string;
  let trainer: SignedInClient;

  const link = (client: GqlClient, id = sessionId) =>
    client.request<{ sessionFeedbackLink: { surveyId: string; path: string } | null }>(LINK, { sessionId: id });
  const setStatus = (status: string) => t.db.query(`UPDATE survey SET status = $2 WHERE id = $1`, [surveyId, status]);

  beforeAll(async () => {
    t = await startTestApp();
    const { editionId } = await givenEdition(t.db);
    const module = await givenNationalModule(t.db, editionId, 'EE');
    sessionId = await givenSession(t.db, { ...module, editionId }, { inDays: 0 });
    trainer = await signInAs(t, 'TRAINER', { countryCode: 'EE' });
    await t.db.query(`INSERT INTO session_trainer (session_id, person_id) VALUES ($1, $2)`, [
      sessionId,
      trainer.personId,
    ]);
    const [row] = await t.db.query(
      `INSERT INTO survey (edition_id, session_id, kind, mode, status, title, opens_at, closes_at)
       VALUES ($1, $2, 'FEEDBACK', 'ANONYMOUS', 'OPEN', '{"en":"Feedback"}', now() - interval '1 hour', now() + interval '14 days')
       RETURNING id`,
      [editionId, sessionId],
    );
    surveyId = row.id;
  }, 60_000);
  afterAll(() => t?.close());

  it('gives the session’s trainer the path of the open survey (tutors sign in, then land on it)', async () => {
    const res = await link(trainer);
    expect(res.errors).toBeUndefined();
    expect(res.data?.sessionFeedbackLink).toMatchObject({ surveyId, path: `/my-surveys/${surveyId}` });
  });

  it('refuses anyone but the session’s trainers: another trainer, the country’s coordinator, a tutor', async () => {
    expect(errorCode(await link(await signInAs(t, 'TRAINER', { countryCode: 'EE' })))).toBe('FORBIDDEN');
    expect(errorCode(await link(await signInAs(t, 'COORDINATOR', { countryCode: 'EE' })))).toBe('FORBIDDEN');
    expect(errorCode(await link(await signInAs(t, 'TUTOR')))).toBe('FORBIDDEN');
  });

  it('gives nothing while the survey is a draft or once it has closed, and nothing for a session without a survey', async () => {
    await setStatus('DRAFT');
    expect((await link(trainer)).data?.sessionFeedbackLink).toBeNull();
    await setStatus('CLOSED');
    expect((await link(trainer)).data?.sessionFeedbackLink).toBeNull();
    await setStatus('OPEN');
    await t.db.query(
      `UPDATE survey SET closes_at = now() - interval '1 minute', opens_at = now() - interval '2 days' WHERE id = $1`,
      [surveyId],
    );
    expect((await link(trainer)).data?.sessionFeedbackLink).toBeNull();
    const res = await link(trainer, '00000000-0000-4000-8000-000000000000');
    expect(res.errors).toBeUndefined();
    expect(res.data?.sessionFeedbackLink).toBeNull();
  });
});

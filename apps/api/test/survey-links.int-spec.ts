import { createHash } from 'node:crypto';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { signInAs } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';
import { givenEdition } from './support/factories/training-sessions';
import { REQUEST_LIMITS } from '../src/auth/throttle-policy';

const INVITE = `mutation I($input: InviteSurveyStakeholdersInput!) {
  inviteSurveyStakeholders(input: $input) { checkedCount invitedCount } }`;
const REMIND = `mutation R($input: RemindSurveyStakeholdersInput!) { remindSurveyStakeholders(input: $input) }`;
const COUNTS = `query C($surveyId: ID!) { surveyInvitationCounts(surveyId: $surveyId) { countryCode stakeholderGroup invitedCount answeredCount } }`;
const BY_LINK = `query L($token: String!, $language: String) { surveyByLink(token: $token, language: $language) {
  kind mode status language title intro thankYou textsMayBeQuoted closesAt questions { id code type required } } }`;
const SUBMIT = `mutation S($input: SubmitSurveyByLinkInput!) { submitSurveyByLink(input: $input) { id } }`;

const fields = (res: GqlResponse<unknown>) =>
  ((res.errors?.[0]?.extensions['fields'] as { field: string; rule: string }[] | undefined) ?? []).map(
    (f) => `${f.field}:${f.rule}`,
  );
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

describe('survey links: stakeholders answer the needs analysis once, without an account', () => {
  let t: TestApp;
  let editionId: string;
  let surveyId: string;
  let q1: string;
  let q2: string;
  let coordinatorEE: GqlClient;
  let coordinatorLV: GqlClient;
  let admin: GqlClient;
  let n = 0;

  const address = (who = 'stakeholder') => `${who}.${Date.now()}.${n++}@example.org`;
  const invite = (client: GqlClient, emails: string[], over: Record<string, unknown> = {}) =>
    client.request<{ inviteSurveyStakeholders: { checkedCount: number; invitedCount: number } }>(INVITE, {
      input: { surveyId, countryCode: 'EE', emails, language: 'et', stakeholderGroup: 'EMPLOYER', ...over },
    });
  /** The token of the latest link mailed to `email` (what the stakeholder clicks). */
  const tokenOf = async (email: string) => {
    const [row] = await t.db.query(
      `SELECT text_body, language, kind FROM outbox_message WHERE recipient_email = $1 ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    const token = /\/survey-link\/([A-Za-z0-9_-]+)/.exec(row?.text_body ?? '')?.[1];
    if (!token) throw new Error(`no link mailed to ${email}`);
    return token;
  };
  const stranger = () => new GqlClient(t.baseUrl);
  const submit = (token: string, answers = [{ questionId: q1, value: '4' }], client = stranger()) =>
    client.request<{ submitSurveyByLink: { id: string } }>(SUBMIT, { input: { token, answers } });
  const stored = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*) FROM survey_invitation WHERE survey_id = $1)::int AS invitations,
                (SELECT count(*) FROM survey_response WHERE survey_id = $1)::int AS responses`,
        [surveyId],
      )
    )[0] as { invitations: number; responses: number };
  const newSurvey = async (status = 'OPEN') => {
    const [row] = await t.db.query(
      `INSERT INTO survey (edition_id, kind, mode, status, title, opens_at, closes_at)
       VALUES ($1, 'NEEDS_ANALYSIS', 'ANONYMOUS', $2, '{"en":"Needs analysis","et":"Vajaduste analüüs"}',
               now() - interval '1 day', now() + interval '20 days') RETURNING id`,
      [editionId, status],
    );
    return row.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    ({ editionId } = await givenEdition(t.db));
    surveyId = await newSurvey();
    const questions = await t.db.query(
      `INSERT INTO survey_question (survey_id, position, code, type, text, required)
       VALUES ($1, 1, 'N1', 'LIKERT_5', '{"en":"Tandems help","et":"Tandemid aitavad"}', true),
              ($1, 2, 'N2', 'TEXT', '{"en":"What is missing?"}', false) RETURNING id, code`,
      [surveyId],
    );
    q1 = questions.find((x: { code: string }) => x.code === 'N1').id;
    q2 = questions.find((x: { code: string }) => x.code === 'N2').id;
    coordinatorEE = await signInAs(t, 'COORDINATOR', { countryCode: 'EE' });
    coordinatorLV = await signInAs(t, 'COORDINATOR', { countryCode: 'LV' });
    admin = await signInAs(t, 'ADMIN');
  }, 60_000);
  afterAll(() => t?.close());

  it('mails each stakeholder a personal link in their language and keeps only its hash', async () => {
    const emails = [address(), address()];
    const res = await invite(coordinatorEE, [emails[0], `  ${emails[1].toUpperCase()} `]);
    expect(res.errors).toBeUndefined();
    expect(res.data?.inviteSurveyStakeholders).toEqual({ checkedCount: 2, invitedCount: 2 });
    const mails = await t.db.query(
      `SELECT language, kind, subject FROM outbox_message WHERE recipient_email = ANY($1::text[])`,
      [emails],
    );
    expect(mails).toHaveLength(2);
    expect(
      mails.every((m: { language: string; kind: string }) => m.language === 'et' && m.kind === 'SURVEY_INVITATION'),
    ).toBe(true);
    expect(mails[0].subject).toContain('Vajaduste analüüs');
    const token = await tokenOf(emails[0]);
    const [row] = await t.db.query(`SELECT * FROM survey_invitation WHERE email = $1`, [emails[0]]);
    expect(row.token_hash).toBe(hash(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row).toMatchObject({ country_code: 'EE', stakeholder_group: 'EMPLOYER', language: 'et', used_on: null });
    expect(new Date(row.expires_at).getTime()).toBeLessThanOrEqual(Date.now() + 20 * 86_400_000);
  });

  it('shows a link holder only what answering needs: not whether anyone answered, no ids, no counts', async () => {
    const type = await stranger().request<{ __type: { fields: { name: string }[] } }>(
      `query { __type(name: "LinkedSurvey") { fields { name } } }`,
    );
    const names = type.data!.__type.fields.map((f) => f.name);
    expect(names.sort()).toEqual(
      [
        'closesAt',
        'intro',
        'kind',
        'language',
        'mode',
        'questions',
        'status',
        'textsMayBeQuoted',
        'thankYou',
        'title',
      ].sort(),
    );
    for (const field of ['hasResponses', 'id', 'sessionId', 'canAddOwnQuestions', 'missingLanguages'])
      expect([field, names.includes(field)]).toEqual([field, false]);
    const email = address();
    expect((await invite(coordinatorEE, [email])).errors).toBeUndefined();
    const asked = await stranger().request(
      `query L($token: String!) { surveyByLink(token: $token) { hasResponses } }`,
      {
        token: await tokenOf(email),
      },
    );
    expect(asked.errors?.[0]?.message).toMatch(/hasResponses/);
    expect(asked.data ?? null).toBeNull();
  });

  it('opens the survey without signing in, takes one response, then refuses the link', async () => {
    const email = address();
    expect((await invite(coordinatorEE, [email])).errors).toBeUndefined();
    const token = await tokenOf(email);
    const opened = await stranger().request<{ surveyByLink: { language: string; title: string } }>(BY_LINK, {
      token,
    });
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.surveyByLink).toMatchObject({ language: 'et', title: 'Vajaduste analüüs' });
    const before = await stored();
    const sent = await submit(token, [
      { questionId: q1, value: '5' },
      { questionId: q2, value: 'More company visits' },
    ]);
    expect(sent.errors).toBeUndefined();
    expect((await stored()).responses).toBe(before.responses + 1);
    expect(errorCode(await submit(token))).toBe('SURVEY_LINK_INVALID');
    expect(errorCode(await stranger().request(BY_LINK, { token }))).toBe('SURVEY_LINK_INVALID');
    expect((await stored()).responses).toBe(before.responses + 1);
    const [response] = await t.db.query(`SELECT * FROM survey_response WHERE id = $1`, [
      sent.data?.submitSurveyByLink.id,
    ]);
    expect(response).toMatchObject({ country_code: 'EE', side: null, language: 'et' });
  });

  it('answers an unknown, an expired and a used link alike: "not valid any more"', async () => {
    const email = address();
    await invite(coordinatorEE, [email]);
    const token = await tokenOf(email);
    await t.db.query(`UPDATE survey_invitation SET expires_at = now() - interval '1 minute' WHERE email = $1`, [email]);
    const expired = await submit(token);
    const unknown = await submit('x'.repeat(43));
    expect(errorCode(expired)).toBe('SURVEY_LINK_INVALID');
    expect(errorCode(unknown)).toBe('SURVEY_LINK_INVALID');
    expect(expired.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(errorCode(await stranger().request(BY_LINK, { token }))).toBe('SURVEY_LINK_INVALID');
  });

  it('keeps an ANONYMOUS response apart from the link: no column or row ties them', async () => {
    const columns = (
      await t.db.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_response' ORDER BY column_name`,
      )
    ).map((c: { column_name: string }) => c.column_name);
    expect(columns).toEqual(['country_code', 'id', 'language', 'side', 'submitted_on', 'survey_id']);
    const invitationColumns = (
      await t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_invitation'`)
    ).map((c: { column_name: string }) => c.column_name);
    expect(invitationColumns.filter((c: string) => /response|answer/.test(c))).toEqual([]);
    expect(invitationColumns).not.toContain('used_at');
    const [links] = await t.db.query(
      `SELECT count(*)::int AS n FROM survey_response_link l JOIN survey_response r ON r.id = l.response_id WHERE r.survey_id = $1`,
      [surveyId],
    );
    expect(links.n).toBe(0);
  });

  it('takes exactly one of several submissions of one link at the same moment', async () => {
    const email = address();
    await invite(coordinatorEE, [email]);
    const token = await tokenOf(email);
    const before = await stored();
    const results = await Promise.all([1, 2, 3, 4].map(() => submit(token)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'SURVEY_LINK_INVALID')).toHaveLength(3);
    expect((await stored()).responses).toBe(before.responses + 1);
  });

  it('refuses bad answers and keeps the link usable', async () => {
    const email = address();
    await invite(coordinatorEE, [email]);
    const token = await tokenOf(email);
    const before = await stored();
    const bad = await submit(token, [{ questionId: q1, value: '9' }]);
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    expect(errorCode(await submit(token, [{ questionId: q2, value: 'no required answer' }]))).toBe('VALIDATION_FAILED');
    expect((await stored()).responses).toBe(before.responses);
    expect((await submit(token)).errors).toBeUndefined();
  });

  it('refuses a bad list as a whole, with an error per row, and stores nothing', async () => {
    const taken = address();
    await invite(coordinatorEE, [taken]);
    const before = await stored();
    const mailsBefore = (await t.db.query(`SELECT count(*)::int AS n FROM outbox_message`))[0].n;
    const fresh = address();
    const res = await invite(coordinatorEE, [fresh, 'not-an-address', fresh.toUpperCase(), taken]);
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect(fields(res)).toEqual(['input.emails.1:email', 'input.emails.2:duplicate', 'input.emails.3:alreadyInvited']);
    const tooMany = await invite(
      coordinatorEE,
      Array.from({ length: 201 }, () => address()),
    );
    expect(fields(tooMany)).toEqual(['input.emails:maxItems']);
    expect(fields(await invite(coordinatorEE, []))).toEqual(['input.emails:minItems']);
    expect(
      fields(await invite(coordinatorEE, [address()], { expiresAt: new Date(Date.now() - 60_000).toISOString() })),
    ).toEqual(['input.expiresAt:invalid']);
    expect(await stored()).toEqual(before);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM outbox_message`))[0].n).toBe(mailsBefore);
  });

  it('checks a list without storing anything in a dry run', async () => {
    const before = await stored();
    const res = await invite(coordinatorEE, [address(), address()], { dryRun: true });
    expect(res.data?.inviteSurveyStakeholders).toEqual({ checkedCount: 2, invitedCount: 0 });
    expect(await stored()).toEqual(before);
  });

  it('refuses tutors, trainers and another country’s coordinator', async () => {
    const before = await stored();
    const tutor = await signInAs(t, 'TUTOR');
    const trainer = await signInAs(t, 'TRAINER', { countryCode: 'EE' });
    expect(errorCode(await invite(tutor, [address()]))).toBe('FORBIDDEN');
    expect(errorCode(await invite(trainer, [address()]))).toBe('FORBIDDEN');
    expect(errorCode(await invite(coordinatorLV, [address()]))).toBe('FORBIDDEN');
    expect(errorCode(await invite(coordinatorEE, [address()], { countryCode: 'LV' }))).toBe('FORBIDDEN');
    expect(errorCode(await coordinatorLV.request(REMIND, { input: { surveyId, countryCode: 'EE' } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await trainer.request(COUNTS, { surveyId }))).toBe('FORBIDDEN');
    expect(await stored()).toEqual(before);
    // ADMIN invites for any country.
    expect((await invite(admin, [address()], { countryCode: 'LV', language: 'lv' })).errors).toBeUndefined();
  });

  it('shows counts per country and group, never who answered, and sends new links to those who have not answered', async () => {
    const other = await newSurvey();
    await t.db.query(
      `INSERT INTO survey_question (survey_id, position, code, type, text, required) VALUES ($1, 1, 'N1', 'SCALE_0_10', '{"en":"Useful?"}', true)`,
      [other],
    );
    const [answered, waiting] = [address('a'), address('w')];
    const sent = await coordinatorEE.request(INVITE, {
      input: { surveyId: other, countryCode: 'EE', emails: [answered, waiting], language: 'en' },
    });
    expect(sent.errors).toBeUndefined();
    await admin.request(INVITE, { input: { surveyId: other, countryCode: 'LV', emails: [address()], language: 'lv' } });
    const [question] = await t.db.query(`SELECT id FROM survey_question WHERE survey_id = $1`, [other]);
    expect((await submit(await tokenOf(answered), [{ questionId: question.id, value: '8' }])).errors).toBeUndefined();
    const counts = await coordinatorEE.request<{ surveyInvitationCounts: unknown[] }>(COUNTS, { surveyId: other });
    expect(counts.data?.surveyInvitationCounts).toEqual([
      { countryCode: 'EE', stakeholderGroup: null, invitedCount: 2, answeredCount: 1 },
    ]);
    const all = await admin.request<{ surveyInvitationCounts: { countryCode: string }[] }>(COUNTS, { surveyId: other });
    expect(all.data?.surveyInvitationCounts.map((c) => c.countryCode)).toEqual(['EE', 'LV']);
    const oldToken = await tokenOf(waiting);
    const reminded = await coordinatorEE.request<{ remindSurveyStakeholders: number }>(REMIND, {
      input: { surveyId: other, countryCode: 'EE' },
    });
    expect(reminded.data?.remindSurveyStakeholders).toBe(1);
    const newToken = await tokenOf(waiting);
    expect(newToken).not.toBe(oldToken);
    expect(errorCode(await submit(oldToken, [{ questionId: question.id, value: '7' }]))).toBe('SURVEY_LINK_INVALID');
    expect((await submit(newToken, [{ questionId: question.id, value: '7' }])).errors).toBeUndefined();
    const [mode] = await t.db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE recipient_email = $1`, [
      answered,
    ]);
    expect(mode.n).toBe(1);
  });

  it('refuses links of a closed survey alike, and sends none for it', async () => {
    const closed = await newSurvey();
    const email = address();
    await coordinatorEE.request(INVITE, {
      input: { surveyId: closed, countryCode: 'EE', emails: [email], language: 'en' },
    });
    const token = await tokenOf(email);
    await t.db.query(`UPDATE survey SET status = 'CLOSED' WHERE id = $1`, [closed]);
    expect(errorCode(await stranger().request(BY_LINK, { token }))).toBe('SURVEY_LINK_INVALID');
    const res = await coordinatorEE.request(INVITE, {
      input: { surveyId: closed, countryCode: 'EE', emails: [address()], language: 'en' },
    });
    expect(errorCode(res)).toBe('SURVEY_CLOSED');
  });

  it('rate-limits bad links per address like the other public tokens', async () => {
    const client = stranger();
    const codes: (string | undefined)[] = [];
    for (let i = 0; i <= REQUEST_LIMITS.ACCOUNT_TOKEN.perAddress; i++)
      codes.push(errorCode(await client.request(BY_LINK, { token: `guess-${i}` })));
    expect(codes.slice(0, REQUEST_LIMITS.ACCOUNT_TOKEN.perAddress).every((c) => c === 'SURVEY_LINK_INVALID')).toBe(
      true,
    );
    expect(codes.at(-1)).toBe('TOO_MANY_ATTEMPTS');
  });
});

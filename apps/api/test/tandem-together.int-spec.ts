import { OutboxMessage } from '../src/modules/mail/outbox-message.entity';
import { Notification } from '../src/modules/notifications/notification.entity';
import { givenEdition, givenModule, givenTandem, givenTutor, type GivenModule } from './support/factories';
import { givenSession } from './support/factories/training-sessions';
import { errorCode } from './support/gql-client';
import { signInAs, signInAsPerson } from './support/sign-in';
import { startTestApp, type TestApp } from './support/test-app';

const BOOK = `mutation Book($input: BookSessionInput!) { bookSession(input: $input) { id status } }`;
const CANCEL = `mutation Cancel($input: CancelEnrolmentInput!) { cancelEnrolment(input: $input) { id status } }`;

const sessionOf = (m: GivenModule) => ({ ...m, moduleId: m.id });

describe('the tandem acts together', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const notes = (personId: string) =>
    t.db.getRepository(Notification).find({ where: { recipientPersonId: personId }, order: { createdAt: 'ASC' } });

  it('tells the partner of a booking, a waitlist place, a cancellation and a promotion, in their language', async () => {
    const edition = await givenEdition(t.db);
    const module = await givenModule(t.db, { edition, countryCode: 'EE' });
    const company = await givenTutor(t.db, { edition, side: 'COMPANY', countryCode: 'EE', preferredLanguage: 'et' });
    const tandem = await givenTandem(t.db, { edition, company });
    const other = await givenTandem(t.db, { edition });
    const session = await givenSession(t.db, sessionOf(module), { capacity: 2 });

    const first = await (
      await signInAsPerson(t, other.school)
    ).request<{ bookSession: { id: string } }>(BOOK, {
      input: { sessionId: session },
    });
    expect(first.errors).toBeUndefined();
    const school = await signInAsPerson(t, tandem.school);
    const booked = await school.request<{ bookSession: { id: string; status: string } }>(BOOK, {
      input: { sessionId: session, waitlist: true },
    });
    expect(booked.data?.bookSession.status).toBe('WAITLISTED');

    expect((await notes(company.id)).map((n) => [n.kind, n.payload['status']])).toEqual([
      ['ENROLMENT_BOOKED_FOR_TANDEM', 'WAITLISTED'],
    ]);
    expect(await notes(tandem.school.id)).toEqual([]);
    const mail = await t.db.getRepository(OutboxMessage).findOneByOrFail({ recipientPersonId: company.id });
    expect(mail).toMatchObject({ kind: 'TANDEM_BOOKED', language: 'et' });
    expect(mail.subject).toMatch(/^Ootenimekirjas: /);

    // The other tandem cancels: ours moves up, and both of ours are told.
    const cancelled = await (
      await signInAsPerson(t, other.company)
    ).request(CANCEL, {
      input: { enrolmentId: first.data?.bookSession.id },
    });
    expect(cancelled.errors).toBeUndefined();
    // Each partner hears of what the other did, never of their own act.
    expect((await notes(other.company.id)).map((n) => n.kind)).toEqual(['ENROLMENT_BOOKED_FOR_TANDEM']);
    expect((await notes(other.school.id)).map((n) => n.kind)).toEqual(['ENROLMENT_CANCELLED_FOR_TANDEM']);
    expect((await notes(company.id)).map((n) => n.kind)).toContain('ENROLMENT_PROMOTED');
    expect((await notes(tandem.school.id)).map((n) => n.kind)).toEqual(['ENROLMENT_PROMOTED']);
  });

  it('refuses to book a module already attended (ALREADY_ATTENDED) unless a coordinator enrols the tandem', async () => {
    const edition = await givenEdition(t.db);
    const module = await givenModule(t.db, { edition, countryCode: 'EE' });
    const tandem = await givenTandem(t.db, { edition });
    const past = await givenSession(t.db, sessionOf(module), { inDays: -30 });
    await t.db.query(`INSERT INTO attendance (session_id, person_id, status) VALUES ($1, $2, 'PRESENT')`, [
      past,
      tandem.company.id,
    ]);
    const again = await givenSession(t.db, sessionOf(module), { inDays: 10 });
    const school = await signInAsPerson(t, tandem.school);
    const refused = await school.request(BOOK, { input: { sessionId: again } });
    expect(errorCode(refused)).toBe('ALREADY_ATTENDED');
    expect(await t.db.query(`SELECT 1 FROM enrolment WHERE session_id = $1`, [again])).toHaveLength(0);
    expect(await notes(tandem.company.id)).toEqual([]);

    const coordinator = await signInAs(t, 'COORDINATOR', { countryCode: 'EE' });
    const enrolled = await coordinator.request<{ bookSession: { status: string } }>(BOOK, {
      input: { sessionId: again, tandemId: tandem.id },
    });
    expect(enrolled.data?.bookSession.status).toBe('CONFIRMED');
    // A coordinator acting: both partners hear of it.
    expect((await notes(tandem.school.id)).map((n) => n.kind)).toEqual(['ENROLMENT_BOOKED_FOR_TANDEM']);
    expect((await notes(tandem.company.id)).map((n) => n.kind)).toEqual(['ENROLMENT_BOOKED_FOR_TANDEM']);
  });
});

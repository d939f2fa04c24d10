import { OutboxMessage } from '../src/modules/mail/outbox-message.entity';
import { Notification } from '../src/modules/notifications/notification.entity';
import { formatForPerson } from '../src/modules/training-sessions/session-times';
import { givenEdition, givenModule, givenTandem, givenTutor, type GivenModule } from './support/factories';
import { givenSession } from './support/factories/training-sessions';
import { errorCode } from './support/gql-client';
import { signInAs, signInAsPerson } from './support/sign-in';
import { startTestApp, type TestApp } from './support/test-app';

const BOOK = `mutation Book($input: BookSessionInput!) { bookSession(input: $input) { id status } }`;
const MOVE = `mutation Move($input: MoveEnrolmentInput!) { moveEnrolment(input: $input) { id status sessionId } }`;
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

  it('tells both partners of a move once, in their language, naming the session left; the waitlist left behind moves up', async () => {
    const edition = await givenEdition(t.db);
    const module = await givenModule(t.db, { edition, countryCode: 'EE' });
    const company = await givenTutor(t.db, { edition, side: 'COMPANY', countryCode: 'EE', preferredLanguage: 'et' });
    const tandem = await givenTandem(t.db, { edition, company });
    const waiting = await givenTandem(t.db, { edition });
    const from = await givenSession(t.db, sessionOf(module), { capacity: 2, inDays: 20 });
    const to = await givenSession(t.db, sessionOf(module), { capacity: 10, inDays: 27 });
    const booked = await (
      await signInAsPerson(t, tandem.school)
    ).request<{ bookSession: { id: string } }>(BOOK, { input: { sessionId: from } });
    expect(booked.errors).toBeUndefined();
    const queued = await (
      await signInAsPerson(t, waiting.school)
    ).request<{ bookSession: { status: string } }>(BOOK, { input: { sessionId: from, waitlist: true } });
    expect(queued.data?.bookSession.status).toBe('WAITLISTED');
    const before = await t.db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE recipient_person_id = $1`, [
      company.id,
    ]);

    const coordinator = await signInAs(t, 'COORDINATOR', { countryCode: 'EE' });
    const moved = await coordinator.request<{ moveEnrolment: { status: string; sessionId: string } }>(MOVE, {
      input: { enrolmentId: booked.data?.bookSession.id, toSessionId: to },
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.moveEnrolment).toMatchObject({ status: 'CONFIRMED', sessionId: to });

    // One notification of the move each (not a cancellation and a booking), leading to the new session.
    for (const person of [tandem.school, company]) {
      const kinds = (await notes(person.id)).map((n) => [n.kind, n.payload['targetId']]);
      expect(kinds.filter(([kind]) => kind !== 'ENROLMENT_BOOKED_FOR_TANDEM')).toEqual([
        ['ENROLMENT_MOVED_FOR_TANDEM', to],
      ]);
    }
    const mails: { kind: string; language: string; subject: string; text_body: string }[] = await t.db.query(
      `SELECT kind, language, subject, text_body FROM outbox_message WHERE recipient_person_id = $1 ORDER BY created_at OFFSET $2`,
      [company.id, before[0].n],
    );
    expect(mails.map((m) => [m.kind, m.language])).toEqual([['TANDEM_MOVED', 'et']]);
    expect(mails[0].subject).toMatch(/^Ümber paigutatud: /);
    // Both times in the mail, in the partner's language and zone: the session left and the new one.
    const [zone] = await t.db.query(`SELECT coalesce(time_zone, 'Europe/Tallinn') AS tz FROM person WHERE id = $1`, [
      company.id,
    ]);
    for (const id of [from, to]) {
      const [s] = await t.db.query(`SELECT starts_at FROM training_session WHERE id = $1`, [id]);
      expect(mails[0].text_body).toContain(formatForPerson(s.starts_at, zone.tz, 'et'));
    }
    // The tandem waiting for the session left has its seats now, and is told.
    expect((await notes(waiting.school.id)).map((n) => n.kind)).toEqual(['ENROLMENT_PROMOTED']);
    expect((await notes(waiting.company.id)).map((n) => n.kind)).toEqual([
      'ENROLMENT_BOOKED_FOR_TANDEM',
      'ENROLMENT_PROMOTED',
    ]);
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
    // The past session shows each viewer their own attendance (the session page reads it instead of "Confirmed").
    const ATTENDED = `query S($id: ID!) { trainingSession(id: $id) { myAttendance } }`;
    const mine = await (
      await signInAsPerson(t, tandem.company)
    ).request<{ trainingSession: { myAttendance: string | null } }>(ATTENDED, { id: past });
    expect(mine.data?.trainingSession.myAttendance).toBe('PRESENT');
    const school = await signInAsPerson(t, tandem.school);
    const partners = await school.request<{ trainingSession: { myAttendance: string | null } }>(ATTENDED, { id: past });
    expect(partners.data?.trainingSession.myAttendance).toBeNull();
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

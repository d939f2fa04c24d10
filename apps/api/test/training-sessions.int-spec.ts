import pino from 'pino';
import { loadDemoData } from '../src/database/demo/demo-loader';
import { DEMO_PASSWORD } from '../src/database/demo/demo-people';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { RemindersService } from '../src/modules/training-sessions/reminders.service';
import { startTestApp, TestApp } from './support/test-app';
import { BulkTandem, createActiveTandems } from './support/training-fixtures';
import { pdfText } from './support/pdf-text';

interface SessionShape {
  id: string;
  capacity: number;
  seatsTaken: number;
  seatsLeft: number;
  waitlistCount: number;
  startsAt: string;
  localStartsAt: string;
  status: string;
  sequence?: number;
}
interface EnrolmentShape {
  id: string;
  status: string;
  seats: number;
  waitlistPosition: number | null;
  people: { id: string; attendance: string | null }[];
}
const S_FIELDS = `id capacity seatsTaken seatsLeft waitlistCount startsAt localStartsAt status`;
const E_FIELDS = `id status seats waitlistPosition people { id attendance }`;
const SCHEDULE = `mutation S($input: ScheduleSessionInput!) { scheduleSession(input: $input) { ${S_FIELDS} } }`;
const UPDATE = `mutation U($input: UpdateSessionInput!) { updateSession(input: $input) { ${S_FIELDS} } }`;
const CANCEL_SESSION = `mutation X($input: CancelSessionInput!) { cancelSession(input: $input) { ${S_FIELDS} } }`;
const BOOK = `mutation B($input: BookSessionInput!) { bookSession(input: $input) { ${E_FIELDS} } }`;
const CANCEL = `mutation C($input: CancelEnrolmentInput!) { cancelEnrolment(input: $input) { ${E_FIELDS} } }`;
const ROSTER = `query R($sessionId: ID!) { sessionRoster(sessionId: $sessionId) { session { ${S_FIELDS} } enrolments { ${E_FIELDS} } } }`;
const MARK = `mutation M($input: MarkAttendanceInput!) { markAttendance(input: $input) { enrolments { ${E_FIELDS} } } }`;
const CODE = `query Q($sessionId: ID!) { checkInCode(sessionId: $sessionId) { code path expiresAt } }`;
const CHECK_IN = `mutation K($input: CheckInInput!) { checkIn(input: $input) { id } }`;

const fieldsOf = (res: GqlResponse<unknown>) =>
  ((res.errors?.[0]?.extensions['fields'] as { field: string }[] | undefined) ?? []).map((f) => f.field).sort();
/** A local date-time `days` from now, at `hh:mm`. */
const localIn = (days: number, hhmm = '10:00') =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${hhmm}`;

/** The last Sunday of October still ahead (the night EET returns: 04:00 EEST → 03:00 EET in Riga). */
function nextLastSundayOfOctober(): string {
  const now = new Date();
  for (let year = now.getUTCFullYear(); ; year++) {
    const d = new Date(Date.UTC(year, 9, 31));
    d.setUTCDate(31 - d.getUTCDay());
    if (d.getTime() > now.getTime() + 2 * 86_400_000) return d.toISOString().slice(0, 10);
  }
}

describe('training sessions and enrolments', () => {
  let t: TestApp;
  let editionId: string;
  const clients: Record<string, GqlClient> = {};
  const as = async (who: string) => {
    if (!clients[who]) {
      clients[who] = new GqlClient(t.baseUrl);
      const login = await clients[who].login(who.includes('@') ? who : `${who}@tandem.example`, DEMO_PASSWORD);
      expect(login.errors).toBeUndefined();
    }
    return clients[who];
  };
  const moduleId = async (code: string) =>
    (await t.db.query(`SELECT id FROM module WHERE code = $1`, [code]))[0].id as string;
  const orgId = async (registryCode: string) =>
    (await t.db.query(`SELECT id FROM organisation WHERE registry_code = $1`, [registryCode]))[0].id as string;
  const schedule = async (who: string, input: Record<string, unknown>) =>
    (await as(who)).request<{ scheduleSession: SessionShape }>(SCHEDULE, {
      input,
    });
  const baseInput = (code: string) => ({
    startsAt: localIn(20, '09:00'),
    endsAt: localIn(20, '15:00'),
    timeZone: 'Europe/Riga',
    capacity: 20,
    venue: 'Rīgas Valsts tehnikums, Kr. Valdemāra iela 1C, Rīga',
    language: 'lv',
    code,
  });
  const newSession = async (who: string, code: string, overrides: Record<string, unknown> = {}) => {
    const { code: _c, ...input } = baseInput(code);
    const res = await schedule(who, {
      ...input,
      moduleId: await moduleId(code),
      ...overrides,
    });
    expect(res.errors).toBeUndefined();
    return res.data!.scheduleSession;
  };
  const book = (client: GqlClient, input: Record<string, unknown>) =>
    client.request<{ bookSession: EnrolmentShape }>(BOOK, { input });
  const cancel = (client: GqlClient, enrolmentId: string) =>
    client.request<{ cancelEnrolment: EnrolmentShape }>(CANCEL, {
      input: { enrolmentId },
    });
  const seats = async (sessionId: string) =>
    (await t.db.query(`SELECT seats_taken FROM training_session WHERE id = $1`, [sessionId]))[0].seats_taken as number;
  let lvTandems: BulkTandem[];

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.db, pino({ level: 'silent' }), 'test');
    editionId = (await t.db.query(`SELECT edition_id FROM module WHERE code = 'LV-N1'`))[0].edition_id;
    // Sessions lie within their edition: the DST cases below need next October inside it.
    await t.db.query(`UPDATE edition SET ends_on = ends_on + 730 WHERE id = $1`, [editionId]);
    lvTandems = await createActiveTandems(t, editionId, await orgId('90000013681'), await orgId('40003518274'), 200);
  }, 120_000);
  afterAll(() => t.close());

  it('never confirms more seats than capacity under 200 concurrent pair bookings; the rest wait in order; cancellations promote exactly the next ones', async () => {
    const session = await newSession('trainer.lv', 'LV-N2', { capacity: 20 });
    const results = await Promise.all(
      lvTandems.map((td, i) =>
        book(i % 2 ? td.company.client : td.school.client, {
          sessionId: session.id,
        }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const statuses = results.map((r) => r.data!.bookSession.status);
    expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(190);
    expect(await seats(session.id)).toBe(20);
    // No half-booked tandem: every enrolment seats both partners with one status.
    const halves = await t.db.query(
      `SELECT e.id FROM enrolment e LEFT JOIN enrolment_person ep ON ep.enrolment_id = e.id AND ep.enrolment_status = e.status
        WHERE e.session_id = $1 GROUP BY e.id HAVING count(ep.person_id) <> 2`,
      [session.id],
    );
    expect(halves).toEqual([]);
    // Confirmed ones arrived before every waitlisted one; waitlist positions are 1..190 in arrival order.
    const queue: { id: string; status: string }[] = await t.db.query(
      `SELECT id, status FROM enrolment WHERE session_id = $1 ORDER BY queued_at, id`,
      [session.id],
    );
    expect(queue.slice(0, 10).every((e) => e.status === 'CONFIRMED')).toBe(true);
    const roster = await (
      await as('trainer.lv')
    ).request<{ sessionRoster: { enrolments: EnrolmentShape[] } }>(ROSTER, {
      sessionId: session.id,
    });
    const waiting = roster.data!.sessionRoster.enrolments.filter((e) => e.status === 'WAITLISTED');
    expect(waiting.map((e) => e.waitlistPosition)).toEqual(Array.from({ length: 190 }, (_, i) => i + 1));
    expect(waiting.map((e) => e.id)).toEqual(queue.slice(10).map((e) => e.id));

    // Three confirmed tandems cancel at once (either partner): exactly the first three waiting are promoted.
    const byEnrolment = new Map(results.map((r, i) => [r.data!.bookSession.id, lvTandems[i]]));
    const cancelled = queue.slice(0, 3).map((e) => e.id);
    const cancels = await Promise.all(
      cancelled.map((id, i) =>
        cancel(i % 2 ? byEnrolment.get(id)!.school.client : byEnrolment.get(id)!.company.client, id),
      ),
    );
    expect(cancels.map((c) => c.errors)).toEqual([undefined, undefined, undefined]);
    expect(cancels.map((c) => c.data!.cancelEnrolment.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    const after: { id: string; status: string }[] = await t.db.query(
      `SELECT id, status FROM enrolment WHERE session_id = $1 ORDER BY queued_at, id`,
      [session.id],
    );
    expect(after.filter((e) => e.status === 'CONFIRMED').map((e) => e.id)).toEqual([
      ...queue.slice(3, 13).map((e) => e.id),
    ]);
    expect(await seats(session.id)).toBe(20);
    // Both partners of each promoted tandem are told, in their language.
    const mails = await t.db.query(
      `SELECT recipient_person_id, language, subject FROM outbox_message WHERE kind = 'ENROLMENT_PROMOTED' AND recipient_person_id = ANY($1::uuid[])`,
      [queue.slice(10, 13).flatMap((e) => [byEnrolment.get(e.id)!.school.id, byEnrolment.get(e.id)!.company.id])],
    );
    expect(mails).toHaveLength(6);
    expect(
      mails.every(
        (m: { language: string; subject: string }) => m.language === 'lv' && m.subject.startsWith('Jums ir vieta'),
      ),
    ).toBe(true);

    // A larger capacity moves the waitlist too, in the same transaction.
    const { code: _c, ...fields } = baseInput('LV-N2');
    const grown = await (
      await as('trainer.lv')
    ).request<{ updateSession: SessionShape }>(UPDATE, {
      input: {
        ...fields,
        sessionId: session.id,
        capacity: 24,
        startsAt: session.localStartsAt,
        endsAt: localIn(20, '15:00'),
      },
    });
    expect(grown.errors).toBeUndefined();
    expect(grown.data!.updateSession).toMatchObject({
      capacity: 24,
      seatsTaken: 24,
      waitlistCount: 185,
    });
  }, 120_000);

  it('answers bookSession with CONFIRMED or WAITLISTED, or SESSION_FULL for a tandem that chose not to wait', async () => {
    const session = await newSession('trainer.lv', 'LV-N3', {
      capacity: 2,
      onlineUrl: 'https://meet.example/lv-n3',
      venue: null,
    });
    expect((await book(lvTandems[0].school.client, { sessionId: session.id })).data!.bookSession).toMatchObject({
      status: 'CONFIRMED',
      seats: 2,
    });
    const full = await book(lvTandems[1].school.client, {
      sessionId: session.id,
      waitlist: false,
    });
    expect(errorCode(full)).toBe('SESSION_FULL');
    expect((await book(lvTandems[1].company.client, { sessionId: session.id })).data!.bookSession).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
    // The same tandem cannot hold two enrolments in one session.
    expect(errorCode(await book(lvTandems[0].company.client, { sessionId: session.id }))).toBe('ALREADY_ENROLLED');
    // Nor two sessions of the same module that overlap.
    const overlapping = await newSession('trainer.lv', 'LV-N3', {
      capacity: 10,
      startsAt: localIn(20, '12:00'),
      endsAt: localIn(20, '18:00'),
    });
    expect(errorCode(await book(lvTandems[0].school.client, { sessionId: overlapping.id }))).toBe(
      'OVERLAPPING_ENROLMENT',
    );
    // The acceptance-check list shape.
    const list = await lvTandems[0].school.client.request<{
      trainingSessions: { edges: { node: SessionShape }[] };
    }>(`query { trainingSessions(first: 20) { edges { node { id capacity seatsTaken startsAt } } } }`);
    expect(list.errors).toBeUndefined();
    expect(list.data!.trainingSessions.edges.length).toBeGreaterThan(0);
  });

  it('lets a tutor without an ACTIVE tandem book one seat only where singles are allowed; a waiting pair does not block a later single that fits', async () => {
    const [single] = await t.db.query(
      `SELECT p.email FROM person p JOIN tutor_profile tp ON tp.person_id = p.id JOIN organisation o ON o.id = tp.organisation_id
        WHERE o.country_code = 'LV' AND NOT EXISTS (SELECT 1 FROM tandem_member tm WHERE tm.person_id = p.id AND tm.tandem_status = 'ACTIVE') ORDER BY p.email LIMIT 1`,
    );
    const pairsOnly = await newSession('trainer.lv', 'LV-N4', { capacity: 3 });
    expect(errorCode(await book(await as(single.email), { sessionId: pairsOnly.id }))).toBe('TANDEM_REQUIRED');
    const open = await newSession('trainer.lv', 'LV-N4', {
      capacity: 3,
      allowSingles: true,
      startsAt: localIn(30, '09:00'),
      endsAt: localIn(30, '12:00'),
    });
    const a = await book(lvTandems[2].school.client, { sessionId: open.id });
    const b = await book(lvTandems[3].school.client, { sessionId: open.id });
    expect([a.data!.bookSession.status, b.data!.bookSession.status]).toEqual(['CONFIRMED', 'WAITLISTED']);
    const s = await book(await as(single.email), { sessionId: open.id });
    expect(s.data!.bookSession).toMatchObject({
      status: 'CONFIRMED',
      seats: 1,
    });
    // The single cancels: one seat is free, the waiting pair still needs two and keeps its place.
    await cancel(await as(single.email), s.data!.bookSession.id);
    expect(await seats(open.id)).toBe(2);
    const [pair] = await t.db.query(`SELECT status FROM enrolment WHERE id = $1`, [b.data!.bookSession.id]);
    expect(pair.status).toBe('WAITLISTED');
    // The confirmed pair cancels: now the waiting pair fits and is promoted.
    await cancel(lvTandems[2].company.client, a.data!.bookSession.id);
    expect((await t.db.query(`SELECT status FROM enrolment WHERE id = $1`, [b.data!.bookSession.id]))[0].status).toBe(
      'CONFIRMED',
    );
  });

  it('refuses bad input with VALIDATION_FAILED and changes nothing', async () => {
    const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM training_session`))[0].n as number;
    const before = await count();
    const { code: _c, ...input } = baseInput('LV-N1');
    const mod = await moduleId('LV-N1');
    const cases: [Record<string, unknown>, string[]][] = [
      [{ endsAt: localIn(20, '08:00') }, ['endsAt']],
      [{ capacity: 0 }, ['capacity']],
      [{ startsAt: localIn(-2, '09:00'), endsAt: localIn(-2, '12:00') }, ['startsAt']],
      [{ enrolmentDeadline: localIn(21, '09:00') }, ['enrolmentDeadline']],
      [{ timeZone: 'Europe/Atlantis' }, ['timeZone']],
      [{ venue: null }, ['venue']],
      [{ onlineUrl: 'javascript:alert(1)' }, ['onlineUrl']],
    ];
    for (const [overrides, fields] of cases) {
      const res = await schedule('trainer.lv', {
        ...input,
        moduleId: mod,
        ...overrides,
      });
      expect([errorCode(res), fieldsOf(res)]).toEqual(['VALIDATION_FAILED', fields]);
    }
    expect(await count()).toBe(before);
    // Capacity below the confirmed seats.
    const session = await newSession('trainer.lv', 'LV-N1', {
      capacity: 4,
      startsAt: localIn(40, '09:00'),
      endsAt: localIn(40, '12:00'),
    });
    await book(lvTandems[4].school.client, { sessionId: session.id });
    await book(lvTandems[5].school.client, { sessionId: session.id });
    const res = await (
      await as('trainer.lv')
    ).request(UPDATE, {
      input: {
        ...input,
        sessionId: session.id,
        capacity: 3,
        startsAt: localIn(40, '09:00'),
        endsAt: localIn(40, '12:00'),
      },
    });
    expect([errorCode(res), fieldsOf(res)]).toEqual(['VALIDATION_FAILED', ['capacity']]);
    expect((await t.db.query(`SELECT capacity FROM training_session WHERE id = $1`, [session.id]))[0].capacity).toBe(4);
  });

  it('keeps each country to itself: an LV trainer cannot schedule, edit, mark or see the roster of EE sessions; a tutor cannot book for another tandem nor read a roster', async () => {
    const ee = await newSession('trainer.ee', 'EE-N2', {
      timeZone: 'Europe/Tallinn',
      language: 'et',
    });
    const lv = await as('trainer.lv');
    const { code: _c, ...input } = baseInput('EE-N2');
    expect(
      errorCode(
        await schedule('trainer.lv', {
          ...input,
          moduleId: await moduleId('EE-N2'),
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await schedule('trainer.lv', {
          ...input,
          moduleId: await moduleId('JM2'),
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await lv.request(UPDATE, { input: { ...input, sessionId: ee.id } }))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await lv.request(CANCEL_SESSION, {
          input: { sessionId: ee.id, reason: 'No reason at all' },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await lv.request(ROSTER, { sessionId: ee.id }))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await lv.request(MARK, {
          input: {
            sessionId: ee.id,
            entries: [{ personId: lvTandems[0].school.id, status: 'PRESENT' }],
          },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await lv.request(CODE, { sessionId: ee.id }))).toBe('NOT_FOUND');
    // An LV tutor does not even see the EE session; an EE tutor cannot book for an LV tandem.
    expect(errorCode(await book(lvTandems[6].school.client, { sessionId: ee.id }))).toBe('NOT_FOUND');
    const eeTutor = await as('tutor.school.ee');
    const lvSession = await newSession('trainer.lv', 'LV-N2', {
      startsAt: localIn(50, '09:00'),
      endsAt: localIn(50, '12:00'),
    });
    expect(
      errorCode(
        await book(eeTutor, {
          sessionId: lvSession.id,
          tandemId: lvTandems[6].id,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await book(lvTandems[7].school.client, {
          sessionId: lvSession.id,
          tandemId: lvTandems[6].id,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await lvTandems[7].school.client.request(ROSTER, {
          sessionId: lvSession.id,
        }),
      ),
    ).toBe('FORBIDDEN');
    // An LV tutor cannot cancel another tandem's enrolment.
    const booked = await book(lvTandems[6].school.client, {
      sessionId: lvSession.id,
    });
    expect(errorCode(await cancel(lvTandems[7].school.client, booked.data!.bookSession.id))).toBe('NOT_FOUND');
    expect(errorCode(await cancel(await as('coordinator.ee'), booked.data!.bookSession.id))).toBe('NOT_FOUND');
    expect((await cancel(await as('coordinator.lv'), booked.data!.bookSession.id)).data!.cancelEnrolment.status).toBe(
      'CANCELLED',
    );
    // A coordinator enrols a tandem on its behalf.
    const onBehalf = await book(await as('coordinator.lv'), {
      sessionId: lvSession.id,
      tandemId: lvTandems[6].id,
    });
    expect(onBehalf.data!.bookSession.status).toBe('CONFIRMED');
  });

  it('only a coordinator cancels after the enrolment deadline', async () => {
    const session = await newSession('trainer.lv', 'LV-N2', {
      startsAt: localIn(60, '09:00'),
      endsAt: localIn(60, '12:00'),
    });
    const booked = await book(lvTandems[8].school.client, {
      sessionId: session.id,
    });
    await t.db.query(`UPDATE training_session SET enrolment_deadline = now() - interval '1 hour' WHERE id = $1`, [
      session.id,
    ]);
    expect(errorCode(await cancel(lvTandems[8].company.client, booked.data!.bookSession.id))).toBe('ENROLMENT_CLOSED');
    expect(errorCode(await book(lvTandems[9].school.client, { sessionId: session.id }))).toBe('ENROLMENT_CLOSED');
    expect((await cancel(await as('coordinator.lv'), booked.data!.bookSession.id)).data!.cancelEnrolment.status).toBe(
      'CANCELLED',
    );
  });

  it('marks attendance by hand and by QR self check-in; a code of another session or an expired one is refused; person_training shows it', async () => {
    const session = await newSession('trainer.lv', 'LV-N1', {
      startsAt: localIn(70, '09:00'),
      endsAt: localIn(70, '12:00'),
    });
    const other = await newSession('trainer.lv', 'LV-N3', {
      startsAt: localIn(71, '09:00'),
      endsAt: localIn(71, '12:00'),
    });
    const td = lvTandems[10];
    await book(td.school.client, { sessionId: session.id });
    await book(td.school.client, { sessionId: other.id });
    const lv = await as('trainer.lv');
    expect(errorCode(await lv.request(CODE, { sessionId: session.id }))).toBe('ATTENDANCE_NOT_OPEN'); // not started yet
    // Move both sessions to now (as if they were starting) to take attendance.
    await t.db.query(
      `UPDATE training_session SET enrolment_deadline = now() - interval '2 hours', starts_at = now() - interval '1 hour', ends_at = now() + interval '2 hours' WHERE id = ANY($1::uuid[])`,
      [[session.id, other.id]],
    );
    const marked = await lv.request<{
      markAttendance: { enrolments: EnrolmentShape[] };
    }>(MARK, {
      input: {
        sessionId: session.id,
        entries: [{ personId: td.company.id, status: 'EXCUSED' }],
      },
    });
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markAttendance.enrolments[0].people.find((p) => p.id === td.company.id)?.attendance).toBe(
      'EXCUSED',
    );
    const stranger = await lv.request(MARK, {
      input: {
        sessionId: session.id,
        entries: [{ personId: lvTandems[11].school.id, status: 'PRESENT' }],
      },
    });
    expect([errorCode(stranger), fieldsOf(stranger)]).toEqual(['VALIDATION_FAILED', ['entries.0.personId']]);

    const code = (
      await lv.request<{ checkInCode: { code: string } }>(CODE, {
        sessionId: session.id,
      })
    ).data!.checkInCode.code;
    const otherCode = (
      await lv.request<{ checkInCode: { code: string } }>(CODE, {
        sessionId: other.id,
      })
    ).data!.checkInCode.code;
    expect(
      errorCode(
        await td.school.client.request(CHECK_IN, {
          input: { sessionId: session.id, code: otherCode },
        }),
      ),
    ).toBe('CHECK_IN_CODE_INVALID');
    const [window, mac] = code.split('.');
    expect(
      errorCode(
        await td.school.client.request(CHECK_IN, {
          input: {
            sessionId: session.id,
            code: `${Number(window) - 2}.${mac}`,
          },
        }),
      ),
    ).toBe('CHECK_IN_CODE_INVALID');
    expect(
      (
        await td.school.client.request(CHECK_IN, {
          input: { sessionId: session.id, code },
        })
      ).errors,
    ).toBeUndefined();
    const rows = await t.db.query(
      `SELECT person_id, module_kind, enrolment_status, attendance_status, hours FROM person_training WHERE session_id = $1 ORDER BY attendance_status`,
      [session.id],
    );
    expect(rows).toEqual([
      {
        person_id: td.company.id,
        module_kind: 'NATIONAL',
        enrolment_status: 'CONFIRMED',
        attendance_status: 'EXCUSED',
        hours: '3.00',
      },
      {
        person_id: td.school.id,
        module_kind: 'NATIONAL',
        enrolment_status: 'CONFIRMED',
        attendance_status: 'PRESENT',
        hours: '3.00',
      },
    ]);
  });

  it('shows the right local hour across the October DST change in Riga, and mails a change in each person’s language', async () => {
    const day = nextLastSundayOfOctober();
    const session = await newSession('trainer.lv', 'LV-N2', {
      startsAt: `${day}T10:00`,
      endsAt: `${day}T16:00`,
    });
    expect(session.startsAt).toBe(`${day}T08:00:00.000Z`);
    expect(session.localStartsAt).toBe(`${day}T10:00`);
    const td = lvTandems[12];
    await book(td.school.client, { sessionId: session.id });
    const { code: _c, ...input } = baseInput('LV-N2');
    const moved = await (
      await as('trainer.lv')
    ).request<{ updateSession: SessionShape }>(UPDATE, {
      input: {
        ...input,
        sessionId: session.id,
        startsAt: `${day}T11:00`,
        endsAt: `${day}T16:00`,
      },
    });
    expect(moved.data!.updateSession.startsAt).toBe(`${day}T09:00:00.000Z`);
    const mails: { language: string; text_body: string }[] = await t.db.query(
      `SELECT language, text_body FROM outbox_message WHERE kind = 'SESSION_CHANGED' AND recipient_person_id = $1`,
      [td.school.id],
    );
    expect(mails).toHaveLength(1);
    expect(mails[0].language).toBe('lv');
    expect(mails[0].text_body).toContain('11:00');
  });

  const get = (client: GqlClient, path: string) =>
    fetch(`${t.baseUrl}${path}`, {
      headers: { cookie: client.cookie ?? '', 'x-forwarded-for': client.ip },
    });

  it('offers an .ics per enrolment in the person’s language with UTC times; a cancellation keeps the UID with a higher SEQUENCE and METHOD:CANCEL; everyone enrolled is mailed', async () => {
    const day = nextLastSundayOfOctober();
    const session = await newSession('trainer.lv', 'LV-N4', {
      startsAt: `${day}T10:00`,
      endsAt: `${day}T14:00`,
    });
    const td = lvTandems[13];
    const booked = (await book(td.school.client, { sessionId: session.id })).data!.bookSession;
    const path = `/api/enrolments/${booked.id}/calendar.ics`;
    const first = await get(td.company.client, path);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toContain('text/calendar');
    const ics = await first.text();
    expect(ics).toContain(`UID:${session.id}@tandem`);
    expect(ics).toContain(`DTSTART:${day.replace(/-/g, '')}T080000Z`);
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain('SUMMARY:Darba drošība darba vidē balstītās mācībās');
    expect(ics).toMatch(/SEQUENCE:0/);
    // Someone else's enrolment is not theirs to read.
    expect((await get(lvTandems[14].school.client, path)).status).toBe(404);

    const cancelled = await (
      await as('trainer.lv')
    ).request(CANCEL_SESSION, {
      input: { sessionId: session.id, reason: 'The trainer is ill.' },
    });
    expect(cancelled.errors).toBeUndefined();
    const after = await (await get(td.school.client, path)).text();
    expect(after).toContain(`UID:${session.id}@tandem`);
    expect(after).toContain('METHOD:CANCEL');
    expect(after).toContain('STATUS:CANCELLED');
    expect(after).toMatch(/SEQUENCE:1/);
    const mails = await t.db.query(
      `SELECT language, text_body FROM outbox_message WHERE kind = 'SESSION_CANCELLED' AND recipient_person_id = ANY($1::uuid[])`,
      [[td.school.id, td.company.id]],
    );
    expect(mails).toHaveLength(2);
    expect(mails[0].text_body).toContain('The trainer is ill.');
    expect(errorCode(await book(lvTandems[15].school.client, { sessionId: session.id }))).toBe('ENROLMENT_CLOSED');
  });

  it('serves a private calendar feed by secret token until it is revoked', async () => {
    const td = lvTandems[0];
    const created = await td.school.client.request<{
      createCalendarFeed: { path: string };
    }>(`mutation { createCalendarFeed { path } }`);
    const path = created.data!.createCalendarFeed.path;
    const res = await fetch(`${t.baseUrl}${path}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('BEGIN:VEVENT');
    const renewed = await td.school.client.request<{
      createCalendarFeed: { path: string };
    }>(`mutation { createCalendarFeed { path } }`);
    expect((await fetch(`${t.baseUrl}${path}`)).status).toBe(404);
    await td.school.client.request(`mutation { revokeCalendarFeed }`);
    expect((await fetch(`${t.baseUrl}${renewed.data!.createCalendarFeed.path}`)).status).toBe(404);
  });

  it('exports the roster as CSV and XLSX to its keepers only, with formula-like names neutralised', async () => {
    const session = await newSession('trainer.lv', 'LV-N1', {
      startsAt: localIn(80, '09:00'),
      endsAt: localIn(80, '12:00'),
    });
    const td = lvTandems[16];
    await t.db.query(`UPDATE person SET given_name = '=HYPERLINK("x")' WHERE id = $1`, [td.school.id]);
    // Only the school tutor agreed to appear by name on rosters (issue 17): the partner's name is not shown.
    await t.db.query(
      `INSERT INTO person_consent (person_id, purpose, granted, text_version, changed_at) VALUES ($1, 'ROSTER_NAME', true, 'test', now())`,
      [td.school.id],
    );
    await book(td.school.client, { sessionId: session.id });
    const csv = await get(await as('trainer.lv'), `/api/sessions/${session.id}/roster.csv`);
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain(`"'=HYPERLINK(""x"") Tutor`);
    expect(text).toContain('(name not shown)');
    expect(text).toContain('CONFIRMED');
    const xlsx = await get(await as('coordinator.lv'), `/api/sessions/${session.id}/roster.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect((await get(await as('trainer.ee'), `/api/sessions/${session.id}/roster.csv`)).status).toBe(404);
    expect((await get(td.company.client, `/api/sessions/${session.id}/roster.csv`)).status).toBe(403);
  });

  it('prints a sign-in sheet of the confirmed participants in the trainer’s language, for the session’s trainers only', async () => {
    const session = await newSession('trainer.lv', 'LV-N3', {
      startsAt: localIn(13, '09:00'),
      endsAt: localIn(13, '12:00'),
    });
    const td = lvTandems[19];
    await t.db.query(
      `INSERT INTO person_consent (person_id, purpose, granted, text_version, changed_at) VALUES ($1, 'ROSTER_NAME', true, 'test', now())`,
      [td.school.id],
    );
    await book(td.school.client, { sessionId: session.id });
    const sheet = await get(await as('trainer.lv'), `/api/sessions/${session.id}/sign-in-sheet.pdf?lang=lv`);
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(Buffer.from(await sheet.arrayBuffer()));
    expect(text).toContain('Dalībnieku parakstu lapa');
    expect(text).toContain('Paraksts');
    const [school] = await t.db.query(`SELECT given_name || ' ' || family_name AS name FROM person WHERE id = $1`, [
      td.school.id,
    ]);
    expect(text).toContain(school.name);
    // The partner has not let the roster show the name: it is withheld on paper too.
    expect(text).toContain('(name not shown)');
    const english = await pdfText(
      Buffer.from(
        await (
          await get(await as('trainer.lv'), `/api/sessions/${session.id}/sign-in-sheet.pdf?lang=xx`)
        ).arrayBuffer(),
      ),
    );
    expect(english).toContain('Sign-in sheet');
    expect((await get(await as('trainer.ee'), `/api/sessions/${session.id}/sign-in-sheet.pdf`)).status).toBe(404);
    expect((await get(td.company.client, `/api/sessions/${session.id}/sign-in-sheet.pdf`)).status).toBe(403);
  });

  it('sends each reminder once, 7 days and 24 hours before, in the recipient’s language, and none for a cancelled session', async () => {
    const reminders = t.app.get(RemindersService);
    const session = await newSession('trainer.lv', 'LV-N3', {
      startsAt: localIn(10, '09:00'),
      endsAt: localIn(10, '12:00'),
    });
    const dropped = await newSession('trainer.lv', 'LV-N4', {
      startsAt: localIn(10, '13:00'),
      endsAt: localIn(10, '15:00'),
    });
    const td = lvTandems[17];
    await book(td.school.client, { sessionId: session.id });
    await book(td.school.client, { sessionId: dropped.id });
    // Booked well ahead: make the seats older than the 7-day point.
    await t.db.query(
      `UPDATE enrolment SET confirmed_at = now() - interval '10 days' WHERE session_id = ANY($1::uuid[])`,
      [[session.id, dropped.id]],
    );
    await (
      await as('trainer.lv')
    ).request(CANCEL_SESSION, {
      input: { sessionId: dropped.id, reason: 'Merged with another session.' },
    });
    const startsAt = new Date(
      (await t.db.query(`SELECT starts_at FROM training_session WHERE id = $1`, [session.id]))[0].starts_at,
    );
    const count = async (kind: string) =>
      (
        await t.db.query(
          `SELECT count(*)::int AS n FROM session_reminder WHERE session_id = ANY($1::uuid[]) AND kind = $2`,
          [[session.id, dropped.id], kind],
        )
      )[0].n;
    await reminders.sendDue(new Date(startsAt.getTime() - 8 * 86_400_000));
    expect(await count('DAYS_7')).toBe(0);
    const at7 = new Date(startsAt.getTime() - 7 * 86_400_000 + 60_000);
    await Promise.all([reminders.sendDue(at7), reminders.sendDue(at7)]);
    await reminders.sendDue(at7);
    expect(await count('DAYS_7')).toBe(2);
    const at24 = new Date(startsAt.getTime() - 23 * 3_600_000);
    await reminders.sendDue(at24);
    await reminders.sendDue(at24);
    expect(await count('HOURS_24')).toBe(2);
    const mails = await t.db.query(
      `SELECT language, subject FROM outbox_message WHERE kind = 'SESSION_REMINDER' AND recipient_person_id = $1`,
      [td.school.id],
    );
    expect(mails).toHaveLength(2);
    expect(
      mails.every(
        (m: { language: string; subject: string }) => m.language === 'lv' && m.subject.startsWith('Atgādinājums'),
      ),
    ).toBe(true);
  });

  it('schedules a series of the same module at once, all or none; the admin schedules joint sessions', async () => {
    const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM training_session`))[0].n as number;
    const { code: _c, ...input } = baseInput('LV-N2');
    const SERIES = `mutation R($input: ScheduleSessionSeriesInput!) { scheduleSessionSeries(input: $input) { ${S_FIELDS} } }`;
    const lv = await as('trainer.lv');
    const dates = [100, 107, 114].map((d) => ({
      startsAt: localIn(d, '09:00'),
      endsAt: localIn(d, '13:00'),
    }));
    const ok = await lv.request<{ scheduleSessionSeries: SessionShape[] }>(SERIES, {
      input: {
        session: { ...input, moduleId: await moduleId('LV-N2') },
        dates,
      },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.scheduleSessionSeries.map((x) => x.localStartsAt)).toEqual(dates.map((d) => d.startsAt));
    const before = await count();
    const bad = await lv.request(SERIES, {
      input: {
        session: { ...input, moduleId: await moduleId('LV-N2') },
        dates: [...dates, { startsAt: localIn(120, '09:00'), endsAt: localIn(120, '08:00') }],
      },
    });
    expect([errorCode(bad), fieldsOf(bad)]).toEqual(['VALIDATION_FAILED', ['dates.3.endsAt']]);
    expect(await count()).toBe(before);
    const joint = await schedule('admin', {
      ...input,
      moduleId: await moduleId('JM3'),
      language: 'en',
    });
    expect(joint.errors).toBeUndefined();
    // Every tutor sees the joint session, whatever their country.
    const seen = await lvTandems[18].school.client.request<{
      trainingSession: { id: string };
    }>(`query ($id: ID!) { trainingSession(id: $id) { id } }`, {
      id: joint.data!.scheduleSession.id,
    });
    expect(seen.data?.trainingSession.id).toBe(joint.data!.scheduleSession.id);
  });

  it('lets a coordinator move a tandem to another session of the module; the freed seats go to the waitlist', async () => {
    const MOVE = `mutation V($input: MoveEnrolmentInput!) { moveEnrolment(input: $input) { ${E_FIELDS} sessionId } }`;
    const from = await newSession('trainer.lv', 'LV-N1', {
      capacity: 2,
      startsAt: localIn(130, '09:00'),
      endsAt: localIn(130, '12:00'),
    });
    const to = await newSession('trainer.lv', 'LV-N1', {
      capacity: 10,
      startsAt: localIn(131, '09:00'),
      endsAt: localIn(131, '12:00'),
    });
    const a = (await book(lvTandems[19].school.client, { sessionId: from.id })).data!.bookSession;
    const b = (await book(lvTandems[20].school.client, { sessionId: from.id })).data!.bookSession;
    expect([a.status, b.status]).toEqual(['CONFIRMED', 'WAITLISTED']);
    expect(
      errorCode(
        await lvTandems[19].school.client.request(MOVE, {
          input: { enrolmentId: a.id, toSessionId: to.id },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await (await as('coordinator.ee')).request(MOVE, { input: { enrolmentId: a.id, toSessionId: to.id } })),
    ).toBe('NOT_FOUND');
    const moved = await (
      await as('coordinator.lv')
    ).request<{ moveEnrolment: EnrolmentShape & { sessionId: string } }>(MOVE, {
      input: { enrolmentId: a.id, toSessionId: to.id },
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveEnrolment).toMatchObject({
      sessionId: to.id,
      status: 'CONFIRMED',
    });
    expect((await t.db.query(`SELECT status FROM enrolment WHERE id = $1`, [b.id]))[0].status).toBe('CONFIRMED');
    expect([await seats(from.id), await seats(to.id)]).toEqual([2, 2]);
  });

  it('refuses the other operations to the wrong role and the wrong country', async () => {
    const ee = await newSession('trainer.ee', 'EE-N1', {
      timeZone: 'Europe/Tallinn',
      language: 'et',
      startsAt: localIn(140, '09:00'),
      endsAt: localIn(140, '12:00'),
    });
    const lvTutor = lvTandems[21].school.client;
    const lvTrainer = await as('trainer.lv');
    const { code: _c, ...input } = baseInput('EE-N1');
    const COMPLETE = `mutation C($input: CompleteSessionInput!) { completeSession(input: $input) { id } }`;
    const SERIES = `mutation R($input: ScheduleSessionSeriesInput!) { scheduleSessionSeries(input: $input) { id } }`;
    expect(errorCode(await lvTutor.request(`query { agenda { totalCount } }`))).toBe('FORBIDDEN');
    expect(
      errorCode(await lvTutor.request(`query ($id: ID!) { trainingSession(id: $id) { id } }`, { id: ee.id })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await lvTutor.request(COMPLETE, { input: { sessionId: ee.id } }))).toBe('FORBIDDEN');
    expect(errorCode(await lvTrainer.request(COMPLETE, { input: { sessionId: ee.id } }))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await lvTrainer.request(SERIES, {
          input: {
            session: { ...input, moduleId: await moduleId('EE-N1') },
            dates: [
              {
                startsAt: localIn(150, '09:00'),
                endsAt: localIn(150, '12:00'),
              },
            ],
          },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await lvTutor.request(CODE, { sessionId: ee.id }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await lvTutor.request(CHECK_IN, {
          input: { sessionId: ee.id, code: '1.AAAAAAAAAAAAAAAAAAAAAA' },
        }),
      ),
    ).toBe('NOT_FOUND');
    // The LV tutor's list holds joint sessions and LV ones only; the LV trainer's agenda holds no EE session.
    const list = await lvTutor.request<{
      trainingSessions: { edges: { node: { countryCode: string | null } }[] };
    }>(`query { trainingSessions(first: 100) { edges { node { countryCode } } } }`);
    expect([...new Set(list.data!.trainingSessions.edges.map((e) => e.node.countryCode))].sort()).toEqual(['LV', null]);
    const agenda = await lvTrainer.request<{
      agenda: { edges: { node: { countryCode: string | null } }[] };
    }>(`query { agenda(first: 100, upcoming: false) { edges { node { countryCode } } } }`);
    expect(agenda.data!.agenda.edges.every((e) => e.node.countryCode !== 'EE')).toBe(true);
    // A tutor with no seat in a started session cannot check in, even with a valid code.
    await t.db.query(
      `UPDATE training_session SET enrolment_deadline = now() - interval '2 hours', starts_at = now() - interval '1 hour', ends_at = now() + interval '2 hours' WHERE id = $1`,
      [ee.id],
    );
    const code = (await (await as('trainer.ee')).request<{ checkInCode: { code: string } }>(CODE, { sessionId: ee.id }))
      .data!.checkInCode.code;
    expect(
      errorCode(await (await as('tutor.school.ee')).request(CHECK_IN, { input: { sessionId: ee.id, code } })),
    ).toBe('FORBIDDEN');
  });

  it('lists to a coordinator the tandems of their country that can still be enrolled, and to no one else', async () => {
    const ENROLLABLE = `query E($sessionId: ID!) { enrollableTandems(sessionId: $sessionId) { id names countryCode } }`;
    const session = await newSession('trainer.lv', 'LV-N3', {
      startsAt: localIn(160, '09:00'),
      endsAt: localIn(160, '12:00'),
    });
    await book(lvTandems[22].school.client, { sessionId: session.id });
    const res = await (
      await as('coordinator.lv')
    ).request<{ enrollableTandems: { id: string; countryCode: string }[] }>(ENROLLABLE, { sessionId: session.id });
    expect(res.errors).toBeUndefined();
    const ids = res.data!.enrollableTandems.map((x) => x.id);
    expect(ids).toContain(lvTandems[23].id);
    expect(ids).not.toContain(lvTandems[22].id);
    expect(new Set(res.data!.enrollableTandems.map((x) => x.countryCode))).toEqual(new Set(['LV']));
    expect(errorCode(await (await as('coordinator.ee')).request(ENROLLABLE, { sessionId: session.id }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await (await as('trainer.lv')).request(ENROLLABLE, { sessionId: session.id }))).toBe('FORBIDDEN');
  });
});

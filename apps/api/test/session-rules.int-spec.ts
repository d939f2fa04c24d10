import { createPerson } from './support/fixtures';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';
import { BulkTandem, signedInClient } from './support/training-fixtures';
import { givenEdition, givenNationalModule, givenTandems, GivenModule } from './support/factories/training-sessions';

const SCHEDULE = `mutation S($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id startsAt endsAt localStartsAt } }`;
const BOOK = `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id status } }`;
const CANCEL = `mutation C($input: CancelEnrolmentInput!) { cancelEnrolment(input: $input) { id status } }`;

const fields = (res: GqlResponse<unknown>) =>
  (res.errors?.[0]?.extensions['fields'] as { field: string; message: string }[] | undefined) ?? [];
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The last Sunday of `month` (0-based) still ahead by more than two days: the night the clocks change in the EU. */
function nextLastSunday(month: number): string {
  for (let year = new Date().getUTCFullYear(); ; year++) {
    const d = new Date(Date.UTC(year, month + 1, 0));
    d.setUTCDate(d.getUTCDate() - d.getUTCDay());
    if (d.getTime() > Date.now() + 2 * 86_400_000) return d.toISOString().slice(0, 10);
  }
}

describe('the rules of a session’s times', () => {
  let t: TestApp;
  let editionId: string;
  let module: GivenModule;
  let coordinator: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    ({ editionId } = await givenEdition(t.db, { startsOn: day(0), endsOn: day(720) }));
    module = await givenNationalModule(t.db, editionId, 'EE');
    coordinator = await signedInClient(t, (await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'EE' }])).id);
  });
  afterAll(() => t.close());

  const schedule = (startsAt: string, endsAt: string, extra: Record<string, unknown> = {}) =>
    coordinator.request<{ scheduleSession: { id: string; startsAt: string; endsAt: string } }>(SCHEDULE, {
      input: {
        moduleId: module.moduleId,
        startsAt,
        endsAt,
        timeZone: 'Europe/Tallinn',
        capacity: 10,
        venue: 'Tallinn, Pärnu mnt 57',
        language: 'et',
        ...extra,
      },
    });

  it('refuses a session of a month, and one longer than the edition’s day (10 hours unless the edition says otherwise)', async () => {
    const month = await schedule(`${day(10)}T09:00`, `${day(40)}T09:00`);
    expect(errorCode(month)).toBe('VALIDATION_FAILED');
    expect(fields(month).map((f) => f.field)).toEqual(['endsAt']);
    expect(fields(month)[0].message).toMatch(/series/);
    expect(errorCode(await schedule(`${day(10)}T07:00`, `${day(10)}T18:00`))).toBe('VALIDATION_FAILED');
    await t.db.query(`UPDATE edition SET max_session_hours_per_day = 12 WHERE id = $1`, [editionId]);
    expect((await schedule(`${day(10)}T07:00`, `${day(10)}T18:00`)).errors).toBeUndefined();
    await t.db.query(`UPDATE edition SET max_session_hours_per_day = 10 WHERE id = $1`, [editionId]);
  });

  it('refuses a session outside its edition’s dates', async () => {
    const late = await schedule(`${day(800)}T09:00`, `${day(800)}T12:00`);
    expect(fields(late).map((f) => f.field)).toEqual(['startsAt']);
    expect(fields(late)[0].message).toMatch(/within the edition/);
  });

  it('refuses a start in the spring gap with a clear message instead of moving it', async () => {
    const gap = await schedule(`${nextLastSunday(2)}T03:30`, `${nextLastSunday(2)}T06:00`);
    expect(errorCode(gap)).toBe('VALIDATION_FAILED');
    expect(fields(gap)).toEqual([
      {
        field: 'startsAt',
        rule: 'skippedHour',
        params: { zone: 'Europe/Tallinn' },
        message:
          'does not exist in Europe/Tallinn: the clocks skip this hour when daylight saving time begins. Choose a time outside it',
      },
    ]);
  });

  it('asks which autumn hour is meant, naming both, and stores the one chosen', async () => {
    const night = nextLastSunday(9);
    const twice = await schedule(`${night}T03:30`, `${night}T06:00`);
    expect(fields(twice).map((f) => f.field)).toEqual(['startsAt']);
    expect(fields(twice)[0].message).toContain('UTC+03:00 (summer time), then at 03:30 UTC+02:00 (winter time)');
    const later = await schedule(`${night}T03:30`, `${night}T06:00`, { dstChoice: 'LATER' });
    expect(later.errors).toBeUndefined();
    expect(later.data!.scheduleSession.startsAt).toBe(`${night}T01:30:00.000Z`);
    const earlier = await schedule(`${night}T03:30`, `${night}T06:00`, { dstChoice: 'EARLIER' });
    expect(earlier.data!.scheduleSession.startsAt).toBe(`${night}T00:30:00.000Z`);
  });

  it('raises the .ics SEQUENCE of an entry with every change, also when a cancelled seat is booked again', async () => {
    const created = await schedule(`${day(30)}T09:00`, `${day(30)}T12:00`);
    const sessionId = created.data!.scheduleSession.id;
    const [tandem]: BulkTandem[] = await givenTandems(t, editionId, 1);
    const ics = async (enrolmentId: string) => {
      const res = await fetch(`${t.baseUrl}/api/enrolments/${enrolmentId}/calendar.ics`, {
        headers: { cookie: tandem.school.client.cookie! },
      });
      const body = await res.text();
      return { sequence: Number(/SEQUENCE:(\d+)/.exec(body)?.[1]), method: /METHOD:(\w+)/.exec(body)?.[1] };
    };
    const first = await tandem.school.client.request<{ bookSession: { id: string } }>(BOOK, { input: { sessionId } });
    const booked = await ics(first.data!.bookSession.id);
    await tandem.company.client.request(CANCEL, { input: { enrolmentId: first.data!.bookSession.id } });
    const cancelled = await ics(first.data!.bookSession.id);
    const again = await tandem.school.client.request<{ bookSession: { id: string } }>(BOOK, { input: { sessionId } });
    const rebooked = await ics(again.data!.bookSession.id);
    expect([booked.method, cancelled.method, rebooked.method]).toEqual(['PUBLISH', 'CANCEL', 'PUBLISH']);
    expect(cancelled.sequence).toBeGreaterThan(booked.sequence);
    expect(rebooked.sequence).toBeGreaterThan(cancelled.sequence);
    // the same state downloaded again keeps its number
    expect((await ics(again.data!.bookSession.id)).sequence).toBe(rebooked.sequence);
  });
});

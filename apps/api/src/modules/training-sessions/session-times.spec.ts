import { DateTime } from 'luxon';
import { formatForPerson, fromLocal, readLocal, resolveSessionTimes, toLocal } from './session-times';

const now = new Date('2026-10-01T12:00:00Z');
const rules = { startsOn: '2026-09-01', endsOn: '2027-08-31', maxHoursPerDay: 10 };
const riga = (startsAt: string, endsAt: string, extra: Record<string, unknown> = {}) =>
  resolveSessionTimes({ startsAt, endsAt, timeZone: 'Europe/Riga', ...extra }, now, rules);
const fields = (r: ReturnType<typeof riga>) => r.errors.map((e) => e.field).sort();

describe('session times', () => {
  it('reads a local time across the October DST change in Riga (EEST +3 before, EET +2 after)', () => {
    expect(fromLocal('2026-10-24T10:00', 'Europe/Riga')?.toISOString()).toBe('2026-10-24T07:00:00.000Z');
    expect(fromLocal('2026-10-25T10:00', 'Europe/Riga')?.toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(toLocal(new Date('2026-10-25T08:00:00Z'), 'Europe/Riga')).toBe('2026-10-25T10:00');
    expect(formatForPerson(new Date('2026-10-25T08:00:00Z'), 'Europe/Riga', 'lv')).toContain('10:00');
  });

  it('writes wall-clock times as luxon does, every quarter hour across both DST changes and midnight', () => {
    for (const zone of ['Europe/Riga', 'Europe/Vilnius', 'UTC', 'Asia/Kathmandu']) {
      for (const from of ['2026-03-28T18:00:00Z', '2026-10-24T18:00:00Z']) {
        for (let t = Date.parse(from); t < Date.parse(from) + 2 * 86_400_000; t += 15 * 60_000) {
          const instant = new Date(t);
          expect(toLocal(instant, zone)).toBe(DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm"));
        }
      }
    }
    expect(toLocal(new Date('2026-12-31T22:00:00Z'), 'Europe/Riga')).toBe('2027-01-01T00:00');
  });

  it('refuses an end before the start, a deadline after the start, a past start and an unknown zone', () => {
    expect(fields(riga('2026-10-25T10:00', '2026-10-25T09:00', { enrolmentDeadline: '2026-10-26T00:00' }))).toEqual([
      'endsAt',
      'enrolmentDeadline',
    ]);
    expect(fields(riga('2026-09-25T10:00', '2026-09-25T12:00'))).toEqual(['startsAt']);
    expect(
      resolveSessionTimes(
        { startsAt: '2026-10-25T10:00', endsAt: '2026-10-25T12:00', timeZone: 'Mars/Olympus' },
        now,
        rules,
      ).errors.map((e) => e.field),
    ).toEqual(['timeZone']);
  });

  it('counts the duration as hours by default, and accepts fewer hours', () => {
    const ok = riga('2026-10-26T09:00', '2026-10-26T15:30');
    expect(ok.times?.hours).toBe(6.5);
    expect(ok.times?.enrolmentDeadline.toISOString()).toBe(ok.times?.startsAt.toISOString());
    expect(riga('2026-10-26T09:00', '2026-10-26T15:00', { hours: 4 }).times?.hours).toBe(4);
  });

  it('keeps a session to one day and the edition’s longest day: a training over several days is a series', () => {
    const month = riga('2026-11-02T09:00', '2026-12-02T09:00');
    expect(month.errors).toEqual([
      {
        field: 'endsAt',
        rule: 'sessionDayTooLong',
        params: { hours: 10 },
        message:
          'must be on the day of the start and at most 10 hours after it: schedule a training over several days as a series',
      },
    ]);
    expect(fields(riga('2026-11-02T07:00', '2026-11-02T17:30'))).toEqual(['endsAt']);
    expect(riga('2026-11-02T07:00', '2026-11-02T17:00').errors).toEqual([]);
    expect(riga('2026-11-02T14:00', '2026-11-03T00:00').errors).toEqual([]);
    expect(
      resolveSessionTimes({ startsAt: '2026-11-02T07:00', endsAt: '2026-11-02T17:30', timeZone: 'Europe/Riga' }, now, {
        ...rules,
        maxHoursPerDay: 12,
      }).errors,
    ).toEqual([]);
  });

  it('keeps a session within the dates of its edition', () => {
    expect(riga('2027-09-01T09:00', '2027-09-01T12:00').errors).toEqual([
      expect.objectContaining({ field: 'startsAt', message: 'must be within the edition (2026-09-01 to 2027-08-31)' }),
    ]);
  });

  it('refuses a local time in the spring gap instead of moving it', () => {
    expect(readLocal('2027-03-28T03:30', 'Europe/Riga')).toEqual({ kind: 'GAP' });
    const gap = riga('2027-03-28T03:30', '2027-03-28T06:00');
    expect(gap.errors).toEqual([
      {
        field: 'startsAt',
        rule: 'skippedHour',
        params: { zone: 'Europe/Riga' },
        message:
          'does not exist in Europe/Riga: the clocks skip this hour when daylight saving time begins. Choose a time outside it',
      },
    ]);
  });

  it('asks which of the two autumn hours is meant, naming both, and takes the choice given', () => {
    const twice = riga('2026-10-25T03:30', '2026-10-25T06:00');
    expect(twice.errors).toEqual([
      {
        field: 'startsAt',
        rule: 'repeatedHour',
        params: { zone: 'Europe/Riga', earlier: '03:30 UTC+03:00', later: '03:30 UTC+02:00' },
        message:
          'happens twice in Europe/Riga when daylight saving time ends: first at 03:30 UTC+03:00 (summer time), then at 03:30 UTC+02:00 (winter time); choose which',
      },
    ]);
    expect(riga('2026-10-25T03:30', '2026-10-25T06:00', { dstChoice: 'EARLIER' }).times?.startsAt.toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    const later = riga('2026-10-25T03:30', '2026-10-25T06:00', { dstChoice: 'LATER' }).times;
    expect(later?.startsAt.toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(later?.hours).toBe(2.5);
  });
});

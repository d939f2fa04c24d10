import { formatForPerson, fromLocal, resolveSessionTimes, toLocal } from './session-times';

const now = new Date('2026-10-01T12:00:00Z');

describe('session times', () => {
  it('reads a local time across the October DST change in Riga (EEST +3 before, EET +2 after)', () => {
    expect(fromLocal('2026-10-24T10:00', 'Europe/Riga')?.toISOString()).toBe('2026-10-24T07:00:00.000Z');
    expect(fromLocal('2026-10-25T10:00', 'Europe/Riga')?.toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(toLocal(new Date('2026-10-25T08:00:00Z'), 'Europe/Riga')).toBe('2026-10-25T10:00');
    expect(formatForPerson(new Date('2026-10-25T08:00:00Z'), 'Europe/Riga', 'lv')).toContain('10:00');
  });

  it('refuses an end before the start, a deadline after the start, a past start and an unknown zone', () => {
    const bad = resolveSessionTimes(
      {
        startsAt: '2026-10-25T10:00',
        endsAt: '2026-10-25T09:00',
        enrolmentDeadline: '2026-10-26T00:00',
        timeZone: 'Europe/Riga',
      },
      now,
    );
    expect(bad.errors.map((e) => e.field).sort()).toEqual(['endsAt', 'enrolmentDeadline']);
    expect(
      resolveSessionTimes(
        {
          startsAt: '2026-09-25T10:00',
          endsAt: '2026-09-25T12:00',
          timeZone: 'Europe/Riga',
        },
        now,
      ).errors.map((e) => e.field),
    ).toEqual(['startsAt']);
    expect(
      resolveSessionTimes(
        {
          startsAt: '2026-10-25T10:00',
          endsAt: '2026-10-25T12:00',
          timeZone: 'Mars/Olympus',
        },
        now,
      ).errors.map((e) => e.field),
    ).toEqual(['timeZone']);
  });

  it('counts the duration as hours by default, and accepts fewer hours', () => {
    const ok = resolveSessionTimes(
      {
        startsAt: '2026-10-25T09:00',
        endsAt: '2026-10-25T15:30',
        timeZone: 'Europe/Riga',
      },
      now,
    );
    expect(ok.times?.hours).toBe(6.5);
    expect(ok.times?.enrolmentDeadline.toISOString()).toBe(ok.times?.startsAt.toISOString());
    expect(
      resolveSessionTimes(
        {
          startsAt: '2026-10-25T09:00',
          endsAt: '2026-10-26T15:00',
          timeZone: 'Europe/Riga',
          hours: 12,
        },
        now,
      ).times?.hours,
    ).toBe(12);
  });
});

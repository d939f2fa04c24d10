import { describe, expect, it } from 'vitest';
import { isSessionDay, shownStatus } from './session-display';

const session = { status: 'SCHEDULED', startsAt: '2026-03-10T07:00:00Z', endsAt: '2026-03-10T13:00:00Z' };
const at = (iso: string) => Date.parse(iso);

describe('the status and the day of a session', () => {
  it('reads In progress between start and end, Scheduled around it, and keeps other statuses', () => {
    expect(shownStatus(session, at('2026-03-10T06:59:00Z'))).toBe('SCHEDULED');
    expect(shownStatus(session, at('2026-03-10T09:00:00Z'))).toBe('IN_PROGRESS');
    expect(shownStatus(session, at('2026-03-10T13:00:00Z'))).toBe('SCHEDULED');
    expect(shownStatus({ ...session, status: 'CANCELLED' }, at('2026-03-10T09:00:00Z'))).toBe('CANCELLED');
  });

  it('is the session day from an hour before the start to the evening', () => {
    expect(isSessionDay(session, at('2026-03-10T05:30:00Z'))).toBe(false);
    expect(isSessionDay(session, at('2026-03-10T06:30:00Z'))).toBe(true);
    expect(isSessionDay(session, at('2026-03-10T18:00:00Z'))).toBe(true);
    expect(isSessionDay(session, at('2026-03-11T09:00:00Z'))).toBe(false);
  });
});

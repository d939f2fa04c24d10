/** Pure helpers for showing a session: where it is, and how full. */
export interface SessionPlace {
  venue?: string | null;
  onlineUrl?: string | null;
}

/** The venue, else the online link (both are shown on the session page). */
export function placeOf(session: SessionPlace): {
  kind: 'venue' | 'online' | 'none';
  text: string;
} {
  if (session.venue) return { kind: 'venue', text: session.venue };
  if (session.onlineUrl) return { kind: 'online', text: session.onlineUrl };
  return { kind: 'none', text: '' };
}

/** Whether a tandem's two seats fit now, only on the waitlist, or not at all (closed). */
export function bookingOutlook(
  session: { status: string; seatsLeft: number; enrolmentDeadline: string },
  now = Date.now(),
): 'FITS' | 'WAITLIST' | 'CLOSED' {
  if (session.status !== 'SCHEDULED' || new Date(session.enrolmentDeadline).getTime() <= now) return 'CLOSED';
  return session.seatsLeft >= 2 ? 'FITS' : 'WAITLIST';
}

/** The status to show: a SCHEDULED session between its start and end is IN_PROGRESS. */
export function shownStatus(
  session: { status: string; startsAt: string; endsAt: string },
  now: number = Date.now(),
): string {
  if (session.status !== 'SCHEDULED') return session.status;
  return Date.parse(session.startsAt) <= now && now < Date.parse(session.endsAt) ? 'IN_PROGRESS' : 'SCHEDULED';
}

/** Whether the session runs today for its keepers: from an hour before the start to the end of its day. */
export function isSessionDay(session: { startsAt: string; endsAt: string }, now: number = Date.now()): boolean {
  const start = Date.parse(session.startsAt);
  return start - 3_600_000 <= now && now < Date.parse(session.endsAt) + 6 * 3_600_000;
}

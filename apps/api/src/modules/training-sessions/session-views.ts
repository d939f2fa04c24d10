import type { EntityManager } from 'typeorm';
import type { EnrolmentStatus } from './enrolment.entity';
import type { SessionStatus } from './training-session.entity';

/** A session with what the API shows about it, read in one query (trainers and counts as sub-selects, no N+1). */
export interface SessionView {
  id: string;
  editionId: string;
  moduleId: string;
  moduleCode: string;
  moduleKind: 'JOINT' | 'NATIONAL';
  jointNumber: number | null;
  moduleTitle: Record<string, string>;
  moduleVersion: number;
  countryCode: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  hours: number;
  capacity: number;
  seatsTaken: number;
  waitlistCount: number;
  status: SessionStatus;
  cancelReason: string | null;
  venue: string | null;
  onlineUrl: string | null;
  language: string;
  enrolmentDeadline: Date;
  allowSingles: boolean;
  sequence: number;
  trainers: { id: string; name: string }[];
  myEnrolmentId: string | null;
  myEnrolmentStatus: EnrolmentStatus | null;
}

/** For reads on nobody's behalf (mail, feeds, reminders): `my_enrolment` stays empty. */
export const NO_VIEWER = '00000000-0000-0000-0000-000000000000';

/** $1 is always the viewer's person id (for `my_enrolment`); callers number their parameters from $2. */
export const SELECT_SESSIONS = `
  SELECT s.id, s.edition_id, m.id AS module_id, m.code AS module_code, m.kind AS module_kind, m.number AS joint_number,
         mv.title AS module_title, mv.version AS module_version, s.country_code::text AS country_code,
         s.starts_at, s.ends_at, s.time_zone, s.hours, s.capacity, s.seats_taken, s.status, s.cancel_reason, s.venue,
         s.online_url, s.language, s.enrolment_deadline, s.allow_singles, s.sequence,
         (SELECT count(*)::int FROM enrolment w WHERE w.session_id = s.id AND w.status = 'WAITLISTED') AS waitlist_count,
         (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.given_name || ' ' || p.family_name) ORDER BY p.family_name, p.given_name), '[]')
            FROM session_trainer st JOIN person p ON p.id = st.person_id WHERE st.session_id = s.id) AS trainers,
         mine.id AS my_enrolment_id, mine.status AS my_enrolment_status
    FROM training_session s
    JOIN module_version mv ON mv.id = s.module_version_id
    JOIN module m ON m.id = mv.module_id
    LEFT JOIN LATERAL (
      SELECT e.id, e.status FROM enrolment_person ep JOIN enrolment e ON e.id = ep.enrolment_id
       WHERE ep.person_id = $1 AND ep.session_id = s.id AND ep.enrolment_status <> 'CANCELLED' LIMIT 1
    ) mine ON true`;

export function toSessionView(r: Record<string, unknown>): SessionView {
  return {
    id: r['id'] as string,
    editionId: r['edition_id'] as string,
    moduleId: r['module_id'] as string,
    moduleCode: r['module_code'] as string,
    moduleKind: r['module_kind'] as 'JOINT' | 'NATIONAL',
    jointNumber: r['joint_number'] === null ? null : Number(r['joint_number']),
    moduleTitle: r['module_title'] as Record<string, string>,
    moduleVersion: Number(r['module_version']),
    countryCode: (r['country_code'] as string | null) ?? null,
    startsAt: r['starts_at'] as Date,
    endsAt: r['ends_at'] as Date,
    timeZone: r['time_zone'] as string,
    hours: Number(r['hours']),
    capacity: Number(r['capacity']),
    seatsTaken: Number(r['seats_taken']),
    waitlistCount: Number(r['waitlist_count']),
    status: r['status'] as SessionStatus,
    cancelReason: (r['cancel_reason'] as string | null) ?? null,
    venue: (r['venue'] as string | null) ?? null,
    onlineUrl: (r['online_url'] as string | null) ?? null,
    language: r['language'] as string,
    enrolmentDeadline: r['enrolment_deadline'] as Date,
    allowSingles: r['allow_singles'] as boolean,
    sequence: Number(r['sequence']),
    trainers: r['trainers'] as { id: string; name: string }[],
    myEnrolmentId: (r['my_enrolment_id'] as string | null) ?? null,
    myEnrolmentStatus: (r['my_enrolment_status'] as EnrolmentStatus | null) ?? null,
  };
}

export async function sessionViewsWhere(
  manager: EntityManager,
  viewerId: string,
  where: string,
  params: unknown[],
  tail = 'ORDER BY s.starts_at, s.id',
): Promise<SessionView[]> {
  const rows: Record<string, unknown>[] = await manager.query(`${SELECT_SESSIONS} WHERE ${where} ${tail}`, [
    viewerId,
    ...params,
  ]);
  return rows.map(toSessionView);
}

import type { EntityManager } from 'typeorm';
import type { AttendanceStatus } from './attendance.entity';
import type { EnrolmentStatus } from './enrolment.entity';

export interface EnrolmentView {
  id: string;
  sessionId: string;
  tandemId: string | null;
  status: EnrolmentStatus;
  seats: number;
  waitlistPosition: number | null;
  createdAt: Date;
  people: { id: string; name: string; attendance: AttendanceStatus | null }[];
}

/** Enrolments with their people and attendance in one query (people as a sub-select, no N+1). */
export async function enrolmentViewsWhere(
  manager: EntityManager,
  where: string,
  params: unknown[],
): Promise<EnrolmentView[]> {
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT e.id, e.session_id, e.tandem_id, e.status, e.seats, e.created_at,
            CASE WHEN e.status = 'WAITLISTED' THEN
              (SELECT count(*)::int FROM enrolment w WHERE w.session_id = e.session_id AND w.status = 'WAITLISTED' AND (w.queued_at, w.id) <= (e.queued_at, e.id))
            END AS waitlist_position,
            (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.given_name || ' ' || p.family_name, 'attendance', a.status)
                                      ORDER BY p.family_name, p.given_name), '[]')
               FROM enrolment_person ep JOIN person p ON p.id = ep.person_id
               LEFT JOIN attendance a ON a.session_id = e.session_id AND a.person_id = ep.person_id
              WHERE ep.enrolment_id = e.id) AS people
       FROM enrolment e
      WHERE ${where}
      ORDER BY CASE e.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END, e.queued_at, e.id`,
    params,
  );
  return rows.map((r) => ({
    id: r['id'] as string,
    sessionId: r['session_id'] as string,
    tandemId: (r['tandem_id'] as string | null) ?? null,
    status: r['status'] as EnrolmentStatus,
    seats: Number(r['seats']),
    waitlistPosition: r['waitlist_position'] === null ? null : Number(r['waitlist_position']),
    createdAt: r['created_at'] as Date,
    people: r['people'] as EnrolmentView['people'],
  }));
}

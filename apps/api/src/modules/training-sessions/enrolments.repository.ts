import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { maybeOne, sql } from '../../database/sql';
import type { AttendanceStatus } from './attendance.entity';
import type { EnrolmentView } from './enrolment-views';
import type { EnrolmentStatus } from './enrolment.entity';

export interface TandemRow {
  id: string;
  status: string;
  edition_id: string;
  school_tutor_id: string;
  company_tutor_id: string;
  countries: string[];
}

export interface EnrolmentRow {
  id: string;
  session_id: string;
  tandem_id: string | null;
  status: EnrolmentStatus;
  seats: number;
  people: string[];
  countries: string[];
}

interface EnrolmentViewRow {
  id: string;
  session_id: string;
  tandem_id: string | null;
  status: EnrolmentStatus;
  seats: number;
  created_at: Date;
  waitlist_position: number | null;
  people: { id: string; name: string; attendance: AttendanceStatus | null }[];
}

export interface EnrolmentViewFilter {
  ids?: readonly string[];
  /** The session's enrolments that are not cancelled. */
  sessionId?: string;
  /** The person's enrolments that are not cancelled. */
  personId?: string;
}

/** What a roster export shows instead of the name of someone who did not consent to it. */
export const WITHHELD = '(name not shown)';

export interface RosterSqlRow {
  name: string;
  organisation: string;
  tandem: string | null;
  status: EnrolmentStatus;
  attendance: AttendanceStatus | null;
  waitlist_position: number | null;
}

export interface EnrollableTandemRow {
  id: string;
  names: string;
  country_code: string;
}

/** The SQL of enrolments: who books, seat counts, the waitlist, and the enrolment reads. */
@Injectable()
export class EnrolmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The tandem by id, or else the person's ACTIVE tandem of the edition, with the countries of its tutors. */
  async tandem(
    manager: EntityManager,
    by: { tandemId: string } | { personId: string; editionId: string },
  ): Promise<TandemRow | null> {
    const [row]: TandemRow[] = await manager.query(
      `SELECT t.id, t.status, t.edition_id, t.school_tutor_id, t.company_tutor_id,
              ARRAY(SELECT DISTINCT o.country_code::text FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id
                     WHERE tp.person_id IN (t.school_tutor_id, t.company_tutor_id)) AS countries
         FROM tandem t
        WHERE t.id = coalesce($1::uuid, (SELECT tm.tandem_id FROM tandem_member tm
                                          WHERE tm.person_id = $2 AND tm.edition_id = $3 AND tm.tandem_status = 'ACTIVE'))`,
      'tandemId' in by ? [by.tandemId, null, null] : [null, by.personId, by.editionId],
    );
    return row ?? null;
  }

  /**
   * Whether one of these people already holds a seat or waitlist place in the session, and whether one
   * is enrolled in another running session of the module at an overlapping time (one round trip).
   */
  async conflicts(
    manager: EntityManager,
    personIds: readonly string[],
    session: { id: string; moduleId: string; startsAt: Date; endsAt: Date },
  ): Promise<{ enrolled: boolean; overlapping: boolean }> {
    const [row]: { enrolled: boolean; overlapping: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM enrolment_person WHERE session_id = $5 AND person_id = ANY($1::uuid[]) AND enrolment_status <> 'CANCELLED') AS enrolled,
              EXISTS (SELECT 1 FROM enrolment_person ep
                        JOIN training_session o ON o.id = ep.session_id
                        JOIN module_version omv ON omv.id = o.module_version_id
                       WHERE ep.person_id = ANY($1::uuid[]) AND ep.enrolment_status <> 'CANCELLED' AND o.status <> 'CANCELLED'
                         AND o.id <> $5 AND omv.module_id = $2 AND o.starts_at < $4 AND o.ends_at > $3) AS overlapping`,
      [personIds, session.moduleId, session.startsAt, session.endsAt, session.id],
    );
    return row;
  }

  async addSeats(manager: EntityManager, sessionId: string, seats: number): Promise<void> {
    await manager.query(`UPDATE training_session SET seats_taken = seats_taken + $2 WHERE id = $1`, [sessionId, seats]);
  }

  /**
   * A new enrolment, its people, and (when CONFIRMED) its seats, in one statement. clock_timestamp():
   * the time the lock was won, so the waitlist keeps the booking order.
   */
  async insert(
    manager: EntityManager,
    e: { sessionId: string; tandemId: string | null; status: EnrolmentStatus; seats: number; bookedById: string },
    personIds: readonly string[],
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `WITH seat AS (
         UPDATE training_session SET seats_taken = seats_taken + $4 WHERE id = $1 AND $3 = 'CONFIRMED' RETURNING id
       ), enrolment AS (
         INSERT INTO enrolment (session_id, tandem_id, status, seats, queued_at, booked_by_id, confirmed_at)
         VALUES ($1, $2, $3, $4, clock_timestamp(), $5, CASE WHEN $3 = 'CONFIRMED' THEN clock_timestamp() END) RETURNING id
       ), people AS (
         INSERT INTO enrolment_person (enrolment_id, person_id, session_id, enrolment_status)
         SELECT enrolment.id, unnest($6::uuid[]), $1, $3 FROM enrolment RETURNING enrolment_id
       )
       SELECT id FROM enrolment WHERE (SELECT count(*) FROM people) >= 0 AND (SELECT count(*) FROM seat) >= 0`,
      [e.sessionId, e.tandemId, e.status, e.seats, e.bookedById, personIds],
    );
    return id;
  }

  /** The enrolment with its people and their countries (not locked). */
  async find(manager: EntityManager, enrolmentId: string): Promise<EnrolmentRow | null> {
    const [row]: EnrolmentRow[] = await manager.query(
      `SELECT e.id, e.session_id, e.tandem_id, e.status, e.seats,
              ARRAY(SELECT ep.person_id FROM enrolment_person ep WHERE ep.enrolment_id = e.id) AS people,
              ARRAY(SELECT DISTINCT o.country_code::text FROM enrolment_person ep JOIN tutor_profile tp ON tp.person_id = ep.person_id
                      JOIN organisation o ON o.id = tp.organisation_id WHERE ep.enrolment_id = e.id) AS countries
         FROM enrolment e WHERE e.id = $1`,
      [enrolmentId],
    );
    return row ?? null;
  }

  /** Lock step 3: the enrolment row, once its session row is locked. */
  async lock(
    manager: EntityManager,
    enrolmentId: string,
  ): Promise<{ status: EnrolmentStatus; seats: number; tandemId: string | null }> {
    const [row]: { status: EnrolmentStatus; seats: number; tandemId: string | null }[] = await manager.query(
      `SELECT status, seats, tandem_id AS "tandemId" FROM enrolment WHERE id = $1 FOR UPDATE`,
      [enrolmentId],
    );
    return row;
  }

  async markCancelled(manager: EntityManager, enrolmentId: string, byPersonId: string): Promise<void> {
    await manager.query(
      `UPDATE enrolment SET status = 'CANCELLED', cancelled_at = clock_timestamp(), cancelled_by_id = $2 WHERE id = $1`,
      [enrolmentId, byPersonId],
    );
  }

  /** The earliest waitlisted enrolment that fits the free seats of a SCHEDULED session (its row locked by the caller). */
  async nextThatFits(manager: EntityManager, sessionId: string): Promise<{ id: string; seats: number } | null> {
    const [row]: { id: string; seats: number }[] = await manager.query(
      `SELECT e.id, e.seats FROM enrolment e JOIN training_session s ON s.id = e.session_id
        WHERE e.session_id = $1 AND e.status = 'WAITLISTED' AND s.status = 'SCHEDULED' AND e.seats <= s.capacity - s.seats_taken
        ORDER BY e.queued_at, e.id LIMIT 1`,
      [sessionId],
    );
    return row ?? null;
  }

  async markConfirmed(manager: EntityManager, enrolmentId: string): Promise<void> {
    await manager.query(`UPDATE enrolment SET status = 'CONFIRMED', confirmed_at = clock_timestamp() WHERE id = $1`, [
      enrolmentId,
    ]);
  }

  /** Whether any of the people was marked PRESENT at a session (not cancelled) of the module, any version. */
  async attendedModule(manager: EntityManager, personIds: readonly string[], moduleId: string): Promise<boolean> {
    const found = await maybeOne<{ hit: number }>(
      manager,
      sql`SELECT 1 AS hit FROM attendance a
            JOIN training_session s ON s.id = a.session_id AND s.status <> 'CANCELLED'
            JOIN module_version mv ON mv.id = s.module_version_id
           WHERE a.person_id = ANY(${[...personIds]}::uuid[]) AND a.status = 'PRESENT' AND mv.module_id = ${moduleId}
           LIMIT 1`,
    );
    return found !== null;
  }

  /** "Given Family" of a person, for the partner's notification. */
  async displayName(manager: EntityManager, personId: string): Promise<string> {
    const found = await maybeOne<{ name: string }>(
      manager,
      sql`SELECT trim(given_name || ' ' || family_name) AS name FROM person WHERE id = ${personId}`,
    );
    return found?.name ?? '';
  }

  async peopleOf(manager: EntityManager, enrolmentIds: readonly string[]): Promise<string[]> {
    const rows: { person_id: string }[] = await manager.query(
      `SELECT person_id FROM enrolment_person WHERE enrolment_id = ANY($1::uuid[])`,
      [enrolmentIds],
    );
    return rows.map((r) => r.person_id);
  }

  /** People of CONFIRMED and WAITLISTED enrolments: who hears of a change. */
  async activePeople(manager: EntityManager, sessionId: string): Promise<string[]> {
    const rows: { person_id: string }[] = await manager.query(
      `SELECT person_id FROM enrolment_person WHERE session_id = $1 AND enrolment_status <> 'CANCELLED'`,
      [sessionId],
    );
    return rows.map((r) => r.person_id);
  }

  /** Enrolments with their people and attendance in one query (people as a sub-select, no N+1). */
  async views(manager: EntityManager, f: EnrolmentViewFilter): Promise<EnrolmentView[]> {
    const rows: EnrolmentViewRow[] = await manager.query(
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
        WHERE ($1::uuid[] IS NULL OR e.id = ANY($1))
          AND ($2::uuid IS NULL OR (e.session_id = $2 AND e.status <> 'CANCELLED'))
          AND ($3::uuid IS NULL OR (e.status <> 'CANCELLED'
               AND EXISTS (SELECT 1 FROM enrolment_person mp WHERE mp.enrolment_id = e.id AND mp.person_id = $3)))
        ORDER BY CASE e.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END, e.queued_at, e.id`,
      [f.ids ?? null, f.sessionId ?? null, f.personId ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      sessionId: r.session_id,
      tandemId: r.tandem_id,
      status: r.status,
      seats: r.seats,
      waitlistPosition: r.waitlist_position,
      createdAt: r.created_at,
      people: r.people,
    }));
  }

  /** ACTIVE tandems of the edition (of the country; of the viewer's countries unless null) without an enrolment in the session. */
  async enrollableTandems(
    editionId: string,
    sessionCountry: string | null,
    viewerCountries: readonly string[] | null,
    sessionId: string,
  ): Promise<EnrollableTandemRow[]> {
    return this.db.query(
      `SELECT t.id, ps.given_name || ' ' || ps.family_name || ' & ' || pc.given_name || ' ' || pc.family_name AS names, o.country_code::text AS country_code
         FROM tandem t
         JOIN person ps ON ps.id = t.school_tutor_id
         JOIN person pc ON pc.id = t.company_tutor_id
         JOIN tutor_profile tp ON tp.person_id = t.school_tutor_id
         JOIN organisation o ON o.id = tp.organisation_id
        WHERE t.edition_id = $1 AND t.status = 'ACTIVE'
          AND ($2::text IS NULL OR o.country_code = $2)
          AND ($3::text[] IS NULL OR o.country_code = ANY($3::text[]))
          AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.session_id = $4 AND e.tandem_id = t.id AND e.status <> 'CANCELLED')
        ORDER BY ps.family_name, ps.given_name, t.id`,
      [editionId, sessionCountry, viewerCountries, sessionId],
    );
  }

  /**
   * The roster as export rows: names and organisations, no contact details; the name only of those
   * who consented to appear by name on rosters (ROSTER_NAME), in force at once (issue 17).
   */
  async rosterRows(sessionId: string): Promise<RosterSqlRow[]> {
    return this.db.query(
      `SELECT r.name, r.organisation, string_agg(r.name, ' & ') OVER (PARTITION BY r.enrolment_id) AS tandem,
              r.status, r.attendance, r.waitlist_position
         FROM (
       SELECT CASE WHEN rc.granted THEN p.given_name || ' ' || p.family_name ELSE $2 END AS name,
              coalesce(o.name, '') AS organisation, e.id AS enrolment_id, e.queued_at, p.family_name, p.given_name,
              e.status, a.status AS attendance,
              CASE WHEN e.status = 'WAITLISTED' THEN dense_rank() OVER (PARTITION BY e.status ORDER BY e.queued_at, e.id)::int END AS waitlist_position
         FROM enrolment e
         JOIN enrolment_person ep ON ep.enrolment_id = e.id
         JOIN person p ON p.id = ep.person_id
         LEFT JOIN tutor_profile tp ON tp.person_id = p.id
         LEFT JOIN organisation o ON o.id = tp.organisation_id
         LEFT JOIN attendance a ON a.session_id = e.session_id AND a.person_id = p.id
         LEFT JOIN person_consent rc ON rc.person_id = p.id AND rc.purpose = 'ROSTER_NAME'
        WHERE e.session_id = $1 AND e.status <> 'CANCELLED') r
        ORDER BY CASE r.status WHEN 'CONFIRMED' THEN 0 ELSE 1 END, r.queued_at, r.enrolment_id, r.family_name, r.given_name`,
      [sessionId, WITHHELD],
    );
  }
}

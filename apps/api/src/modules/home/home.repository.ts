import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessFactsSql } from '../../access-facts/access-facts.sql';
import { maybeOne, one, rows, sql, type Sql } from '../../database/sql';

/** A tutor's standing in an edition: the facts their next steps are computed from. */
export interface TutorStanding {
  tandem: { id: string; status: string } | null;
  rounds: {
    id: string;
    kind: string;
    module_number: number | null;
    closes_at: Date;
    self_assessment_id: string | null;
    status: string | null;
  }[];
  jointNumbers: number[];
  sessions: {
    session_id: string;
    kind: 'JOINT' | 'NATIONAL';
    number: number | null;
    starts_at: Date;
    ends_at: Date;
    hours: number;
    session_status: string;
    attendance: string | null;
  }[];
  minNationalHours: number;
  assignments: { total: number; done: number; next_due: string | null };
}

/** Countries a list is limited to: 'ALL' for a programme-wide grant, else these (maybe none). */
export type Countries = 'ALL' | readonly string[];

export interface QueueRow {
  count: number;
  overdue: number;
  oldest_at: Date | null;
}

const inCountries = (column: Sql, countries: Countries): Sql =>
  countries === 'ALL' ? sql.raw('TRUE') : sql`${column} = ANY(${countries}::text[])`;

/** Days after which a submission waiting for review counts as overdue. */
export const REVIEW_OVERDUE_DAYS = 14;

/**
 * The reads of the home pages: a fixed handful of statements per page, whatever the number of
 * rounds, sessions or tutors (no query per item).
 */
@Injectable()
export class HomeRepository {
  async standing(db: EntityManager, editionId: string, personId: string): Promise<TutorStanding> {
    const tandem = await maybeOne<{ id: string; status: string }>(
      db,
      sql`SELECT t.id, t.status FROM tandem_member m JOIN tandem t ON t.id = m.tandem_id
           WHERE m.edition_id = ${editionId} AND m.person_id = ${personId} AND m.tandem_status <> 'DISSOLVED'
           LIMIT 1`,
    );
    const rounds = await rows<TutorStanding['rounds'][number]>(
      db,
      sql`SELECT r.id, r.kind, r.module_number, r.closes_at, sa.id AS self_assessment_id, sa.status
            FROM assessment_round r
            LEFT JOIN self_assessment sa ON sa.round_id = r.id AND sa.person_id = ${personId}
           WHERE r.edition_id = ${editionId} AND r.opens_at <= now()
             AND (r.closes_at > now() OR sa.status = 'SUBMITTED')
           ORDER BY r.opens_at, r.closes_at`,
    );
    const facts = await one<{ joint_numbers: number[]; min_national_hours: number }>(
      db,
      sql`SELECT coalesce((SELECT array_agg(DISTINCT m.number ORDER BY m.number) FROM module m
                            WHERE m.edition_id = ${editionId} AND m.kind = 'JOINT' AND m.number IS NOT NULL), '{}') AS joint_numbers,
                 coalesce((SELECT cr.min_national_hours FROM completion_rule cr WHERE cr.edition_id = ${editionId}), 0)::float
                   AS min_national_hours`,
    );
    const sessions = await rows<TutorStanding['sessions'][number]>(
      db,
      sql`SELECT s.id AS session_id, mo.kind, mo.number, s.starts_at, s.ends_at, s.hours::float AS hours,
                 s.status AS session_status, a.status AS attendance
            FROM enrolment_person ep
            JOIN training_session s ON s.id = ep.session_id
            JOIN module_version mv ON mv.id = s.module_version_id
            JOIN module mo ON mo.id = mv.module_id
            LEFT JOIN attendance a ON a.session_id = s.id AND a.person_id = ep.person_id
           WHERE ep.person_id = ${personId} AND s.edition_id = ${editionId}
             AND ep.enrolment_status = 'CONFIRMED' AND s.status <> 'CANCELLED'
           ORDER BY s.starts_at`,
    );
    const assignments = tandem
      ? await one<TutorStanding['assignments']>(
          db,
          sql`WITH countries AS (
                SELECT DISTINCT o.country_code::text AS code FROM tandem t
                  JOIN tutor_profile tp ON tp.person_id IN (t.school_tutor_id, t.company_tutor_id)
                  JOIN organisation o ON o.id = tp.organisation_id
                 WHERE t.id = ${tandem.id})
              SELECT count(*)::int AS total,
                     count(*) FILTER (WHERE sub.status IN ('SUBMITTED', 'ACCEPTED'))::int AS done,
                     min(a.due_on) FILTER (WHERE sub.status IS NULL OR sub.status NOT IN ('SUBMITTED', 'ACCEPTED'))::text
                       AS next_due
                FROM tandem_assignment a
                JOIN module_version mv ON mv.id = a.module_version_id
                JOIN module m ON m.id = mv.module_id
                LEFT JOIN assignment_submission sub ON sub.assignment_id = a.id AND sub.tandem_id = ${tandem.id}
               WHERE m.edition_id = ${editionId}
                 AND (m.kind = 'JOINT' OR m.country_code::text IN (SELECT code FROM countries))`,
        )
      : { total: 0, done: 0, next_due: null };
    return {
      tandem,
      rounds,
      jointNumbers: facts.joint_numbers,
      sessions,
      minNationalHours: facts.min_national_hours,
      assignments,
    };
  }

  /** Pending applications to join the network from the countries, oldest first. */
  applications(db: EntityManager, countries: Countries): Promise<QueueRow> {
    return one<QueueRow>(
      db,
      sql`SELECT count(*)::int AS count, 0 AS overdue, min(na.created_at) AS oldest_at
            FROM network_application na
           WHERE na.status = 'PENDING' AND ${inCountries(sql.raw('na.country_code::text'), countries)}`,
    );
  }

  /** Tutors taking part in the edition, of the countries, in no tandem. */
  unpairedTutors(db: EntityManager, editionId: string, countries: Countries): Promise<QueueRow> {
    return one<QueueRow>(
      db,
      sql`SELECT count(*)::int AS count, 0 AS overdue, min(tpart.joined_at) AS oldest_at
            FROM tutor_participation tpart
            JOIN ${AccessFactsSql.tutorHomes} h ON h.person_id = tpart.person_id
           WHERE tpart.edition_id = ${editionId} AND ${inCountries(sql.raw('h.country_code'), countries)}
             AND NOT EXISTS (SELECT 1 FROM tandem_member m
                              WHERE m.edition_id = tpart.edition_id AND m.person_id = tpart.person_id
                                AND m.tandem_status <> 'DISSOLVED')`,
    );
  }

  /** Submitted assignments waiting for a review, of tandems in the countries. */
  submissionsToReview(db: EntityManager, countries: Countries): Promise<QueueRow> {
    const scope =
      countries === 'ALL' ? sql.raw('TRUE') : AccessFactsSql.tandemInCountries(sql.raw('s.tandem_id'), countries);
    return one<QueueRow>(
      db,
      sql`SELECT count(*)::int AS count,
                 count(*) FILTER (WHERE s.submitted_at < now() - make_interval(days => ${REVIEW_OVERDUE_DAYS}::int))::int
                   AS overdue,
                 min(s.submitted_at) AS oldest_at
            FROM assignment_submission s
           WHERE s.status = 'SUBMITTED' AND ${scope}`,
    );
  }

  /** The newest revisions of national programmes submitted for approval in the edition. */
  programmesToApprove(db: EntityManager, editionId: string): Promise<QueueRow> {
    return one<QueueRow>(
      db,
      sql`SELECT count(*)::int AS count, 0 AS overdue, min(np.submitted_at) AS oldest_at
            FROM national_programme np
           WHERE np.edition_id = ${editionId} AND np.status = 'SUBMITTED'`,
    );
  }

  /**
   * Upcoming sessions of the countries (joint sessions: programme-wide viewers only) whose waitlist
   * shows more demand than seats; oldestAt is when the longest waiting tandem joined the waitlist.
   */
  sessionsShortOfSeats(db: EntityManager, editionId: string, countries: Countries): Promise<QueueRow> {
    return one<QueueRow>(
      db,
      sql`SELECT count(DISTINCT s.id)::int AS count, 0 AS overdue, min(e.queued_at) AS oldest_at
            FROM training_session s
            JOIN enrolment e ON e.session_id = s.id AND e.status = 'WAITLISTED'
           WHERE s.edition_id = ${editionId} AND s.status = 'SCHEDULED' AND s.starts_at > now()
             AND ${countries === 'ALL' ? sql.raw('TRUE') : sql`s.country_code::text = ANY(${countries}::text[])`}`,
    );
  }

  /** Sessions of the countries that have ended with confirmed participants whose attendance is not marked. */
  attendanceToMark(
    db: EntityManager,
    editionId: string,
    countries: Countries,
    trainerId: string | null,
  ): Promise<QueueRow> {
    return one<QueueRow>(
      db,
      sql`SELECT count(*)::int AS count, 0 AS overdue, min(s.ends_at) AS oldest_at
            FROM training_session s
           WHERE s.edition_id = ${editionId} AND s.status <> 'CANCELLED' AND s.ends_at < now()
             AND (${inCountries(sql.raw('s.country_code::text'), countries)}
                  OR (${trainerId}::uuid IS NOT NULL
                      AND EXISTS (SELECT 1 FROM session_trainer st WHERE st.session_id = s.id AND st.person_id = ${trainerId}::uuid)))
             AND EXISTS (SELECT 1 FROM enrolment_person ep
                          WHERE ep.session_id = s.id AND ep.enrolment_status = 'CONFIRMED'
                            AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.person_id = ep.person_id))`,
    );
  }
}

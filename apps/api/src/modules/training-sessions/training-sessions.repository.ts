import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EnrolmentStatus } from './enrolment.entity';
import type { AttendanceStatus } from './attendance.entity';
import { NO_VIEWER, type SessionFilter, type SessionView } from './session-views';
import type { SessionStatus } from './training-session.entity';

interface SessionRow {
  id: string;
  edition_id: string;
  module_id: string;
  module_code: string;
  module_kind: 'JOINT' | 'NATIONAL';
  joint_number: number | null;
  module_title: Record<string, string>;
  module_version: number;
  country_code: string | null;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  hours: string;
  capacity: number;
  seats_taken: number;
  waitlist_count: number;
  status: SessionStatus;
  cancel_reason: string | null;
  venue: string | null;
  online_url: string | null;
  language: string;
  enrolment_deadline: Date;
  allow_singles: boolean;
  sequence: number;
  trainers: { id: string; name: string }[];
  my_enrolment_id: string | null;
  my_enrolment_status: EnrolmentStatus | null;
  my_attendance: AttendanceStatus | null;
}

export interface RecipientRow {
  id: string;
  email: string;
  given_name: string;
  preferred_language: string;
  time_zone: string | null;
}

export interface ModuleRow {
  id: string;
  kind: 'JOINT' | 'NATIONAL';
  country_code: string | null;
  edition_id: string;
  code: string;
  version_id: string | null;
  edition_starts_on: string;
  edition_ends_on: string;
  max_session_hours_per_day: string;
}

export interface SessionInsert {
  editionId: string;
  moduleVersionId: string;
  countryCode: string | null;
  startsAt: Date;
  endsAt: Date;
  enrolmentDeadline: Date;
  hours: number;
  timeZone: string;
  capacity: number;
  venue: string | null;
  onlineUrl: string | null;
  language: string;
  allowSingles: boolean;
  checkInSecret: string;
  createdById: string;
}

export type SessionChange = Omit<
  SessionInsert,
  'editionId' | 'moduleVersionId' | 'countryCode' | 'checkInSecret' | 'createdById'
>;

/** The filter of every session read, with fixed parameter positions ($1 is the viewer). */
const FILTER = `
      ($2::uuid[] IS NULL OR s.id = ANY($2))
  AND ($3::text[] IS NULL OR s.country_code IS NULL OR s.country_code = ANY($3)
       OR EXISTS (SELECT 1 FROM session_trainer vt WHERE vt.session_id = s.id AND vt.person_id = $1))
  AND ($4::uuid IS NULL OR s.edition_id = $4)
  AND ($5::uuid IS NULL OR m.id = $5)
  AND ($6::text IS NULL OR s.country_code IS NULL OR s.country_code = $6)
  AND ($7::text IS NULL OR s.status = $7)
  AND (NOT $8::boolean OR s.starts_at >= now())
  AND (NOT $9::boolean OR s.ends_at >= now())
  AND (NOT $10::boolean OR (s.status = 'SCHEDULED' AND s.enrolment_deadline > now()))
  AND (NOT $11::boolean OR s.seats_taken < s.capacity)
  AND (NOT $12::boolean OR $13::text[] IS NULL OR s.country_code = ANY($13)
       OR EXISTS (SELECT 1 FROM session_trainer at WHERE at.session_id = s.id AND at.person_id = $1))`;

const FROM = `FROM training_session s JOIN module_version mv ON mv.id = s.module_version_id JOIN module m ON m.id = mv.module_id`;

const SELECT_SESSIONS = `
  SELECT s.id, s.edition_id, m.id AS module_id, m.code AS module_code, m.kind AS module_kind, m.number AS joint_number,
         mv.title AS module_title, mv.version AS module_version, s.country_code::text AS country_code,
         s.starts_at, s.ends_at, s.time_zone, s.hours, s.capacity, s.seats_taken, s.status, s.cancel_reason, s.venue,
         s.online_url, s.language, s.enrolment_deadline, s.allow_singles, s.sequence,
         (SELECT count(*)::int FROM enrolment w WHERE w.session_id = s.id AND w.status = 'WAITLISTED') AS waitlist_count,
         (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.given_name || ' ' || p.family_name) ORDER BY p.family_name, p.given_name), '[]')
            FROM session_trainer st JOIN person p ON p.id = st.person_id WHERE st.session_id = s.id) AS trainers,
         mine.id AS my_enrolment_id, mine.status AS my_enrolment_status,
         (SELECT a.status FROM attendance a WHERE a.session_id = s.id AND a.person_id = $1) AS my_attendance
    ${FROM}
    LEFT JOIN LATERAL (
      SELECT e.id, e.status FROM enrolment_person ep JOIN enrolment e ON e.id = ep.enrolment_id
       WHERE ep.person_id = $1 AND ep.session_id = s.id AND ep.enrolment_status <> 'CANCELLED' LIMIT 1
    ) mine ON true`;

function filterParams(viewerId: string, f: SessionFilter): unknown[] {
  return [
    viewerId,
    f.ids ?? null,
    f.visibleCountries ?? null,
    f.editionId ?? null,
    f.moduleId ?? null,
    f.countryCode ?? null,
    f.status ?? null,
    !!f.startsFromNow,
    !!f.endsFromNow,
    !!f.openOnly,
    !!f.withSeatsLeft,
    f.agendaCountries !== undefined,
    f.agendaCountries === undefined || f.agendaCountries === 'ALL' ? null : f.agendaCountries,
  ];
}

function toSessionView(r: SessionRow): SessionView {
  return {
    id: r.id,
    editionId: r.edition_id,
    moduleId: r.module_id,
    moduleCode: r.module_code,
    moduleKind: r.module_kind,
    jointNumber: r.joint_number,
    moduleTitle: r.module_title,
    moduleVersion: r.module_version,
    countryCode: r.country_code,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    timeZone: r.time_zone,
    hours: Number(r.hours),
    capacity: r.capacity,
    seatsTaken: r.seats_taken,
    waitlistCount: r.waitlist_count,
    status: r.status,
    cancelReason: r.cancel_reason,
    venue: r.venue,
    onlineUrl: r.online_url,
    language: r.language,
    enrolmentDeadline: r.enrolment_deadline,
    allowSingles: r.allow_singles,
    sequence: r.sequence,
    trainers: r.trainers,
    myEnrolmentId: r.my_enrolment_id,
    myEnrolmentStatus: r.my_enrolment_status,
    myAttendance: r.my_attendance,
  };
}

/** The SQL of sessions: reads as SessionView, scheduling and changing them. */
@Injectable()
export class TrainingSessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Sessions as the viewer sees them (NO_VIEWER: on nobody's behalf), soonest first; `page` for keyset paging. */
  async views(
    manager: EntityManager,
    viewerId: string,
    filter: SessionFilter,
    page?: { after?: { startsAt: string; id: string }; limit: number },
  ): Promise<SessionView[]> {
    const rows: SessionRow[] = await manager.query(
      `${SELECT_SESSIONS} WHERE ${FILTER}
         AND ($14::timestamptz IS NULL OR (s.starts_at, s.id) > ($14, $15::uuid))
       ORDER BY s.starts_at, s.id LIMIT $16`,
      [...filterParams(viewerId, filter), page?.after?.startsAt ?? null, page?.after?.id ?? null, page?.limit ?? null],
    );
    return rows.map(toSessionView);
  }

  async count(viewerId: string, filter: SessionFilter): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n ${FROM} WHERE ${FILTER}`,
      filterParams(viewerId, filter),
    );
    return row.n;
  }

  async viewsOf(manager: EntityManager, ids: readonly string[]): Promise<SessionView[]> {
    return ids.length ? this.views(manager, NO_VIEWER, { ids }) : [];
  }

  /** The countries of the organisation a tutor works for (a tutor sees their country's sessions). */
  async tutorCountries(manager: EntityManager, personId: string): Promise<string[]> {
    const rows: { code: string }[] = await manager.query(
      `SELECT o.country_code::text AS code FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id WHERE tp.person_id = $1`,
      [personId],
    );
    return rows.map((r) => r.code);
  }

  async module(manager: EntityManager, moduleId: string): Promise<ModuleRow | null> {
    const [row]: ModuleRow[] = await manager.query(
      `SELECT m.id, m.kind, m.country_code::text AS country_code, m.edition_id, m.code,
              (SELECT mv.id FROM module_version mv WHERE mv.module_id = m.id AND mv.status = 'PUBLISHED') AS version_id,
              e.starts_on::text AS edition_starts_on, e.ends_on::text AS edition_ends_on,
              e.max_session_hours_per_day::text AS max_session_hours_per_day
         FROM module m JOIN edition e ON e.id = m.edition_id WHERE m.id = $1`,
      [moduleId],
    );
    return row ?? null;
  }

  /** The edition rules that bound a session's times. */
  async editionRules(
    manager: EntityManager,
    sessionId: string,
  ): Promise<Pick<ModuleRow, 'edition_starts_on' | 'edition_ends_on' | 'max_session_hours_per_day'>> {
    const [row]: Pick<ModuleRow, 'edition_starts_on' | 'edition_ends_on' | 'max_session_hours_per_day'>[] =
      await manager.query(
        `SELECT e.starts_on::text AS edition_starts_on, e.ends_on::text AS edition_ends_on,
                e.max_session_hours_per_day::text AS max_session_hours_per_day
           FROM training_session s JOIN edition e ON e.id = s.edition_id WHERE s.id = $1`,
        [sessionId],
      );
    return row;
  }

  /** Of these people, those holding an active TRAINER grant of the country (of any country when null). */
  async trainersAmong(
    manager: EntityManager,
    personIds: readonly string[],
    countryCode: string | null,
  ): Promise<string[]> {
    const rows: { person_id: string }[] = await manager.query(
      `SELECT DISTINCT g.person_id FROM role_grant g JOIN person p ON p.id = g.person_id
        WHERE g.person_id = ANY($1::uuid[]) AND g.role = 'TRAINER' AND p.deactivated_at IS NULL
          AND ($2::text IS NULL OR g.country_code = $2)`,
      [personIds, countryCode],
    );
    return rows.map((r) => r.person_id);
  }

  async insert(manager: EntityManager, sessions: readonly SessionInsert[]): Promise<string[]> {
    const ids: string[] = [];
    for (const s of sessions) {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO training_session (edition_id, module_version_id, country_code, starts_at, ends_at, enrolment_deadline, hours,
                                       time_zone, capacity, venue, online_url, language, allow_singles, check_in_secret, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [
          s.editionId,
          s.moduleVersionId,
          s.countryCode,
          s.startsAt,
          s.endsAt,
          s.enrolmentDeadline,
          s.hours,
          s.timeZone,
          s.capacity,
          s.venue,
          s.onlineUrl,
          s.language,
          s.allowSingles,
          s.checkInSecret,
          s.createdById,
        ],
      );
      ids.push(row.id);
    }
    return ids;
  }

  async setTrainers(manager: EntityManager, sessionId: string, personIds: readonly string[]): Promise<void> {
    await manager.query(`DELETE FROM session_trainer WHERE session_id = $1`, [sessionId]);
    if (personIds.length)
      await manager.query(`INSERT INTO session_trainer (session_id, person_id) SELECT $1, unnest($2::uuid[])`, [
        sessionId,
        personIds,
      ]);
  }

  /** Changes the times, place and seats; `bumpSequence` raises the calendar SEQUENCE (a change people must see). */
  async update(manager: EntityManager, sessionId: string, c: SessionChange, bumpSequence: boolean): Promise<void> {
    await manager.query(
      `UPDATE training_session SET starts_at = $2, ends_at = $3, enrolment_deadline = $4, hours = $5, time_zone = $6,
              capacity = $7, venue = $8, online_url = $9, language = $10, allow_singles = $11,
              sequence = sequence + CASE WHEN $12 THEN 1 ELSE 0 END, updated_at = now()
        WHERE id = $1`,
      [
        sessionId,
        c.startsAt,
        c.endsAt,
        c.enrolmentDeadline,
        c.hours,
        c.timeZone,
        c.capacity,
        c.venue,
        c.onlineUrl,
        c.language,
        c.allowSingles,
        bumpSequence,
      ],
    );
  }

  async markCancelled(manager: EntityManager, sessionId: string, reason: string): Promise<void> {
    await manager.query(
      `UPDATE training_session SET status = 'CANCELLED', cancel_reason = $2, sequence = sequence + 1, updated_at = now() WHERE id = $1`,
      [sessionId, reason],
    );
  }

  async markCompleted(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`UPDATE training_session SET status = 'COMPLETED', updated_at = now() WHERE id = $1`, [
      sessionId,
    ]);
  }

  /** Active people to mail, with their language and zone. */
  async recipients(manager: EntityManager, personIds: readonly string[]): Promise<RecipientRow[]> {
    return manager.query(
      `SELECT id, email, given_name, preferred_language, time_zone FROM person WHERE id = ANY($1::uuid[]) AND deactivated_at IS NULL ORDER BY id`,
      [[...new Set(personIds)]],
    );
  }

  async checkInSecret(manager: EntityManager, sessionId: string): Promise<string> {
    const [row]: { check_in_secret: string }[] = await manager.query(
      `SELECT check_in_secret FROM training_session WHERE id = $1`,
      [sessionId],
    );
    return row.check_in_secret;
  }
}

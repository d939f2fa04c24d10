import { Injectable } from '@nestjs/common';
import type { Role, ScopeKind } from '@tandem/shared-domain';
import type { PersonRecordModel as M } from './person-record.model';
import type { EntityManager } from 'typeorm';
import { maybeOne, rows, sql } from '../../database/sql';

export interface RecordHeadRow {
  id: string;
  given_name: string;
  family_name: string;
  email: string;
  deactivated_at: Date | null;
  side: M['side'];
  organisation_id: string | null;
  organisation_name: string | null;
  country_code: string | null;
  grants: {
    id: string;
    role: Role;
    scopeKind: ScopeKind;
    countryCode: string | null;
    organisationId: string | null;
    organisationName: string | null;
  }[];
  /** The latest edition the person takes part in as a tutor (its progress is shown). */
  edition_id: string | null;
}

export interface RecordTandemRow {
  id: string;
  edition_id: string;
  edition_name: string;
  status: M['tandems'][number]['status'];
  side: M['tandems'][number]['side'];
  partner_id: string;
  partner_name: string;
  partner_organisation: string | null;
  activated_at: Date | null;
  dissolved_at: Date | null;
}

export interface RecordEnrolmentRow {
  session_id: string;
  module_code: string;
  module_title: string;
  module_kind: M['enrolments'][number]['moduleKind'];
  joint_number: number | null;
  starts_at: Date;
  ends_at: Date;
  hours: number;
  session_status: M['enrolments'][number]['sessionStatus'];
  enrolment_status: M['enrolments'][number]['enrolmentStatus'];
  attendance: M['enrolments'][number]['attendance'];
}

export interface RecordRoundRow {
  round_id: string;
  kind: M['selfAssessments'][number]['kind'];
  module_number: number | null;
  opens_at: Date;
  closes_at: Date;
  status: M['selfAssessments'][number]['status'];
  started_at: Date | null;
  submitted_at: Date | null;
}

export interface RecordAssignmentRow {
  assignment_id: string;
  title: string;
  module_code: string;
  due_on: string;
  status: M['assignments'][number]['status'];
  submitted_at: Date | null;
  reviewed_at: Date | null;
}

export interface RecordCertificateRow {
  id: string;
  number: string;
  public_id: string;
  edition_name: string;
  status: M['certificates'][number]['status'];
  issued_at: Date;
  revoked_at: Date | null;
}

/**
 * The reads behind a person's record: one statement per section, each set-based over the person's
 * rows, so the cost does not grow with their enrolments, tandems or rounds. Nothing here reads
 * ratings, evidence notes or review comments.
 */
@Injectable()
export class PersonRecordRepository {
  head(db: EntityManager, personId: string): Promise<RecordHeadRow | null> {
    return maybeOne<RecordHeadRow>(
      db,
      sql`SELECT p.id, p.given_name, p.family_name, p.email, p.deactivated_at, tp.side,
                 o.id AS organisation_id, o.name AS organisation_name,
                 COALESCE(o.country_code::text, (SELECT min(COALESCE(g.country_code, go.country_code)::text) FROM role_grant g
                   LEFT JOIN organisation go ON go.id = g.organisation_id WHERE g.person_id = p.id)) AS country_code,
                 COALESCE((SELECT json_agg(json_build_object('id', g.id, 'role', g.role, 'scopeKind', g.scope_kind,
                                   'countryCode', g.country_code::text, 'organisationId', go.id, 'organisationName', go.name)
                                   ORDER BY g.role, g.country_code)
                             FROM role_grant g LEFT JOIN organisation go ON go.id = g.organisation_id
                            WHERE g.person_id = p.id), '[]'::json) AS grants,
                 (SELECT tpart.edition_id FROM tutor_participation tpart JOIN edition e ON e.id = tpart.edition_id
                   WHERE tpart.person_id = p.id ORDER BY e.starts_on DESC, e.id LIMIT 1) AS edition_id
            FROM person p
            LEFT JOIN tutor_profile tp ON tp.person_id = p.id
            LEFT JOIN organisation o ON o.id = tp.organisation_id
           WHERE p.id = ${personId}`,
    );
  }

  tandems(db: EntityManager, personId: string): Promise<RecordTandemRow[]> {
    return rows<RecordTandemRow>(
      db,
      sql`SELECT t.id, t.edition_id, e.name AS edition_name, t.status, me.side, other.person_id AS partner_id,
                 pp.given_name || ' ' || pp.family_name AS partner_name, po.name AS partner_organisation,
                 t.activated_at, t.dissolved_at
            FROM tandem_member me
            JOIN tandem t ON t.id = me.tandem_id
            JOIN edition e ON e.id = t.edition_id
            JOIN tandem_member other ON other.tandem_id = t.id AND other.person_id <> me.person_id
            JOIN person pp ON pp.id = other.person_id
            LEFT JOIN tutor_profile ptp ON ptp.person_id = other.person_id
            LEFT JOIN organisation po ON po.id = ptp.organisation_id
           WHERE me.person_id = ${personId}
           ORDER BY t.created_at DESC, t.id`,
    );
  }

  /** Every seat, cancelled ones too, newest session first; module titles in `language` (else English). */
  enrolments(db: EntityManager, personId: string, language: string): Promise<RecordEnrolmentRow[]> {
    return rows<RecordEnrolmentRow>(
      db,
      sql`SELECT s.id AS session_id, m.code AS module_code,
                 COALESCE(mv.title ->> ${language}::text, mv.title ->> 'en', m.code) AS module_title,
                 m.kind AS module_kind, m.number AS joint_number, s.starts_at, s.ends_at, s.hours::float8 AS hours,
                 s.status AS session_status, ep.enrolment_status, a.status AS attendance
            FROM enrolment_person ep
            JOIN training_session s ON s.id = ep.session_id
            JOIN module_version mv ON mv.id = s.module_version_id
            JOIN module m ON m.id = mv.module_id
            LEFT JOIN attendance a ON a.session_id = s.id AND a.person_id = ep.person_id
           WHERE ep.person_id = ${personId}
           ORDER BY s.starts_at DESC, s.id, ep.enrolment_status
           LIMIT 500`,
    );
  }

  /** The rounds of the editions the person takes part in, with their self-assessment's status and dates (no ratings). */
  selfAssessments(db: EntityManager, personId: string): Promise<RecordRoundRow[]> {
    return rows<RecordRoundRow>(
      db,
      sql`SELECT r.id AS round_id, r.kind, r.module_number, r.opens_at, r.closes_at,
                 sa.status, sa.created_at AS started_at, sa.submitted_at
            FROM tutor_participation tp
            JOIN assessment_round r ON r.edition_id = tp.edition_id
            LEFT JOIN self_assessment sa ON sa.round_id = r.id AND sa.person_id = tp.person_id
           WHERE tp.person_id = ${personId}
           ORDER BY r.opens_at, r.id`,
    );
  }

  /**
   * The assignments of the module versions of the sessions the person holds a seat in, and any
   * their tandems worked on, with the latest submission's status (not its text or review comment).
   */
  assignments(db: EntityManager, personId: string): Promise<RecordAssignmentRow[]> {
    return rows<RecordAssignmentRow>(
      db,
      sql`WITH versions AS (
            SELECT DISTINCT s.module_version_id FROM enrolment_person ep JOIN training_session s ON s.id = ep.session_id
             WHERE ep.person_id = ${personId} AND ep.enrolment_status <> 'CANCELLED'
          ), work AS (
            SELECT DISTINCT ON (sub.assignment_id) sub.assignment_id, sub.status, sub.submitted_at, sub.reviewed_at
              FROM assignment_submission sub JOIN tandem_member tm ON tm.tandem_id = sub.tandem_id
             WHERE tm.person_id = ${personId}
             ORDER BY sub.assignment_id, sub.updated_at DESC
          )
          SELECT a.id AS assignment_id, a.title, m.code AS module_code, a.due_on::text AS due_on,
                 w.status, w.submitted_at, w.reviewed_at
            FROM tandem_assignment a
            JOIN module_version mv ON mv.id = a.module_version_id
            JOIN module m ON m.id = mv.module_id
            LEFT JOIN work w ON w.assignment_id = a.id
           WHERE a.module_version_id IN (SELECT module_version_id FROM versions) OR w.assignment_id IS NOT NULL
           ORDER BY a.due_on, a.title, a.id`,
    );
  }

  certificates(db: EntityManager, personId: string): Promise<RecordCertificateRow[]> {
    return rows<RecordCertificateRow>(
      db,
      sql`SELECT c.id, c.number, c.public_id, e.name AS edition_name, c.status, c.issued_at, c.revoked_at
            FROM certificate c JOIN edition e ON e.id = c.edition_id
           WHERE c.person_id = ${personId}
           ORDER BY c.issued_at DESC, c.id`,
    );
  }

  async languageOf(db: EntityManager, personId: string): Promise<string> {
    const found = await maybeOne<{ preferred_language: string }>(
      db,
      sql`SELECT preferred_language FROM person WHERE id = ${personId}`,
    );
    return found?.preferred_language ?? 'en';
  }
}

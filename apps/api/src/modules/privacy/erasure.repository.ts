import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessFactsSql } from '../../access-facts/access-facts.sql';
import { execute, maybeOne, one, rows, sql } from '../../database/sql';

export interface ErasureRow {
  id: string;
  person_id: string;
  status: string;
  requested_at: Date;
  decided_at: Date | null;
  person_name: string;
  countries: string[];
  certificates: number;
  attendance: number;
  shared_submissions: number;
}

/**
 * Files that are the person's own work and go with them (a tandem submission's attachments). Files
 * they uploaded for the programme (module materials, learning agreements of a mobility) stay, without
 * the uploader: a list of what goes, so that a new kind of file is kept until someone decides.
 */
const PERSONAL_FILE_OWNERS = ['AssignmentSubmission'];

const REQUEST = sql.raw(
  `SELECT r.id, r.person_id, r.status, r.requested_at, r.decided_at,
          p.given_name || ' ' || p.family_name AS person_name,
          ARRAY(SELECT DISTINCT c FROM (
                  SELECT COALESCE(g.country_code, go.country_code)::text AS c FROM role_grant g
                    LEFT JOIN organisation go ON go.id = g.organisation_id WHERE g.person_id = p.id
                  UNION SELECT o.country_code::text FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id
                   WHERE tp.person_id = p.id) x WHERE c IS NOT NULL) AS countries,
          (SELECT count(*)::int FROM certificate c WHERE c.person_id = p.id) AS certificates,
          (SELECT count(*)::int FROM attendance a WHERE a.person_id = p.id) AS attendance,
          (SELECT count(*)::int FROM assignment_submission s JOIN tandem t ON t.id = s.tandem_id
            WHERE p.id IN (t.school_tutor_id, t.company_tutor_id)) AS shared_submissions
     FROM erasure_request r JOIN person p ON p.id = r.person_id`,
);

/** The SQL of erasure: requests, their legal holds, and the anonymisation itself (one transaction). */
@Injectable()
export class ErasureRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  get manager(): EntityManager {
    return this.db.manager;
  }

  async insert(db: EntityManager, personId: string): Promise<string> {
    return (
      await one<{ id: string }>(db, sql`INSERT INTO erasure_request (person_id) VALUES (${personId}) RETURNING id`)
    ).id;
  }

  openOf(db: EntityManager, personId: string): Promise<{ id: string } | null> {
    return maybeOne(db, sql`SELECT id FROM erasure_request WHERE person_id = ${personId} AND status = 'REQUESTED'`);
  }

  byId(db: EntityManager, id: string): Promise<ErasureRow | null> {
    return maybeOne<ErasureRow>(db, sql`${REQUEST} WHERE r.id = ${id}`);
  }

  /** Open requests of people of the countries ('ALL': every one). */
  open(countries: 'ALL' | string[]): Promise<ErasureRow[]> {
    const scope = countries === 'ALL' ? sql.raw('TRUE') : AccessFactsSql.personInCountries(sql.raw('p.id'), countries);
    return rows<ErasureRow>(
      this.db.manager,
      sql`${REQUEST} WHERE r.status = 'REQUESTED' AND ${scope} ORDER BY r.requested_at`,
    );
  }

  /** Locks the request and the person (a sign-in in flight waits, then finds no account). */
  async lock(
    db: EntityManager,
    id: string,
  ): Promise<{ person_id: string; status: string; email: string; name: string } | null> {
    return maybeOne(
      db,
      sql`SELECT r.person_id, r.status, p.email, p.given_name || ' ' || p.family_name AS name
            FROM erasure_request r JOIN person p ON p.id = r.person_id WHERE r.id = ${id} FOR UPDATE OF r, p`,
    );
  }

  /** The storage keys of the files the person uploaded, except the programme's materials. */
  ownFiles(db: EntityManager, personId: string): Promise<{ storage_key: string }[]> {
    return rows(
      db,
      sql`SELECT storage_key FROM stored_file WHERE uploaded_by_id = ${personId} AND owner_type = ANY(${PERSONAL_FILE_OWNERS})`,
    );
  }

  /**
   * Removes or replaces everything that names the person; keeps attendance, enrolments, completion
   * and tandems (the programme's counts) on the anonymised row. Inside the caller's transaction.
   */
  async anonymise(db: EntityManager, personId: string, email: string, name: string): Promise<void> {
    const erasedEmail = `erased-${personId}@erased.invalid`;
    const statements = [
      sql`DELETE FROM session WHERE person_id = ${personId}`,
      sql`DELETE FROM account_token WHERE person_id = ${personId}`,
      sql`DELETE FROM calendar_feed WHERE person_id = ${personId}`,
      sql`DELETE FROM notification WHERE recipient_person_id = ${personId}`,
      sql`DELETE FROM person_consent WHERE person_id = ${personId}`,
      sql`DELETE FROM consent_event WHERE person_id = ${personId}`,
      sql`DELETE FROM data_export WHERE person_id = ${personId}`,
      sql`DELETE FROM role_grant WHERE person_id = ${personId}`,
      sql`DELETE FROM login_attempt WHERE email = ${email}`,
      sql`DELETE FROM sign_in_alert WHERE email = ${email}`,
      sql`DELETE FROM stored_file WHERE uploaded_by_id = ${personId} AND owner_type = ANY(${PERSONAL_FILE_OWNERS})`,
      sql`UPDATE stored_file SET uploaded_by_id = NULL WHERE uploaded_by_id = ${personId}`,
      sql`UPDATE outbox_message SET recipient_email = ${erasedEmail}, subject = '', text_body = ''
           WHERE recipient_person_id = ${personId} OR recipient_email = ${email}`,
      sql`UPDATE rating SET evidence = NULL
           WHERE self_assessment_id IN (SELECT id FROM self_assessment WHERE person_id = ${personId})`,
      // Their part of a study visit's shared report is their free text; the participation stays (counts).
      sql`UPDATE study_visit_participant SET what_i_saw = NULL, what_i_will_transfer = NULL WHERE person_id = ${personId}`,
      // A survey answered in named mode becomes anonymous like the others: its free texts go, the
      // choices stay in the results; reminders addressed to them go.
      sql`UPDATE survey_answer a SET value = '' FROM survey_question q
           WHERE q.id = a.question_id AND q.type = 'TEXT'
             AND a.response_id IN (SELECT response_id FROM survey_response_link WHERE person_id = ${personId})`,
      sql`DELETE FROM survey_response_link WHERE person_id = ${personId}`,
      sql`DELETE FROM survey_reminder WHERE person_id = ${personId}`,
      sql`UPDATE tutor_profile SET occupation_field = NULL, years_of_experience = NULL WHERE person_id = ${personId}`,
      sql`UPDATE certificate SET holder_name = 'Erased person' WHERE person_id = ${personId}`,
      sql`UPDATE audit_event SET summary = replace(replace(summary, ${name}, '[erased person]'), ${email}, '[erased]')
           WHERE strpos(summary, ${name}) > 0 OR strpos(summary, ${email}) > 0`,
      sql`UPDATE person SET email = ${erasedEmail}, given_name = 'Erased', family_name = 'person', time_zone = NULL,
                 password_hash = NULL, deactivated_at = now(), privacy_notice_accepted_at = NULL
           WHERE id = ${personId}`,
    ];
    for (const statement of statements) await execute(db, statement);
  }

  async markErased(db: EntityManager, id: string, deciderId: string): Promise<void> {
    await execute(
      db,
      sql`UPDATE erasure_request SET status = 'ERASED', decided_by_id = ${deciderId}, decided_at = now() WHERE id = ${id}`,
    );
  }

  // Retention

  /** Empties the evidence notes of editions that ended more than `months` before `now`. */
  async deleteOldEvidence(db: EntityManager, months: number, now: Date): Promise<number> {
    return execute(
      db,
      sql`UPDATE rating x SET evidence = NULL
            FROM self_assessment s JOIN assessment_round r ON r.id = s.round_id JOIN edition e ON e.id = r.edition_id
           WHERE x.self_assessment_id = s.id AND x.evidence IS NOT NULL
             AND e.ends_on < (${now}::timestamptz - make_interval(months => ${months}))::date`,
    );
  }

  /** Deletes data exports whose download link has expired (their copy of the data goes with them). */
  async deleteExpiredExports(db: EntityManager, now: Date): Promise<number> {
    return execute(db, sql`DELETE FROM data_export WHERE expires_at < ${now}`);
  }
}

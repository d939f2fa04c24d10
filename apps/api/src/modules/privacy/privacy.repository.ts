import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessFactsSql } from '../../access-facts/access-facts.sql';
import { execute, maybeOne, one, rows, sql, type Sql } from '../../database/sql';
import type { PersonReference } from './person-references';

export interface ConsentRow {
  purpose: string;
  granted: boolean;
  text_version: string;
  changed_at: Date;
}

export interface ConsentCountRow {
  purpose: string;
  granted: number;
  refused: number;
  not_asked: number;
}

export interface DataExportRow {
  id: string;
  person_id: string;
  status: string;
  progress: number;
  language: string;
  requested_at: Date;
  ready_at: Date | null;
  expires_at: Date | null;
}

export interface ExportFileRow {
  id: string;
  storage_key: string;
  file_name: string;
  size_bytes: string;
}

const EXPORT_COLUMNS = sql.raw('id, person_id, status, progress, language, requested_at, ready_at, expires_at');

/** The SQL of consents and of the person's own data (export). */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  get manager(): EntityManager {
    return this.db.manager;
  }

  consents(db: EntityManager, personId: string): Promise<ConsentRow[]> {
    return rows<ConsentRow>(
      db,
      sql`SELECT purpose, granted, text_version, changed_at FROM person_consent WHERE person_id = ${personId} ORDER BY purpose`,
    );
  }

  consentHistory(db: EntityManager, personId: string): Promise<ConsentRow[]> {
    return rows<ConsentRow>(
      db,
      sql`SELECT purpose, granted, text_version, changed_at FROM consent_event
           WHERE person_id = ${personId} ORDER BY changed_at, purpose`,
    );
  }

  /** Locks the person's consent decisions (one change at a time per person). */
  async lockPerson(db: EntityManager, personId: string): Promise<void> {
    await rows(db, sql`SELECT id FROM person WHERE id = ${personId} FOR UPDATE`);
  }

  /** Records a decision and makes it the one in force; answers false when it is already in force. */
  async setConsent(
    db: EntityManager,
    c: { personId: string; purpose: string; granted: boolean; textVersion: string; at: Date },
  ): Promise<boolean> {
    const current = await maybeOne<ConsentRow>(
      db,
      sql`SELECT purpose, granted, text_version, changed_at FROM person_consent
           WHERE person_id = ${c.personId} AND purpose = ${c.purpose}`,
    );
    if (current && current.granted === c.granted && current.text_version === c.textVersion) return false;
    // A change that waited for the person's lock may carry an earlier clock reading than the one
    // before it; the history must still end with the decision in force, so time never goes back.
    await execute(
      db,
      sql`WITH event AS (
            INSERT INTO consent_event (person_id, purpose, granted, text_version, changed_at)
            SELECT ${c.personId}, ${c.purpose}, ${c.granted}, ${c.textVersion},
                   GREATEST(${c.at}::timestamptz, max(changed_at) + interval '1 microsecond')
              FROM consent_event WHERE person_id = ${c.personId}
            RETURNING person_id, purpose, granted, text_version, changed_at)
          INSERT INTO person_consent (person_id, purpose, granted, text_version, changed_at)
          SELECT person_id, purpose, granted, text_version, changed_at FROM event
          ON CONFLICT (person_id, purpose) DO UPDATE
            SET granted = EXCLUDED.granted, text_version = EXCLUDED.text_version, changed_at = EXCLUDED.changed_at`,
    );
    return true;
  }

  /** Which of `personIds` have given consent to `purpose` now. */
  async grantedAmong(personIds: readonly string[], purpose: string): Promise<Set<string>> {
    if (!personIds.length) return new Set();
    const found = await rows<{ person_id: string }>(
      this.db.manager,
      sql`SELECT person_id FROM person_consent
           WHERE person_id = ANY(${personIds}::uuid[]) AND purpose = ${purpose} AND granted`,
    );
    return new Set(found.map((r) => r.person_id));
  }

  /** Per purpose: how many people of the countries gave, refused or were not yet asked (no names). */
  consentCounts(countries: readonly string[], purposes: readonly string[]): Promise<ConsentCountRow[]> {
    return rows<ConsentCountRow>(
      this.db.manager,
      sql`WITH people AS (
            SELECT p.id FROM person p
             WHERE p.deactivated_at IS NULL AND ${AccessFactsSql.personInCountries(sql.raw('p.id'), countries)})
          SELECT u.purpose,
                 count(*) FILTER (WHERE c.granted)::int AS granted,
                 count(*) FILTER (WHERE c.granted = false)::int AS refused,
                 count(*) FILTER (WHERE c.person_id IS NULL)::int AS not_asked
            FROM unnest(${purposes}::text[]) WITH ORDINALITY AS u(purpose, n)
            CROSS JOIN people pe
            LEFT JOIN person_consent c ON c.person_id = pe.id AND c.purpose = u.purpose
           GROUP BY u.purpose, u.n ORDER BY u.n`,
    );
  }

  // Data exports

  /** A new request, in the person's language. */
  async insertExport(db: EntityManager, personId: string): Promise<DataExportRow> {
    return one<DataExportRow>(
      db,
      sql`INSERT INTO data_export (person_id, language)
          SELECT id, preferred_language FROM person WHERE id = ${personId} RETURNING ${EXPORT_COLUMNS}`,
    );
  }

  async personEmail(personId: string): Promise<string> {
    return (await one<{ email: string }>(this.db.manager, sql`SELECT email FROM person WHERE id = ${personId}`)).email;
  }

  openExport(db: EntityManager, personId: string): Promise<DataExportRow | null> {
    return maybeOne<DataExportRow>(
      db,
      sql`SELECT ${EXPORT_COLUMNS} FROM data_export WHERE person_id = ${personId} AND status IN ('QUEUED','RUNNING')`,
    );
  }

  exportById(db: EntityManager, id: string): Promise<DataExportRow | null> {
    return maybeOne<DataExportRow>(db, sql`SELECT ${EXPORT_COLUMNS} FROM data_export WHERE id = ${id}`);
  }

  exportsOf(personId: string): Promise<DataExportRow[]> {
    return rows<DataExportRow>(
      this.db.manager,
      sql`SELECT ${EXPORT_COLUMNS} FROM data_export WHERE person_id = ${personId} ORDER BY requested_at DESC LIMIT 20`,
    );
  }

  async exportContent(id: string): Promise<Record<string, unknown> | null> {
    const row = await maybeOne<{ content: Record<string, unknown> | null }>(
      this.db.manager,
      sql`SELECT content FROM data_export WHERE id = ${id}`,
    );
    return row?.content ?? null;
  }

  /** Claims a queued export for a run (false when another run has it or it is done). */
  async claimExport(id: string): Promise<boolean> {
    return (
      (await execute(
        this.db.manager,
        sql`UPDATE data_export SET status = 'RUNNING', progress = 1 WHERE id = ${id} AND status = 'QUEUED'`,
      )) === 1
    );
  }

  async setProgress(id: string, progress: number): Promise<void> {
    await execute(this.db.manager, sql`UPDATE data_export SET progress = ${progress} WHERE id = ${id}`);
  }

  async finishExport(id: string, content: Record<string, unknown>, expiresAt: Date): Promise<void> {
    await execute(
      this.db.manager,
      sql`UPDATE data_export SET status = 'READY', progress = 100, content = ${JSON.stringify(content)}::jsonb,
                 ready_at = now(), expires_at = ${expiresAt} WHERE id = ${id}`,
    );
  }

  async failExport(id: string, failure: string): Promise<void> {
    await execute(
      this.db.manager,
      sql`UPDATE data_export SET status = 'FAILED', failure = ${failure.slice(0, 500)} WHERE id = ${id}`,
    );
  }

  /** One section of the export: the rows of `query` as JSON objects. */
  async section(query: Sql): Promise<unknown[]> {
    const row = await one<{ rows: unknown[] }>(
      this.db.manager,
      sql`SELECT coalesce(jsonb_agg(to_jsonb(x)), '[]'::jsonb) AS rows FROM (${query}) x`,
    );
    return row.rows;
  }

  /** Every row of a referencing table that names the person, without its secret columns. */
  async referencing(ref: PersonReference, personId: string): Promise<unknown[]> {
    // Table and column names come from the constant PERSON_REFERENCES, never from a request.
    const omit = ref.omit ?? [];
    return (
      await one<{ rows: unknown[] }>(
        this.db.manager,
        sql`SELECT coalesce(jsonb_agg(to_jsonb(x) - ${omit}::text[]), '[]'::jsonb) AS rows
              FROM ${sql.raw(`"${ref.table}"`)} x WHERE x.${sql.raw(`"${ref.column}"`)} = ${personId}`,
      )
    ).rows;
  }

  /** The stored files of the person: their uploads and the files of their tandems' submissions. */
  exportFiles(personId: string): Promise<ExportFileRow[]> {
    return rows<ExportFileRow>(
      this.db.manager,
      sql`SELECT f.id, f.storage_key, f.file_name, f.size_bytes FROM stored_file f
           WHERE f.uploaded_by_id = ${personId}
              OR (f.owner_type = 'AssignmentSubmission' AND f.owner_id IN (
                    SELECT s.id FROM assignment_submission s JOIN tandem t ON t.id = s.tandem_id
                     WHERE ${personId} IN (t.school_tutor_id, t.company_tutor_id)))
           ORDER BY f.created_at, f.id`,
    );
  }
}

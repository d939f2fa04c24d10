import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { execute, maybeOne, one, rows, sql } from '../../database/sql';
import type { CitationKind, CitationSource, FindingPriority, Snapshot } from './evidence.entity';

export interface AnalysisRow {
  id: string;
  edition_id: string;
  phase_id: string;
  phase_kind: string;
  title: string;
  period_start: string;
  period_end: string;
  status: 'DRAFT' | 'PUBLISHED';
  published_at: Date | null;
}

export interface FindingRow {
  id: string;
  analysis_id: string;
  edition_id: string;
  statement: string;
  language: string;
  priority: FindingPriority;
  module_ids: string[];
  country_codes: string[];
  status: 'DRAFT' | 'PUBLISHED';
  published_at: Date | null;
  created_at: Date;
  lock_version: number;
}

export interface CitationRow {
  id: string;
  finding_id: string;
  kind: CitationKind;
  source: CitationSource;
  snapshot: Snapshot;
  cited_at: Date;
}

export interface CommentRow {
  id: string;
  finding_id: string;
  author_name: string | null;
  text: string;
  created_at: Date;
}

export interface ActionRow {
  id: string;
  edition_id: string;
  change: string;
  owner: string;
  due_on: string | null;
  status: 'PROPOSED' | 'AGREED' | 'DONE' | 'CHECKED';
  /** Null for an action of a national programme (a peer review's recommendation); those are not in the module lists. */
  module_id: string | null;
  module_code: string | null;
  national_programme_id: string | null;
  module_version_id: string | null;
  module_version: number | null;
  module_version_published_at: Date | null;
  check_note: string | null;
  check_before: Snapshot | null;
  check_after: Snapshot | null;
  lock_version: number;
  finding_ids: string[];
}

export interface SurveyFactsRow {
  edition_id: string;
  title: string;
  mode: string;
  texts_may_be_quoted: boolean;
  module_code: string | null;
  session_on: string | null;
}

const ANALYSIS = sql`SELECT a.id, a.edition_id, a.phase_id, p.kind AS phase_kind, a.title, a.period_start::text AS period_start,
       a.period_end::text AS period_end, a.status, a.published_at
  FROM interim_analysis a JOIN cycle_phase p ON p.id = a.phase_id`;

const FINDING = sql`SELECT f.id, f.analysis_id, f.edition_id, f.statement, f.language, f.priority, f.module_ids::text[] AS module_ids,
       f.country_codes, f.status, f.published_at, f.created_at, f.lock_version FROM finding f`;

const ACTION = sql`SELECT a.id, a.edition_id, a.change, a.owner, a.due_on::text AS due_on, a.status, a.module_id, m.code AS module_code,
       a.national_programme_id, a.module_version_id, mv.version AS module_version, mv.published_at AS module_version_published_at,
       a.check_note, a.check_before, a.check_after, a.lock_version,
       coalesce((SELECT array_agg(x.finding_id::text ORDER BY x.finding_id) FROM improvement_action_finding x WHERE x.action_id = a.id), '{}') AS finding_ids
  FROM improvement_action a LEFT JOIN module m ON m.id = a.module_id LEFT JOIN module_version mv ON mv.id = a.module_version_id`;

/** Interim analyses, findings with their citations and comments, and improvement actions: all their SQL. */
@Injectable()
export class EvidenceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  // Interim analyses

  phase(db: EntityManager, editionId: string, kind: string) {
    return maybeOne<{ id: string; starts_on: string; ends_on: string }>(
      db,
      sql`SELECT id, starts_on::text AS starts_on, ends_on::text AS ends_on FROM cycle_phase
           WHERE edition_id = ${editionId} AND kind = ${kind}`,
    );
  }

  analyses(db: EntityManager, editionId: string, publishedOnly: boolean): Promise<AnalysisRow[]> {
    return rows<AnalysisRow>(
      db,
      sql`${ANALYSIS} WHERE a.edition_id = ${editionId} ${publishedOnly ? sql`AND a.status = 'PUBLISHED'` : sql.empty}
          ORDER BY p.position`,
    );
  }

  analysis(db: EntityManager, id: string, lock = false): Promise<AnalysisRow | null> {
    return maybeOne<AnalysisRow>(db, sql`${ANALYSIS} WHERE a.id = ${id} ${lock ? sql`FOR UPDATE OF a` : sql.empty}`);
  }

  async insertAnalysis(
    db: EntityManager,
    v: { editionId: string; phaseId: string; title: string; periodStart: string; periodEnd: string },
  ): Promise<string> {
    const row = await maybeOne<{ id: string }>(
      db,
      sql`INSERT INTO interim_analysis (edition_id, phase_id, title, period_start, period_end)
          VALUES (${v.editionId}, ${v.phaseId}, ${v.title}, ${v.periodStart}, ${v.periodEnd})
          ON CONFLICT (phase_id) DO NOTHING RETURNING id`,
    );
    return row?.id ?? '';
  }

  publishAnalysis(db: EntityManager, id: string) {
    return execute(db, sql`UPDATE interim_analysis SET status = 'PUBLISHED', published_at = now() WHERE id = ${id}`);
  }

  // Findings

  findings(db: EntityManager, editionId: string, publishedOnly: boolean): Promise<FindingRow[]> {
    return rows<FindingRow>(
      db,
      sql`${FINDING} WHERE f.edition_id = ${editionId} ${publishedOnly ? sql`AND f.status = 'PUBLISHED'` : sql.empty}
          ORDER BY CASE f.priority WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END, f.created_at, f.id`,
    );
  }

  findingsByIds(db: EntityManager, ids: readonly string[]): Promise<FindingRow[]> {
    return rows<FindingRow>(db, sql`${FINDING} WHERE f.id = ANY(${[...ids]}::uuid[]) ORDER BY f.created_at, f.id`);
  }

  finding(db: EntityManager, id: string, lock = false): Promise<FindingRow | null> {
    return maybeOne<FindingRow>(db, sql`${FINDING} WHERE f.id = ${id} ${lock ? sql`FOR UPDATE` : sql.empty}`);
  }

  async insertFinding(
    db: EntityManager,
    v: {
      analysisId: string;
      editionId: string;
      statement: string;
      language: string;
      priority: FindingPriority;
      moduleIds: string[];
      countryCodes: string[];
      createdById: string;
    },
  ): Promise<string> {
    const row = await one<{ id: string }>(
      db,
      sql`INSERT INTO finding (analysis_id, edition_id, statement, language, priority, module_ids, country_codes, created_by_id)
          VALUES (${v.analysisId}, ${v.editionId}, ${v.statement}, ${v.language}, ${v.priority}, ${v.moduleIds}::uuid[],
                  ${v.countryCodes}::text[], ${v.createdById}) RETURNING id`,
    );
    return row.id;
  }

  updateFinding(
    db: EntityManager,
    id: string,
    v: { statement: string; priority: FindingPriority; moduleIds: string[]; countryCodes: string[] },
  ) {
    return execute(
      db,
      sql`UPDATE finding SET statement = ${v.statement}, priority = ${v.priority}, module_ids = ${v.moduleIds}::uuid[],
             country_codes = ${v.countryCodes}::text[], updated_at = now(), lock_version = lock_version + 1
           WHERE id = ${id}`,
    );
  }

  /** A change of the finding's evidence counts as an edit of the finding: its lock version moves on. */
  touchFinding(db: EntityManager, id: string) {
    return execute(db, sql`UPDATE finding SET updated_at = now(), lock_version = lock_version + 1 WHERE id = ${id}`);
  }

  publishFinding(db: EntityManager, id: string) {
    return execute(
      db,
      sql`UPDATE finding SET status = 'PUBLISHED', published_at = now(), updated_at = now(), lock_version = lock_version + 1
           WHERE id = ${id}`,
    );
  }

  // Citations and comments

  citations(db: EntityManager, findingIds: readonly string[]): Promise<CitationRow[]> {
    return rows<CitationRow>(
      db,
      sql`SELECT id, finding_id, kind, source, snapshot, cited_at FROM finding_citation
           WHERE finding_id = ANY(${[...findingIds]}::uuid[]) ORDER BY cited_at, id`,
    );
  }

  citation(db: EntityManager, id: string): Promise<CitationRow | null> {
    return maybeOne<CitationRow>(
      db,
      sql`SELECT id, finding_id, kind, source, snapshot, cited_at FROM finding_citation WHERE id = ${id}`,
    );
  }

  countCitations(db: EntityManager, findingId: string): Promise<number> {
    return one<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM finding_citation WHERE finding_id = ${findingId}`,
    ).then((r) => r.n);
  }

  async insertCitation(
    db: EntityManager,
    v: { findingId: string; kind: CitationKind; source: CitationSource; snapshot: Snapshot; citedById: string },
  ): Promise<string> {
    const row = await one<{ id: string }>(
      db,
      sql`INSERT INTO finding_citation (finding_id, kind, source, snapshot, cited_by_id)
          VALUES (${v.findingId}, ${v.kind}, ${JSON.stringify(v.source)}::jsonb, ${JSON.stringify(v.snapshot)}::jsonb, ${v.citedById})
          RETURNING id`,
    );
    return row.id;
  }

  deleteCitation(db: EntityManager, id: string) {
    return execute(db, sql`DELETE FROM finding_citation WHERE id = ${id}`);
  }

  comments(db: EntityManager, findingIds: readonly string[]): Promise<CommentRow[]> {
    return rows<CommentRow>(
      db,
      sql`SELECT c.id, c.finding_id, p.given_name || ' ' || p.family_name AS author_name, c.text, c.created_at
            FROM finding_comment c LEFT JOIN person p ON p.id = c.author_id
           WHERE c.finding_id = ANY(${[...findingIds]}::uuid[]) ORDER BY c.created_at, c.id`,
    );
  }

  insertComment(db: EntityManager, v: { findingId: string; authorId: string; text: string }) {
    return execute(
      db,
      sql`INSERT INTO finding_comment (finding_id, author_id, text) VALUES (${v.findingId}, ${v.authorId}, ${v.text})`,
    );
  }

  // Improvement actions

  actions(db: EntityManager, editionId: string): Promise<ActionRow[]> {
    return rows<ActionRow>(
      db,
      sql`${ACTION} WHERE a.edition_id = ${editionId} AND a.module_id IS NOT NULL ORDER BY a.created_at, a.id`,
    );
  }

  actionsOfVersion(db: EntityManager, moduleVersionId: string): Promise<ActionRow[]> {
    return rows<ActionRow>(
      db,
      sql`${ACTION} WHERE a.module_version_id = ${moduleVersionId} ORDER BY a.created_at, a.id`,
    );
  }

  action(db: EntityManager, id: string, lock = false): Promise<ActionRow | null> {
    return maybeOne<ActionRow>(db, sql`${ACTION} WHERE a.id = ${id} ${lock ? sql`FOR UPDATE OF a` : sql.empty}`);
  }

  /** An action of a module, or of a national programme (`nationalProgrammeId`, no module). */
  async insertAction(
    db: EntityManager,
    v: { editionId: string; change: string; owner: string; dueOn: string | null } & (
      { moduleId: string } | { nationalProgrammeId: string }
    ),
  ): Promise<string> {
    const moduleId = 'moduleId' in v ? v.moduleId : null;
    const programmeId = 'nationalProgrammeId' in v ? v.nationalProgrammeId : null;
    const row = await one<{ id: string }>(
      db,
      sql`INSERT INTO improvement_action (edition_id, change, owner, due_on, module_id, national_programme_id)
          VALUES (${v.editionId}, ${v.change}, ${v.owner}, ${v.dueOn}, ${moduleId}, ${programmeId}) RETURNING id`,
    );
    return row.id;
  }

  updateAction(db: EntityManager, id: string, v: { change: string; owner: string; dueOn: string | null }) {
    return execute(
      db,
      sql`UPDATE improvement_action SET change = ${v.change}, owner = ${v.owner}, due_on = ${v.dueOn},
             lock_version = lock_version + 1 WHERE id = ${id}`,
    );
  }

  async replaceActionFindings(db: EntityManager, actionId: string, findingIds: readonly string[]): Promise<void> {
    await execute(db, sql`DELETE FROM improvement_action_finding WHERE action_id = ${actionId}`);
    await execute(
      db,
      sql`INSERT INTO improvement_action_finding (action_id, finding_id)
          SELECT ${actionId}, f FROM unnest(${[...findingIds]}::uuid[]) AS f`,
    );
  }

  setActionStatus(
    db: EntityManager,
    id: string,
    change:
      | { status: 'AGREED' }
      | { status: 'DONE'; moduleVersionId: string | null }
      | { status: 'CHECKED'; note: string; before: Snapshot; after: Snapshot; by: string },
  ) {
    const set =
      change.status === 'AGREED'
        ? sql`status = 'AGREED'`
        : change.status === 'DONE'
          ? sql`status = 'DONE', module_version_id = ${change.moduleVersionId}`
          : sql`status = 'CHECKED', check_note = ${change.note}, check_before = ${JSON.stringify(change.before)}::jsonb,
                check_after = ${JSON.stringify(change.after)}::jsonb, checked_by_id = ${change.by}`;
    return execute(db, sql`UPDATE improvement_action SET ${set}, lock_version = lock_version + 1 WHERE id = ${id}`);
  }

  // Facts from elsewhere

  /** The edition's modules among `ids`, with their kind and country. */
  modules(db: EntityManager, editionId: string, ids: readonly string[]) {
    return rows<{ id: string; code: string; country_code: string | null }>(
      db,
      sql`SELECT id, code, country_code::text AS country_code FROM module
           WHERE edition_id = ${editionId} AND id = ANY(${[...ids]}::uuid[])`,
    );
  }

  moduleCodes(db: EntityManager, ids: readonly string[]) {
    return rows<{ id: string; code: string }>(db, sql`SELECT id, code FROM module WHERE id = ANY(${[...ids]}::uuid[])`);
  }

  moduleVersion(db: EntityManager, id: string) {
    return maybeOne<{ id: string; module_id: string; version: number; status: string }>(
      db,
      sql`SELECT id, module_id, version, status FROM module_version WHERE id = ${id}`,
    );
  }

  surveyFacts(db: EntityManager, surveyId: string): Promise<SurveyFactsRow | null> {
    return maybeOne<SurveyFactsRow>(
      db,
      sql`SELECT sv.edition_id, coalesce(sv.title ->> 'en', '') AS title, sv.mode, sv.texts_may_be_quoted,
                 m.code AS module_code, (ts.starts_at AT TIME ZONE 'UTC')::date::text AS session_on
            FROM survey sv LEFT JOIN training_session ts ON ts.id = sv.session_id
            LEFT JOIN module_version mv ON mv.id = ts.module_version_id LEFT JOIN module m ON m.id = mv.module_id
           WHERE sv.id = ${surveyId}`,
    );
  }

  language(db: EntityManager, personId: string): Promise<string> {
    return maybeOne<{ l: string | null }>(
      db,
      sql`SELECT preferred_language AS l FROM person WHERE id = ${personId}`,
    ).then((r) => r?.l ?? 'en');
  }
}

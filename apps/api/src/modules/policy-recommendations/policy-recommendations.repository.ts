import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { execute, maybeOne, one, rows, sql } from '../../database/sql';
import type { CitationKind, CitationSource, Snapshot } from '../evidence/evidence.entity';
import type { RecommendationAudience, RecommendationStatus } from './policy-recommendation.entity';

export interface RecommendationRow {
  id: string;
  edition_id: string;
  title: string;
  text: string;
  language: string;
  audience: RecommendationAudience;
  country_code: string | null;
  status: RecommendationStatus;
  consultation_started_at: Date | null;
  published_at: Date | null;
  created_at: Date;
  lock_version: number;
  finding_ids: string[];
}

export interface RecommendationCitationRow {
  id: string;
  recommendation_id: string;
  kind: CitationKind;
  snapshot: Snapshot;
  cited_at: Date;
}

export interface RecommendationCommentRow {
  id: string;
  recommendation_id: string;
  author_name: string | null;
  text: string;
  created_at: Date;
}

export interface RecommendationFields {
  title: string;
  text: string;
  audience: RecommendationAudience;
  countryCode: string | null;
}

const RECOMMENDATION = sql`SELECT r.id, r.edition_id, r.title, r.text, r.language, r.audience, r.country_code, r.status,
       r.consultation_started_at, r.published_at, r.created_at, r.lock_version,
       coalesce((SELECT array_agg(x.finding_id::text ORDER BY x.finding_id) FROM policy_recommendation_finding x
                  WHERE x.recommendation_id = r.id), '{}') AS finding_ids
  FROM policy_recommendation r`;

/** Policy recommendations, the findings they rest on, their cited figures and consultation comments: all their SQL. */
@Injectable()
export class PolicyRecommendationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  list(db: EntityManager, editionId: string, statuses: readonly RecommendationStatus[]): Promise<RecommendationRow[]> {
    return rows<RecommendationRow>(
      db,
      sql`${RECOMMENDATION} WHERE r.edition_id = ${editionId} AND r.status = ANY(${[...statuses]}::text[])
          ORDER BY r.audience, r.country_code NULLS FIRST, r.created_at, r.id`,
    );
  }

  /** The published recommendations of one audience (and country, or none), in the order they were written. */
  published(
    db: EntityManager,
    editionId: string,
    audience: RecommendationAudience,
    countryCode: string | null,
  ): Promise<RecommendationRow[]> {
    return rows<RecommendationRow>(
      db,
      sql`${RECOMMENDATION} WHERE r.edition_id = ${editionId} AND r.status = 'PUBLISHED' AND r.audience = ${audience}
            AND r.country_code IS NOT DISTINCT FROM ${countryCode}::text
          ORDER BY r.published_at, r.created_at, r.id`,
    );
  }

  /** The audiences with published recommendations, and how many each. */
  briefs(db: EntityManager, editionId: string) {
    return rows<{ audience: RecommendationAudience; country_code: string | null; count: number }>(
      db,
      sql`SELECT audience, country_code, count(*)::int AS count FROM policy_recommendation
           WHERE edition_id = ${editionId} AND status = 'PUBLISHED'
           GROUP BY audience, country_code ORDER BY audience, country_code NULLS FIRST`,
    );
  }

  get(db: EntityManager, id: string, lock = false): Promise<RecommendationRow | null> {
    return maybeOne<RecommendationRow>(
      db,
      sql`${RECOMMENDATION} WHERE r.id = ${id} ${lock ? sql`FOR UPDATE OF r` : sql.empty}`,
    );
  }

  async insert(
    db: EntityManager,
    v: RecommendationFields & { editionId: string; language: string; createdById: string },
  ): Promise<string> {
    const row = await one<{ id: string }>(
      db,
      sql`INSERT INTO policy_recommendation (edition_id, title, text, language, audience, country_code, created_by_id)
          VALUES (${v.editionId}, ${v.title}, ${v.text}, ${v.language}, ${v.audience}, ${v.countryCode}, ${v.createdById})
          RETURNING id`,
    );
    return row.id;
  }

  update(db: EntityManager, id: string, v: RecommendationFields) {
    return execute(
      db,
      sql`UPDATE policy_recommendation SET title = ${v.title}, text = ${v.text}, audience = ${v.audience},
             country_code = ${v.countryCode}, updated_at = now(), lock_version = lock_version + 1 WHERE id = ${id}`,
    );
  }

  /** A change of the evidence counts as an edit: the lock version moves on. */
  touch(db: EntityManager, id: string) {
    return execute(
      db,
      sql`UPDATE policy_recommendation SET updated_at = now(), lock_version = lock_version + 1 WHERE id = ${id}`,
    );
  }

  setStatus(db: EntityManager, id: string, status: 'IN_CONSULTATION' | 'PUBLISHED') {
    const stamp = status === 'PUBLISHED' ? sql`published_at = now()` : sql`consultation_started_at = now()`;
    return execute(
      db,
      sql`UPDATE policy_recommendation SET status = ${status}, ${stamp}, updated_at = now(),
             lock_version = lock_version + 1 WHERE id = ${id}`,
    );
  }

  async replaceFindings(db: EntityManager, id: string, findingIds: readonly string[]): Promise<void> {
    await execute(db, sql`DELETE FROM policy_recommendation_finding WHERE recommendation_id = ${id}`);
    await execute(
      db,
      sql`INSERT INTO policy_recommendation_finding (recommendation_id, finding_id)
          SELECT ${id}, f FROM unnest(${[...findingIds]}::uuid[]) AS f`,
    );
  }

  /** The published findings of the edition among `ids`. */
  publishedFindings(db: EntityManager, editionId: string, ids: readonly string[]): Promise<string[]> {
    return rows<{ id: string }>(
      db,
      sql`SELECT id FROM finding WHERE edition_id = ${editionId} AND status = 'PUBLISHED' AND id = ANY(${[...ids]}::uuid[])`,
    ).then((r) => r.map((x) => x.id));
  }

  citations(db: EntityManager, ids: readonly string[]): Promise<RecommendationCitationRow[]> {
    return rows<RecommendationCitationRow>(
      db,
      sql`SELECT id, recommendation_id, kind, snapshot, cited_at FROM policy_recommendation_citation
           WHERE recommendation_id = ANY(${[...ids]}::uuid[]) ORDER BY cited_at, id`,
    );
  }

  citation(db: EntityManager, id: string): Promise<RecommendationCitationRow | null> {
    return maybeOne<RecommendationCitationRow>(
      db,
      sql`SELECT id, recommendation_id, kind, snapshot, cited_at FROM policy_recommendation_citation WHERE id = ${id}`,
    );
  }

  countCitations(db: EntityManager, id: string): Promise<number> {
    return one<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM policy_recommendation_citation WHERE recommendation_id = ${id}`,
    ).then((r) => r.n);
  }

  insertCitation(
    db: EntityManager,
    v: { recommendationId: string; kind: CitationKind; source: CitationSource; snapshot: Snapshot; citedById: string },
  ) {
    return execute(
      db,
      sql`INSERT INTO policy_recommendation_citation (recommendation_id, kind, source, snapshot, cited_by_id)
          VALUES (${v.recommendationId}, ${v.kind}, ${JSON.stringify(v.source)}::jsonb,
                  ${JSON.stringify(v.snapshot)}::jsonb, ${v.citedById})`,
    );
  }

  deleteCitation(db: EntityManager, id: string) {
    return execute(db, sql`DELETE FROM policy_recommendation_citation WHERE id = ${id}`);
  }

  comments(db: EntityManager, ids: readonly string[]): Promise<RecommendationCommentRow[]> {
    return rows<RecommendationCommentRow>(
      db,
      sql`SELECT c.id, c.recommendation_id, p.given_name || ' ' || p.family_name AS author_name, c.text, c.created_at
            FROM policy_recommendation_comment c LEFT JOIN person p ON p.id = c.author_id
           WHERE c.recommendation_id = ANY(${[...ids]}::uuid[]) ORDER BY c.created_at, c.id`,
    );
  }

  insertComment(db: EntityManager, v: { recommendationId: string; authorId: string; text: string }) {
    return execute(
      db,
      sql`INSERT INTO policy_recommendation_comment (recommendation_id, author_id, text)
          VALUES (${v.recommendationId}, ${v.authorId}, ${v.text})`,
    );
  }
}

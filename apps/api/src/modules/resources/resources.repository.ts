import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { likePattern } from '../../common/pagination';
import { execute, maybeOne, one, rows, Sql, sql } from '../../database/sql';
import type { ResourceFilter } from './dto/resource.inputs';
import { Resource, ResourceVersion } from './resource.entity';
import type { Audience, LocalisedText, ResourceKind, ResourceStatus } from './resource.entity';

export interface ResourceQuery {
  filter: ResourceFilter;
  sort: 'RELEVANCE' | 'NEWEST' | 'MOST_USED';
  viewerId: string;
  /** Countries whose proposals the viewer reviews, or ALL (Baltic-wide ones too). */
  reviews: 'ALL' | readonly string[];
}

export interface NewResource {
  kind: ResourceKind;
  countryCode: string | null;
  status: ResourceStatus;
  title: LocalisedText;
  summary: LocalisedText;
  audience: Audience[];
  licence: string | null;
  source: string | null;
  author: string | null;
  parentId: string | null;
  position: number | null;
  proposedById: string | null;
}

/** The folded text the search matches: every title and summary. */
export const searchTextOf = (r: Pick<NewResource, 'title' | 'summary'>) =>
  [...Object.values(r.title), ...Object.values(r.summary)].join(' ');

export interface SuggestionReasonRow {
  competenceId: string;
  code: string;
  title: string;
  level: number;
  scaleLevels: number;
}

/** Toolbox resources, their language versions and tags. */
@Injectable()
export class ResourcesRepository {
  private where(q: ResourceQuery): Sql {
    const f = q.filter;
    const status = f.status ?? 'PUBLISHED';
    const visible =
      status === 'PUBLISHED'
        ? null
        : q.reviews === 'ALL'
          ? null
          : sql`(r.proposed_by_id = ${q.viewerId} OR r.country_code = ANY(${[...q.reviews]}::text[]))`;
    const search = f.search?.trim();
    return sql.and([
      sql`r.status = ${status}`,
      visible,
      !!search &&
        sql`(r.search_text LIKE tandem_fold(${likePattern(search)}) OR tandem_fold(${search}) <% r.search_text)`,
      !!f.kind && sql`r.kind = ${f.kind}`,
      !!f.audience && sql`${f.audience} = ANY(r.audience)`,
      !!f.language &&
        sql`EXISTS (SELECT 1 FROM resource_version v WHERE v.resource_id = r.id AND v.language = ${f.language})`,
      !!f.competenceId &&
        sql`EXISTS (SELECT 1 FROM resource_competence c WHERE c.resource_id = r.id AND c.competence_id = ${f.competenceId})`,
      !!f.moduleId &&
        sql`EXISTS (SELECT 1 FROM resource_module m WHERE m.resource_id = r.id AND m.module_id = ${f.moduleId})`,
    ]);
  }

  async count(db: EntityManager, q: ResourceQuery): Promise<number> {
    return (await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM resource r WHERE ${this.where(q)}`)).n;
  }

  /** A page of ids in the asked order, from `offset`. */
  async page(db: EntityManager, q: ResourceQuery, offset: number, limit: number): Promise<string[]> {
    const search = q.filter.search?.trim();
    const order =
      q.sort === 'MOST_USED'
        ? sql`r.download_count DESC, r.created_at DESC`
        : q.sort === 'RELEVANCE' && search
          ? sql`word_similarity(tandem_fold(${search}), r.search_text) DESC, r.created_at DESC`
          : sql`r.created_at DESC`;
    const found = await rows<{ id: string }>(
      db,
      sql`SELECT r.id FROM resource r WHERE ${this.where(q)} ORDER BY ${order}, r.id LIMIT ${limit} OFFSET ${offset}`,
    );
    return found.map((r) => r.id);
  }

  find(db: EntityManager, ids: readonly string[]): Promise<Resource[]> {
    if (!ids.length) return Promise.resolve([]);
    return db.getRepository(Resource).createQueryBuilder('r').where('r.id = ANY(:ids)', { ids }).getMany();
  }

  lock(db: EntityManager, id: string): Promise<Resource | null> {
    return db.getRepository(Resource).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The languages each resource has a version in. */
  async languages(db: EntityManager, ids: readonly string[]): Promise<Map<string, string[]>> {
    const found = ids.length
      ? await rows<{ id: string; languages: string[] }>(
          db,
          sql`SELECT resource_id AS id, array_agg(DISTINCT language) AS languages FROM resource_version
               WHERE resource_id = ANY(${ids}::uuid[]) GROUP BY resource_id`,
        )
      : [];
    return new Map(found.map((r) => [r.id, r.languages]));
  }

  async tags(
    db: EntityManager,
    ids: readonly string[],
  ): Promise<{ id: string; competences: string[]; modules: string[] }[]> {
    if (!ids.length) return [];
    return rows(
      db,
      sql`SELECT r.id,
                 coalesce((SELECT array_agg(c.competence_id) FROM resource_competence c WHERE c.resource_id = r.id), '{}') AS competences,
                 coalesce((SELECT array_agg(m.module_id) FROM resource_module m WHERE m.resource_id = r.id), '{}') AS modules
            FROM resource r WHERE r.id = ANY(${ids}::uuid[])`,
    );
  }

  versions(db: EntityManager, resourceId: string): Promise<ResourceVersion[]> {
    return db
      .getRepository(ResourceVersion)
      .find({ where: { resourceId }, order: { createdAt: 'DESC', version: 'DESC' } });
  }

  children(db: EntityManager, parentId: string): Promise<Resource[]> {
    return db
      .getRepository(Resource)
      .find({ where: { parentId, status: 'PUBLISHED' }, order: { position: 'ASC', createdAt: 'ASC' } });
  }

  async insert(db: EntityManager, r: NewResource): Promise<string> {
    const row = await one<{ id: string }>(
      db,
      sql`INSERT INTO resource (kind, country_code, status, title, summary, audience, licence, source, author, parent_id, position, proposed_by_id, search_text)
          VALUES (${r.kind}, ${r.countryCode}, ${r.status}, ${JSON.stringify(r.title)}::jsonb, ${JSON.stringify(r.summary)}::jsonb,
                  ${r.audience}::text[], ${r.licence}, ${r.source}, ${r.author}, ${r.parentId}, ${r.position}, ${r.proposedById},
                  tandem_fold(${searchTextOf(r)}))
          RETURNING id`,
    );
    return row.id;
  }

  /** Adds versions (each the next number of its language). */
  async addVersions(
    db: EntityManager,
    resourceId: string,
    versions: readonly { language: string; body: string | null; url: string | null }[],
    by: string | null,
  ): Promise<void> {
    for (const v of versions)
      await execute(
        db,
        sql`INSERT INTO resource_version (resource_id, language, version, body, url, created_by_id)
            SELECT ${resourceId}, ${v.language}, coalesce(max(version), 0) + 1, ${v.body}, ${v.url}, ${by}
              FROM resource_version WHERE resource_id = ${resourceId} AND language = ${v.language}`,
      );
  }

  async tag(db: EntityManager, resourceId: string, competenceIds: readonly string[], moduleIds: readonly string[]) {
    if (competenceIds.length)
      await execute(
        db,
        sql`INSERT INTO resource_competence (resource_id, competence_id)
            SELECT ${resourceId}, c.id FROM competence c WHERE c.id = ANY(${competenceIds}::uuid[])`,
      );
    if (moduleIds.length)
      await execute(
        db,
        sql`INSERT INTO resource_module (resource_id, module_id)
            SELECT ${resourceId}, m.id FROM module m WHERE m.id = ANY(${moduleIds}::uuid[])`,
      );
  }

  async unknownIds(db: EntityManager, table: 'competence' | 'module', ids: readonly string[]): Promise<string[]> {
    if (!ids.length) return [];
    const found = await rows<{ id: string }>(
      db,
      sql`SELECT x AS id FROM unnest(${ids}::uuid[]) x WHERE NOT EXISTS (SELECT 1 FROM ${sql.raw(table)} t WHERE t.id = x)`,
    );
    return found.map((r) => r.id);
  }

  async parentExists(db: EntityManager, id: string): Promise<boolean> {
    return !!(await maybeOne(db, sql`SELECT 1 FROM resource WHERE id = ${id}`));
  }

  async decide(
    db: EntityManager,
    id: string,
    status: ResourceStatus,
    by: string,
    reason: string | null,
  ): Promise<void> {
    await execute(
      db,
      sql`UPDATE resource SET status = ${status}, reviewed_by_id = ${by}, reviewed_at = now(), review_reason = ${reason},
                 updated_at = now() WHERE id = ${id}`,
    );
  }

  async countDownload(db: EntityManager, id: string): Promise<number | null> {
    const row = await maybeOne<{ n: number }>(
      db,
      sql`UPDATE resource SET download_count = download_count + 1 WHERE id = ${id} AND status = 'PUBLISHED'
          RETURNING download_count AS n`,
    );
    return row?.n ?? null;
  }

  /**
   * Suggested resources in one statement. The tutor's latest SUBMITTED self-assessment gives the
   * competences rated below the scale's top; a published resource tagged to one of them (matched by
   * code, so a resource tagged in another profile version still counts) is suggested for it. Order:
   * the lowest level first, then the resource covering more such competences, then the most used.
   * With a module: only resources tagged to it or to a competence it develops, personal ones first.
   * Without: only personal ones, unless there are none (no submitted self-assessment, or a viewer who
   * is not a tutor: personId null), then the most used resources. `rated` is computed first (a
   * tutor's few low ratings): inlined, the planner joined every tutor's ratings of the tagged
   * competences before keeping this tutor's.
   */
  suggest(
    db: EntityManager,
    q: { personId: string | null; moduleId: string | null; language: string; limit: number },
  ): Promise<{ id: string; reasons: SuggestionReasonRow[] }[]> {
    const module = q.moduleId;
    return rows(
      db,
      sql`WITH latest AS (
            SELECT sa.id, p.scale_levels FROM self_assessment sa
              JOIN competence_profile p ON p.id = sa.profile_version_id
             WHERE sa.person_id = ${q.personId}::uuid AND sa.status = 'SUBMITTED'
             ORDER BY sa.submitted_at DESC, sa.id LIMIT 1
          ), rated AS MATERIALIZED (
            SELECT c.id, c.code, coalesce(c.title->>${q.language}, c.title->>'en') AS title, ra.level, l.scale_levels
              FROM latest l JOIN rating ra ON ra.self_assessment_id = l.id JOIN competence c ON c.id = ra.competence_id
             WHERE ra.level < l.scale_levels
          ), reasons AS (
            SELECT DISTINCT rc.resource_id, rt.id, rt.code, rt.title, rt.level, rt.scale_levels
              FROM resource_competence rc JOIN resource pr ON pr.id = rc.resource_id AND pr.status = 'PUBLISHED'
              JOIN competence tc ON tc.id = rc.competence_id JOIN rated rt ON rt.code = tc.code
          ), candidates AS (
            SELECT r.id, r.download_count, r.created_at FROM resource r
             WHERE r.status = 'PUBLISHED'
               AND (${module}::uuid IS NULL
                    OR EXISTS (SELECT 1 FROM resource_module m WHERE m.resource_id = r.id AND m.module_id = ${module}::uuid)
                    OR EXISTS (SELECT 1 FROM resource_competence rc JOIN competence c ON c.id = rc.competence_id
                                 JOIN module_competence mc ON mc.competence_code = c.code AND mc.module_id = ${module}::uuid
                                WHERE rc.resource_id = r.id))
          )
          SELECT k.id,
                 coalesce(jsonb_agg(jsonb_build_object('competenceId', rs.id, 'code', rs.code, 'title', rs.title,
                                                       'level', rs.level, 'scaleLevels', rs.scale_levels)
                                    ORDER BY rs.level, rs.code) FILTER (WHERE rs.id IS NOT NULL), '[]') AS reasons
            FROM candidates k LEFT JOIN reasons rs ON rs.resource_id = k.id
           GROUP BY k.id, k.download_count, k.created_at
          HAVING ${module}::uuid IS NOT NULL OR count(rs.id) > 0 OR NOT EXISTS (SELECT 1 FROM reasons)
           ORDER BY min(rs.level) ASC NULLS LAST, count(rs.id) DESC, k.download_count DESC, k.created_at DESC, k.id
           LIMIT ${q.limit}`,
    );
  }
}

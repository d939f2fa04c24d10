import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { execute, one, rows, sql } from '../../database/sql';
import { CompetenceArea } from './competence-area.entity';
import { CompetenceProfile } from './competence-profile.entity';
import { Competence } from './competence.entity';
import { ModuleCompetence } from './module-competence.entity';

export type NewArea = Pick<CompetenceArea, 'code' | 'position' | 'title' | 'description'>;
export type NewCompetence = Pick<Competence, 'code' | 'position' | 'title' | 'description' | 'levels'>;

/** Competence profile versions, their areas and competences, and the modules' links to competences. */
@Injectable()
export class CompetencesRepository {
  profiles(db: EntityManager, ids: readonly string[]): Promise<CompetenceProfile[]> {
    return db.getRepository(CompetenceProfile).findBy({ id: In([...ids]) });
  }

  /** Newest first. */
  allProfiles(db: EntityManager): Promise<CompetenceProfile[]> {
    return db.getRepository(CompetenceProfile).find({ order: { version: 'DESC' } });
  }

  /** By id, by version number, or the PUBLISHED one (there is at most one). */
  profile(
    db: EntityManager,
    by: { id: string } | { version: number } | { status: 'PUBLISHED' },
  ): Promise<CompetenceProfile | null> {
    return db.getRepository(CompetenceProfile).findOneBy(by);
  }

  /** The version a new draft copies: the published one, else the newest. */
  async draftSource(db: EntityManager): Promise<CompetenceProfile | null> {
    return (
      (await this.profile(db, { status: 'PUBLISHED' })) ??
      db.getRepository(CompetenceProfile).findOne({ where: {}, order: { version: 'DESC' } })
    );
  }

  lockProfile(db: EntityManager, id: string): Promise<CompetenceProfile | null> {
    return db.getRepository(CompetenceProfile).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Version number of each profile id. */
  async versionNumbers(db: EntityManager, ids: readonly string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const found = await rows<{ id: string; version: number }>(
      db,
      sql`SELECT id, version FROM competence_profile WHERE id = ANY(${[...new Set(ids)]}::uuid[])`,
    );
    return new Map(found.map((p) => [p.id, p.version]));
  }

  /** Areas of the profiles, in order. */
  areas(db: EntityManager, profileIds: readonly string[]): Promise<CompetenceArea[]> {
    return db
      .getRepository(CompetenceArea)
      .find({ where: { profileId: In([...profileIds]) }, order: { position: 'ASC', code: 'ASC' } });
  }

  /** Competences of the profiles, in order. */
  competences(db: EntityManager, profileIds: readonly string[]): Promise<Competence[]> {
    return db
      .getRepository(Competence)
      .find({ where: { profileId: In([...profileIds]) }, order: { position: 'ASC', code: 'ASC' } });
  }

  async competenceCounts(db: EntityManager): Promise<Map<string, number>> {
    const found = await rows<{ id: string; n: number }>(
      db,
      sql`SELECT p.id, (SELECT count(*)::int FROM competence c WHERE c.profile_id = p.id) AS n FROM competence_profile p`,
    );
    return new Map(found.map((r) => [r.id, r.n]));
  }

  async nextVersion(db: EntityManager): Promise<number> {
    return (
      await one<{ next: number }>(db, sql`SELECT coalesce(max(version), 0)::int + 1 AS next FROM competence_profile`)
    ).next;
  }

  /** Inserts a DRAFT version; a second draft fails with the unique violation (one draft at a time). */
  async insertDraft(
    db: EntityManager,
    values: Pick<CompetenceProfile, 'version' | 'scaleLevels' | 'levelNames'>,
  ): Promise<string> {
    const inserted = await db.insert(CompetenceProfile, { ...values, status: 'DRAFT' });
    return inserted.identifiers[0]['id'] as string;
  }

  /** Copies the areas, then the competences (mapped to the copied areas by code) of one version into another. */
  async copyItems(db: EntityManager, fromId: string, toId: string): Promise<void> {
    await execute(
      db,
      sql`INSERT INTO competence_area (profile_id, code, position, title, description)
          SELECT ${toId}, code, position, title, description FROM competence_area WHERE profile_id = ${fromId}`,
    );
    await execute(
      db,
      sql`INSERT INTO competence (profile_id, area_id, code, position, title, description, levels)
          SELECT ${toId}, na.id, c.code, c.position, c.title, c.description, c.levels FROM competence c
            JOIN competence_area oa ON oa.id = c.area_id JOIN competence_area na ON na.profile_id = ${toId} AND na.code = oa.code
           WHERE c.profile_id = ${fromId}`,
    );
  }

  async updateScale(
    db: EntityManager,
    id: string,
    values: Pick<CompetenceProfile, 'scaleLevels' | 'levelNames'>,
  ): Promise<void> {
    await db.update(CompetenceProfile, { id }, values);
  }

  /** Replaces every area and competence of a draft (it has no ratings: rounds use published versions). */
  async replaceItems(
    db: EntityManager,
    profileId: string,
    areas: readonly (NewArea & { competences: NewCompetence[] })[],
  ): Promise<number> {
    await db.delete(CompetenceArea, { profileId });
    const inserted = await db.insert(
      CompetenceArea,
      areas.map(({ competences: _c, ...area }) => ({ profileId, ...area })),
    );
    const competences = areas.flatMap((a, i) =>
      a.competences.map((c) => ({ profileId, areaId: inserted.identifiers[i]['id'] as string, ...c })),
    );
    if (competences.length) await db.insert(Competence, competences);
    return competences.length;
  }

  async saveItems(db: EntityManager, items: (CompetenceArea | Competence)[]): Promise<void> {
    await db.save(items);
  }

  /** The draft becomes PUBLISHED after the published version retires (at most one is PUBLISHED: a partial unique index). */
  async publish(db: EntityManager, id: string): Promise<void> {
    await execute(
      db,
      sql`UPDATE competence_profile SET status = 'RETIRED', updated_at = now() WHERE status = 'PUBLISHED'`,
    );
    await db.update(CompetenceProfile, { id }, { status: 'PUBLISHED', publishedAt: () => 'now()' });
  }

  moduleLinks(db: EntityManager, moduleId: string): Promise<ModuleCompetence[]> {
    return db.getRepository(ModuleCompetence).findBy({ moduleId });
  }

  async setModuleLinks(db: EntityManager, moduleId: string, codes: readonly string[]): Promise<void> {
    await db.delete(ModuleCompetence, { moduleId });
    if (codes.length)
      await db.insert(
        ModuleCompetence,
        codes.map((competenceCode) => ({ moduleId, competenceCode })),
      );
  }
}

import { Injectable } from '@nestjs/common';
import type { ModuleKind, ModuleVersionStatus } from '@tandem/shared-domain';
import { In, type EntityManager } from 'typeorm';
import { execute, maybeOne, one, sql } from '../../database/sql';
import { MaterialEntry, ModuleVersion } from './module-version.entity';
import { Module } from './module.entity';

export type ModuleContent = Partial<
  Pick<
    ModuleVersion,
    | 'title'
    | 'summary'
    | 'learningOutcomes'
    | 'contactHours'
    | 'selfStudyHours'
    | 'deliveryMode'
    | 'changeReason'
    | 'materials'
  >
>;

/** Modules and their versions. A version's lock_version moves with every change of its content. */
@Injectable()
export class ModulesRepository {
  find(db: EntityManager, id: string): Promise<Module | null> {
    return db.getRepository(Module).findOneBy({ id });
  }

  findMany(db: EntityManager, ids: readonly string[]): Promise<Module[]> {
    if (!ids.length) return Promise.resolve([]);
    return db.getRepository(Module).findBy({ id: In([...new Set(ids)]) });
  }

  /** The module row locked FOR UPDATE: one save or publish at a time per module. */
  lock(db: EntityManager, id: string): Promise<Module | null> {
    return db.getRepository(Module).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The edition's modules in programme order: joint by number, then national by country and code. */
  inEdition(
    db: EntityManager,
    editionId: string,
    filter: { kind?: ModuleKind | null; countryCode?: string | null },
  ): Promise<Module[]> {
    const query = db
      .getRepository(Module)
      .createQueryBuilder('m')
      .where('m.edition_id = :editionId', { editionId })
      .orderBy('m.kind', 'ASC')
      .addOrderBy('m.number', 'ASC', 'NULLS LAST')
      .addOrderBy('m.country_code', 'ASC')
      .addOrderBy('m.code', 'ASC');
    if (filter.kind) query.andWhere('m.kind = :kind', { kind: filter.kind });
    if (filter.countryCode) query.andWhere('m.country_code = :country', { country: filter.countryCode });
    return query.getMany();
  }

  versionsOf(
    db: EntityManager,
    moduleIds: readonly string[],
    statuses: readonly ModuleVersionStatus[],
  ): Promise<ModuleVersion[]> {
    if (!moduleIds.length) return Promise.resolve([]);
    return db.getRepository(ModuleVersion).findBy({ moduleId: In([...moduleIds]), status: In([...statuses]) });
  }

  /** The module's version in this status (there is at most one DRAFT and one PUBLISHED). */
  version(db: EntityManager, moduleId: string, status: 'DRAFT' | 'PUBLISHED'): Promise<ModuleVersion | null> {
    return db.getRepository(ModuleVersion).findOneBy({ moduleId, status });
  }

  /** Every version, oldest first. */
  history(db: EntityManager, moduleId: string): Promise<ModuleVersion[]> {
    return db.getRepository(ModuleVersion).find({ where: { moduleId }, order: { version: 'ASC' } });
  }

  hasPublished(db: EntityManager, moduleId: string): Promise<boolean> {
    return db.getRepository(ModuleVersion).existsBy({ moduleId, status: 'PUBLISHED' });
  }

  async highestVersion(db: EntityManager, moduleId: string): Promise<number> {
    const { max } = await one<{ max: number }>(
      db,
      sql`SELECT coalesce(max(version), 0)::int AS max FROM module_version WHERE module_id = ${moduleId}`,
    );
    return max;
  }

  /** Whether any version of the module lists the stored file among its materials. */
  async versionHasFile(db: EntityManager, moduleId: string, fileId: string): Promise<boolean> {
    return !!(await maybeOne(
      db,
      sql`SELECT 1 FROM module_version WHERE module_id = ${moduleId}
             AND materials @> ${JSON.stringify([{ fileId }])}::jsonb LIMIT 1`,
    ));
  }

  /** Inserts the module; a taken code or joint number fails with the unique violation. */
  insertModule(db: EntityManager, values: Pick<Module, 'editionId' | 'kind' | 'number' | 'countryCode' | 'code'>) {
    return db.save(db.create(Module, values));
  }

  insertVersion(
    db: EntityManager,
    values: Omit<ModuleVersion, 'id' | 'module' | 'createdAt' | 'publishedAt' | 'publishedById' | 'lockVersion'> & {
      lockVersion?: number;
    },
  ): Promise<ModuleVersion> {
    return db.save(db.create(ModuleVersion, values));
  }

  /** Changes a version's content if it still has `lockVersion`; answers whether it did. */
  async updateContent(
    db: EntityManager,
    versionId: string,
    lockVersion: number,
    content: ModuleContent,
  ): Promise<boolean> {
    const result = await db
      .createQueryBuilder()
      .update(ModuleVersion)
      .set({ ...content, lockVersion: () => 'lock_version + 1' })
      .where('id = :id AND lock_version = :lock', { id: versionId, lock: lockVersion })
      .execute();
    return !!result.affected;
  }

  async setMaterials(db: EntityManager, versionId: string, materials: MaterialEntry[]): Promise<void> {
    await db
      .createQueryBuilder()
      .update(ModuleVersion)
      .set({ materials, lockVersion: () => 'lock_version + 1' })
      .where('id = :id', { id: versionId })
      .execute();
  }

  /** The published version steps down and the draft takes its place (the partial unique index admits one). */
  async publish(db: EntityManager, moduleId: string, draftId: string, personId: string): Promise<void> {
    await execute(
      db,
      sql`UPDATE module_version SET status = 'SUPERSEDED', lock_version = lock_version + 1
           WHERE module_id = ${moduleId} AND status = 'PUBLISHED'`,
    );
    await execute(
      db,
      sql`UPDATE module_version SET status = 'PUBLISHED', published_at = now(), published_by_id = ${personId},
                 lock_version = lock_version + 1
           WHERE id = ${draftId}`,
    );
  }

  /** The person's preferred language (for module texts), null for an unknown person. */
  async preferredLanguage(db: EntityManager, personId: string): Promise<string | null> {
    const row = await maybeOne<{ preferred_language: string }>(
      db,
      sql`SELECT preferred_language FROM person WHERE id = ${personId}`,
    );
    return row?.preferred_language ?? null;
  }
}

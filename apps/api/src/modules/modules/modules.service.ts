import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isLocale, isProgrammeCountry } from '@tandem/shared-domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { Errors } from '../../common/domain-error';
import { Person } from '../people/person.entity';
import { Edition } from '../programmes/edition.entity';
import { EditionsService } from '../programmes/editions.service';
import { CreateModuleInput, ModuleTextInput, PublishModuleInput, SaveModuleDraftInput } from './dto/module.input';
import { diffVersions, FieldChange } from './module-diff';
import type { ModuleView } from './module.mapper';
import { LocalisedList, LocalisedText, ModuleVersion } from './module-version.entity';
import { Module } from './module.entity';
import type { ModuleFilter } from './dto/module-filter.input';

export interface VersionHistory {
  version: ModuleVersion;
  changes: FieldChange[];
}

/** Who may edit a module: ADMIN for joint modules, the country's COORDINATOR (or ADMIN) for national ones. */
export function canEditModule(viewer: Viewer, module: Pick<Module, 'kind' | 'countryCode'>): boolean {
  return module.kind === 'JOINT'
    ? Access.isAdmin(viewer)
    : Access.can(viewer, 'module.edit', { countryCode: module.countryCode });
}

function textsToColumns(texts: ModuleTextInput[], editionLanguages: string[]) {
  const errors: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  texts.forEach((t, i) => {
    if (seen.has(t.language)) errors.push({ field: `texts.${i}.language`, message: 'appears twice' });
    seen.add(t.language);
    if (!editionLanguages.includes(t.language)) {
      errors.push({
        field: `texts.${i}.language`,
        message: `is not a working language of the edition (${editionLanguages.join(', ')})`,
      });
    }
  });
  const en = texts.find((t) => t.language === 'en');
  if (!en || !en.title.trim()) errors.push({ field: 'texts.en.title', message: 'English title is required' });
  if (errors.length) throw Errors.validation(errors);
  const title: LocalisedText = {};
  const summary: LocalisedText = {};
  const learningOutcomes: LocalisedList = {};
  for (const t of texts) {
    if (t.title.trim()) title[t.language] = t.title.trim();
    if (t.summary.trim()) summary[t.language] = t.summary.trim();
    const outcomes = t.learningOutcomes.map((o) => o.trim()).filter(Boolean);
    if (outcomes.length) learningOutcomes[t.language] = outcomes;
  }
  return { title, summary, learningOutcomes };
}

@Injectable()
export class ModulesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly editions: EditionsService,
    private readonly audit: AuditService,
  ) {}

  async languageOf(viewer: Viewer, asked?: string | null): Promise<string> {
    if (asked) {
      if (!isLocale(asked))
        throw Errors.validation([{ field: 'language', message: 'must be one of en, et, lv, lt, ru' }]);
      return asked;
    }
    const person = await this.db
      .getRepository(Person)
      .findOne({ where: { id: viewer.personId }, select: { id: true, preferredLanguage: true } });
    return person?.preferredLanguage ?? 'en';
  }

  /** Each module as the viewer may see it: published, or (for its editors only) a draft not yet published. */
  private async views(viewer: Viewer, modules: Module[]): Promise<ModuleView[]> {
    if (!modules.length) return [];
    const versions = await this.db.getRepository(ModuleVersion).find({
      where: { moduleId: In(modules.map((m) => m.id)), status: In(['DRAFT', 'PUBLISHED']) },
    });
    return modules.flatMap((module) => {
      const mine = versions.filter((v) => v.moduleId === module.id);
      const published = mine.find((v) => v.status === 'PUBLISHED') ?? null;
      const draft = mine.find((v) => v.status === 'DRAFT') ?? null;
      const canEdit = canEditModule(viewer, module);
      const version = published ?? (canEdit ? draft : null);
      if (!version) return [];
      return [
        {
          module,
          version,
          canEdit,
          draftVersion: draft?.version ?? null,
          publishedVersion: published?.version ?? null,
        },
      ];
    });
  }

  async list(viewer: Viewer, filter: ModuleFilter = {}): Promise<ModuleView[]> {
    const editionId = filter.editionId ?? (await this.editions.current())?.id;
    if (!editionId) return [];
    const qb = this.db
      .getRepository(Module)
      .createQueryBuilder('m')
      .where('m.edition_id = :editionId', { editionId })
      .orderBy('m.kind', 'ASC')
      .addOrderBy('m.number', 'ASC', 'NULLS LAST')
      .addOrderBy('m.country_code', 'ASC')
      .addOrderBy('m.code', 'ASC');
    if (filter.kind) qb.andWhere('m.kind = :kind', { kind: filter.kind });
    if (filter.countryCode) qb.andWhere('m.country_code = :country', { country: filter.countryCode.toUpperCase() });
    let views = await this.views(viewer, await qb.getMany());
    // Text filters apply to the version the viewer sees, so a draft's words never reveal it.
    if (filter.language) views = views.filter((v) => !!v.version.title[filter.language as string]);
    const search = filter.search?.trim().toLowerCase();
    if (search) {
      views = views.filter(
        (v) =>
          v.module.code.toLowerCase().includes(search) ||
          Object.values(v.version.title).some((t) => t?.toLowerCase().includes(search)),
      );
    }
    return views;
  }

  async get(viewer: Viewer, id: string, draft = false): Promise<ModuleView> {
    const module = await this.db.getRepository(Module).findOneBy({ id });
    const [view] = module ? await this.views(viewer, [module]) : [];
    if (!view) throw Errors.notFound('Module');
    if (draft && view.canEdit && view.draftVersion !== null && view.version.status !== 'DRAFT') {
      const d = await this.db.getRepository(ModuleVersion).findOneByOrFail({ moduleId: id, status: 'DRAFT' });
      return { ...view, version: d };
    }
    return view;
  }

  async history(viewer: Viewer, id: string): Promise<VersionHistory[]> {
    const view = await this.get(viewer, id);
    const versions = await this.db
      .getRepository(ModuleVersion)
      .find({ where: { moduleId: id }, order: { version: 'ASC' } });
    const visible = versions.filter((v) => v.status !== 'DRAFT' || view.canEdit);
    return visible.map((v, i) => ({ version: v, changes: diffVersions(i === 0 ? null : visible[i - 1], v) })).reverse();
  }

  async create(viewer: Viewer, input: CreateModuleInput, requestId: string): Promise<string> {
    const fieldErrors: { field: string; message: string }[] = [];
    if (input.kind === 'JOINT') {
      if (input.number === undefined)
        fieldErrors.push({ field: 'number', message: 'is required for a joint module (1, 2 or 3)' });
      if (input.countryCode) fieldErrors.push({ field: 'countryCode', message: 'must be empty for a joint module' });
    } else {
      if (!input.countryCode || !isProgrammeCountry(input.countryCode.toUpperCase())) {
        fieldErrors.push({ field: 'countryCode', message: 'must be EE, LV or LT for a national module' });
      }
      if (input.number !== undefined)
        fieldErrors.push({ field: 'number', message: 'must be empty for a national module' });
    }
    if (!input.texts) fieldErrors.push({ field: 'texts', message: 'an English title is required' });
    if (input.contactHours === undefined) fieldErrors.push({ field: 'contactHours', message: 'is required' });
    if (input.selfStudyHours === undefined) fieldErrors.push({ field: 'selfStudyHours', message: 'is required' });
    if (!input.deliveryMode) fieldErrors.push({ field: 'deliveryMode', message: 'is required' });
    if (fieldErrors.length) throw Errors.validation(fieldErrors);

    const countryCode = input.kind === 'NATIONAL' ? (input.countryCode as string).toUpperCase() : null;
    if (!canEditModule(viewer, { kind: input.kind, countryCode })) throw Errors.forbidden();

    return this.db.transaction(async (manager) => {
      const edition = await manager.getRepository(Edition).findOneBy({ id: input.editionId });
      if (!edition) throw Errors.notFound('Edition');
      const columns = textsToColumns(input.texts as ModuleTextInput[], edition.languages);
      let module: Module;
      try {
        module = await manager.save(
          manager.create(Module, {
            editionId: edition.id,
            kind: input.kind,
            number: input.number ?? null,
            countryCode,
            code: input.code,
          }),
        );
      } catch (e) {
        if (pgErrorCode(e) === PG_UNIQUE_VIOLATION) {
          throw Errors.conflict(
            input.kind === 'JOINT' && (e as Error).message.includes('uq_module_joint_number')
              ? `Joint module ${input.number} already exists in this edition.`
              : `A module with the code ${input.code} already exists in this edition.`,
          );
        }
        throw e;
      }
      await manager.insert(ModuleVersion, {
        moduleId: module.id,
        version: 1,
        status: 'DRAFT',
        ...columns,
        contactHours: input.contactHours,
        selfStudyHours: input.selfStudyHours,
        deliveryMode: input.deliveryMode,
        createdById: viewer.personId,
      });
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'createModule',
        targetType: 'Module',
        targetId: module.id,
        summary: `Created ${input.kind.toLowerCase()} module ${module.code}: ${columns.title['en']}`,
        requestId,
      });
      return module.id;
    });
  }

  /**
   * Every edit of a module (texts, materials) goes through here: the module locked, and its draft,
   * started as version n+1 from the published one when there is none. `lockVersion` must match
   * the version the edit started from; a stale one gets CONFLICT, never a lost update.
   */
  async lockDraft(
    manager: EntityManager,
    viewer: Viewer,
    moduleId: string,
    lockVersion: number,
  ): Promise<{ module: Module; draft: ModuleVersion; started: boolean }> {
    const module = await this.lockForEdit(manager, viewer, moduleId);
    const versions = manager.getRepository(ModuleVersion);
    const draft = await versions.findOneBy({ moduleId, status: 'DRAFT' });
    const base = draft ?? (await versions.findOneBy({ moduleId, status: 'PUBLISHED' }));
    if (!base) throw Errors.notFound('Module version');
    if (base.lockVersion !== lockVersion) {
      throw Errors.conflict(
        'Someone else saved this module since you opened it. Reload to see their changes, then make yours again.',
      );
    }
    if (draft) return { module, draft, started: false };
    const { max } = await versions
      .createQueryBuilder('v')
      .select('max(v.version)', 'max')
      .where('v.module_id = :id', { id: moduleId })
      .getRawOne();
    const created = versions.create({
      moduleId,
      version: Number(max) + 1,
      status: 'DRAFT',
      title: base.title,
      summary: base.summary,
      learningOutcomes: base.learningOutcomes,
      contactHours: base.contactHours,
      selfStudyHours: base.selfStudyHours,
      deliveryMode: base.deliveryMode,
      materials: base.materials,
      changeReason: null,
      createdById: viewer.personId,
      lockVersion: base.lockVersion + 1,
    });
    // Past the base's lock version: a second editor still holding the published version's number
    // must get CONFLICT, not silently overwrite this new draft.
    return { module, draft: await versions.save(created), started: true };
  }

  /** Locks the module row and checks the viewer may edit it: one save or publish at a time per module. */
  private async lockForEdit(manager: EntityManager, viewer: Viewer, moduleId: string): Promise<Module> {
    const module = await manager
      .getRepository(Module)
      .findOne({ where: { id: moduleId }, lock: { mode: 'pessimistic_write' } });
    if (!module) throw Errors.notFound('Module');
    if (!canEditModule(viewer, module)) {
      // Readers must not learn that an unpublished module exists.
      const published = await manager.getRepository(ModuleVersion).existsBy({ moduleId, status: 'PUBLISHED' });
      throw published ? Errors.forbidden() : Errors.notFound('Module');
    }
    return module;
  }

  async saveDraft(viewer: Viewer, input: SaveModuleDraftInput, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const { module, draft, started } = await this.lockDraft(manager, viewer, input.moduleId, input.lockVersion);
      const edition = await manager.getRepository(Edition).findOneByOrFail({ id: module.editionId });
      const content = {
        ...(input.texts ? textsToColumns(input.texts, edition.languages) : {}),
        ...(input.contactHours !== undefined ? { contactHours: input.contactHours } : {}),
        ...(input.selfStudyHours !== undefined ? { selfStudyHours: input.selfStudyHours } : {}),
        ...(input.deliveryMode ? { deliveryMode: input.deliveryMode } : {}),
        ...(input.changeReason !== undefined ? { changeReason: input.changeReason.trim() || null } : {}),
      };
      // The module row is locked, so the lock-version condition only guards against a bug.
      const result = await manager
        .createQueryBuilder()
        .update(ModuleVersion)
        .set({ ...content, lockVersion: () => 'lock_version + 1' })
        .where('id = :id AND lock_version = :lock', { id: draft.id, lock: draft.lockVersion })
        .execute();
      if (!result.affected) throw Errors.conflict('Someone else saved this module since you opened it.');
      const summary = started
        ? `Started draft version ${draft.version} of ${module.code}`
        : `Saved draft version ${draft.version} of ${module.code}`;
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'saveModuleDraft',
        targetType: 'Module',
        targetId: module.id,
        summary,
        requestId,
      });
    });
  }

  async publish(viewer: Viewer, input: PublishModuleInput, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const module = await this.lockForEdit(manager, viewer, input.moduleId);
      const versions = manager.getRepository(ModuleVersion);
      const draft = await versions.findOneBy({ moduleId: module.id, status: 'DRAFT' });
      if (!draft) throw Errors.conflict('There is no draft to publish: the module is already published as it is.');
      if (draft.lockVersion !== input.lockVersion) {
        throw Errors.conflict('Someone else saved this draft since you opened it. Reload before publishing.');
      }
      if (draft.version > 1 && !draft.changeReason) {
        throw Errors.validation([
          { field: 'changeReason', message: 'say why this version changes the previous one before publishing it' },
        ]);
      }
      await versions.update({ moduleId: module.id, status: 'PUBLISHED' }, { status: 'SUPERSEDED' });
      await manager
        .createQueryBuilder()
        .update(ModuleVersion)
        .set({
          status: 'PUBLISHED',
          publishedAt: () => 'now()',
          publishedById: viewer.personId,
          lockVersion: () => 'lock_version + 1',
        })
        .where('id = :id', { id: draft.id })
        .execute();
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'publishModule',
        targetType: 'Module',
        targetId: module.id,
        summary: `Published version ${draft.version} of ${module.code}${draft.changeReason ? `: ${draft.changeReason}` : ''}`,
        requestId,
      });
    });
  }
}

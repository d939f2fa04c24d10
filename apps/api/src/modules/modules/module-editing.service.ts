import type { FieldError } from '@tandem/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isProgrammeCountry } from '@tandem/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { DomainError, Errors } from '../../common/domain-error';
import { EditionsService } from '../programmes/editions.service';
import { CreateModuleInput, ModuleTextInput, PublishModuleInput, SaveModuleDraftInput } from './dto/module.input';
import { canEditModule } from './module-access';
import { textsToColumns } from './module-texts';
import type { ModuleVersion } from './module-version.entity';
import type { Module } from './module.entity';
import { ModulesRepository } from './modules.repository';
import { invalid } from '../../common/field-error';

export const staleModule = (message = 'Someone else saved this module since you opened it.') =>
  new DomainError('STALE_WRITE', message);

function createErrors(input: CreateModuleInput): FieldError[] {
  const errors: FieldError[] = [];
  if (input.kind === 'JOINT') {
    if (input.number === undefined) errors.push(invalid('number', 'jointModuleNumberRequired'));
    if (input.countryCode) errors.push(invalid('countryCode', 'emptyForJoint'));
  } else {
    if (!input.countryCode || !isProgrammeCountry(input.countryCode.toUpperCase())) {
      errors.push(invalid('countryCode', 'nationalCountry'));
    }
    if (input.number !== undefined) errors.push(invalid('number', 'emptyForNational'));
  }
  if (!input.texts) errors.push(invalid('texts', 'englishTitle'));
  if (input.contactHours === undefined) errors.push(invalid('contactHours', 'required'));
  if (input.selfStudyHours === undefined) errors.push(invalid('selfStudyHours', 'required'));
  if (!input.deliveryMode) errors.push(invalid('deliveryMode', 'required'));
  return errors;
}

/**
 * Creating, editing and publishing modules. Every edit (texts, materials) goes through the module's
 * row lock and its draft (version n+1, started from the published one); publishing supersedes the
 * published version. A stale lockVersion is STALE_WRITE, never a lost update.
 */
@Injectable()
export class ModuleEditingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly modules: ModulesRepository,
    private readonly editions: EditionsService,
    private readonly audit: AuditService,
  ) {}

  async create(viewer: Viewer, input: CreateModuleInput, requestId: string): Promise<string> {
    const fieldErrors = createErrors(input);
    if (fieldErrors.length) throw Errors.validation(fieldErrors);
    const countryCode = input.kind === 'NATIONAL' ? (input.countryCode as string).toUpperCase() : null;
    if (!canEditModule(viewer, { kind: input.kind, countryCode })) throw Errors.forbidden();

    return this.db.transaction(async (manager) => {
      const edition = await this.editions.get(input.editionId, manager);
      const columns = textsToColumns(input.texts as ModuleTextInput[], edition.languages);
      let module: Module;
      try {
        module = await this.modules.insertModule(manager, {
          editionId: edition.id,
          kind: input.kind,
          number: input.number ?? null,
          countryCode,
          code: input.code,
        });
      } catch (e) {
        if (pgErrorCode(e) === PG_UNIQUE_VIOLATION) {
          throw input.kind === 'JOINT' && (e as Error).message.includes('uq_module_joint_number')
            ? new DomainError(
                'DUPLICATE_JOINT_MODULE',
                `Joint module ${input.number} already exists in this edition.`,
                {
                  number: input.number as number,
                },
              )
            : new DomainError(
                'DUPLICATE_MODULE_CODE',
                `A module with the code ${input.code} already exists in this edition.`,
                { moduleCode: input.code },
              );
        }
        throw e;
      }
      await this.modules.insertVersion(manager, {
        moduleId: module.id,
        version: 1,
        status: 'DRAFT',
        ...columns,
        materials: [],
        contactHours: input.contactHours as number,
        selfStudyHours: input.selfStudyHours as number,
        deliveryMode: input.deliveryMode as ModuleVersion['deliveryMode'],
        changeReason: null,
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
   * the version the edit started from; a stale one gets STALE_WRITE, never a lost update.
   */
  async lockDraft(
    manager: EntityManager,
    viewer: Viewer,
    moduleId: string,
    lockVersion: number,
  ): Promise<{ module: Module; draft: ModuleVersion; started: boolean }> {
    const module = await this.lockForEdit(manager, viewer, moduleId);
    const draft = await this.modules.version(manager, moduleId, 'DRAFT');
    const base = draft ?? (await this.modules.version(manager, moduleId, 'PUBLISHED'));
    if (!base) throw Errors.notFound('Module version');
    if (base.lockVersion !== lockVersion)
      throw staleModule(
        'Someone else saved this module since you opened it. Reload to see their changes, then make yours again.',
      );
    if (draft) return { module, draft, started: false };
    // Past the base's lock version: a second editor still holding the published version's number
    // must get STALE_WRITE, not silently overwrite this new draft.
    const started = await this.modules.insertVersion(manager, {
      moduleId,
      version: (await this.modules.highestVersion(manager, moduleId)) + 1,
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
    return { module, draft: started, started: true };
  }

  /**
   * Locks the module row and checks the viewer may edit it: one save or publish at a time per module.
   * Readers get FORBIDDEN; to everyone else an unpublished module does not exist (NOT_FOUND).
   */
  async lockForEdit(manager: EntityManager, viewer: Viewer, moduleId: string): Promise<Module> {
    const module = await this.modules.lock(manager, moduleId);
    if (!module) throw Errors.notFound('Module');
    if (!canEditModule(viewer, module)) {
      // Readers must not learn that an unpublished module exists.
      throw (await this.modules.hasPublished(manager, moduleId)) ? Errors.forbidden() : Errors.notFound('Module');
    }
    return module;
  }

  async saveDraft(viewer: Viewer, input: SaveModuleDraftInput, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const { module, draft, started } = await this.lockDraft(manager, viewer, input.moduleId, input.lockVersion);
      const edition = await this.editions.get(module.editionId, manager);
      const content = {
        ...(input.texts ? textsToColumns(input.texts, edition.languages) : {}),
        ...(input.contactHours !== undefined ? { contactHours: input.contactHours } : {}),
        ...(input.selfStudyHours !== undefined ? { selfStudyHours: input.selfStudyHours } : {}),
        ...(input.deliveryMode ? { deliveryMode: input.deliveryMode } : {}),
        ...(input.changeReason !== undefined ? { changeReason: input.changeReason.trim() || null } : {}),
      };
      // The module row is locked, so the lock-version condition only guards against a bug.
      if (!(await this.modules.updateContent(manager, draft.id, draft.lockVersion, content))) throw staleModule();
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
      const draft = await this.modules.version(manager, module.id, 'DRAFT');
      if (!draft)
        throw new DomainError(
          'NOTHING_TO_PUBLISH',
          'There is no draft to publish: the module is already published as it is.',
        );
      if (draft.lockVersion !== input.lockVersion)
        throw staleModule('Someone else saved this draft since you opened it. Reload before publishing.');
      if (draft.version > 1 && !draft.changeReason) {
        throw Errors.validation([invalid('changeReason', 'changeReason')]);
      }
      await this.modules.publish(manager, module.id, draft.id, viewer.personId);
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

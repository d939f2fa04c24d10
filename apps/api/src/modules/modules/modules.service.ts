import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isLocale } from '@tandem/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { EditionsService } from '../programmes/editions.service';
import type { ModuleFilter } from './dto/module-filter.input';
import { canEditModule } from './module-access';
import { diffVersions, FieldChange } from './module-diff';
import type { ModuleVersion } from './module-version.entity';
import type { Module } from './module.entity';
import type { ModuleView } from './module.mapper';
import { ModulesRepository } from './modules.repository';
import { invalid } from '../../common/field-error';

// Other modules import the rule from here.
export { canEditModule } from './module-access';

export interface VersionHistory {
  version: ModuleVersion;
  changes: FieldChange[];
}

/** Reading modules: each as the viewer may see it (published; for its editors also the draft). Editing: ModuleEditingService. */
@Injectable()
export class ModulesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly modules: ModulesRepository,
    private readonly editions: EditionsService,
  ) {}

  async languageOf(viewer: Viewer, asked?: string | null): Promise<string> {
    if (asked) {
      if (!isLocale(asked)) throw Errors.validation([invalid('language', 'language')]);
      return asked;
    }
    return (await this.modules.preferredLanguage(this.db.manager, viewer.personId)) ?? 'en';
  }

  /** Each module as the viewer may see it: published, or (for its editors only) a draft not yet published. */
  private async views(viewer: Viewer, modules: Module[]): Promise<ModuleView[]> {
    if (!modules.length) return [];
    const versions = await this.modules.versionsOf(
      this.db.manager,
      modules.map((m) => m.id),
      ['DRAFT', 'PUBLISHED'],
    );
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
    const editionId = filter.editionId ?? (await this.editions.currentId());
    if (!editionId) return [];
    const modules = await this.modules.inEdition(this.db.manager, editionId, {
      kind: filter.kind,
      countryCode: filter.countryCode?.toUpperCase(),
    });
    let views = await this.views(viewer, modules);
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
    const module = await this.modules.find(this.db.manager, id);
    const [view] = module ? await this.views(viewer, [module]) : [];
    if (!view) throw Errors.notFound('Module');
    if (draft && view.canEdit && view.draftVersion !== null && view.version.status !== 'DRAFT') {
      const d = (await this.modules.version(this.db.manager, id, 'DRAFT')) as ModuleVersion;
      return { ...view, version: d };
    }
    return view;
  }

  async history(viewer: Viewer, id: string): Promise<VersionHistory[]> {
    const view = await this.get(viewer, id);
    const versions = await this.modules.history(this.db.manager, id);
    const visible = versions.filter((v) => v.status !== 'DRAFT' || view.canEdit);
    return visible.map((v, i) => ({ version: v, changes: diffVersions(i === 0 ? null : visible[i - 1], v) })).reverse();
  }

  /** The modules with these ids, whoever may see them (the caller applies its own rule). */
  byIds(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<Module[]> {
    return this.modules.findMany(manager, ids);
  }

  /** The PUBLISHED version of each of these modules that has one. */
  publishedVersions(moduleIds: readonly string[], manager: EntityManager = this.db.manager): Promise<ModuleVersion[]> {
    return this.modules.versionsOf(manager, [...new Set(moduleIds)], ['PUBLISHED']);
  }

  /** The version new work attaches to (an assignment): the published one, else the draft. */
  async workingVersion(manager: EntityManager, moduleId: string): Promise<ModuleVersion | null> {
    return (
      (await this.modules.version(manager, moduleId, 'PUBLISHED')) ??
      (await this.modules.version(manager, moduleId, 'DRAFT'))
    );
  }
}

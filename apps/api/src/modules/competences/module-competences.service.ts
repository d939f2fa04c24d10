import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { canEditModule, ModulesService } from '../modules/modules.service';
import type { ProfileView } from './competence-profile.mapper';
import { CompetencesRepository } from './competences.repository';
import { CompetencesService } from './competences.service';
import type { SetModuleCompetencesInput } from './dto/module-competences.input';
import { invalid } from '../../common/field-error';

export interface ModuleCompetencesView {
  moduleId: string;
  canEdit: boolean;
  profile: ProfileView | null;
  codes: string[];
}

/** Which competences a module develops: read by whoever may read the module, set by its editors. */
@Injectable()
export class ModuleCompetencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly modules: ModulesService,
    private readonly competences: CompetencesService,
    private readonly repository: CompetencesRepository,
    private readonly audit: AuditService,
  ) {}

  async get(viewer: Viewer, moduleId: string): Promise<ModuleCompetencesView> {
    const view = await this.modules.get(viewer, moduleId);
    const links = await this.repository.moduleLinks(this.db.manager, moduleId);
    const profile = await this.competences.published();
    return {
      moduleId,
      canEdit: canEditModule(viewer, view.module),
      profile,
      codes: links.map((l) => l.competenceCode),
    };
  }

  async set(viewer: Viewer, input: SetModuleCompetencesInput, requestId: string): Promise<void> {
    const view = await this.modules.get(viewer, input.moduleId);
    if (!canEditModule(viewer, view.module))
      throw Errors.forbidden('Only the module’s editors link it to competences.');
    const profile = await this.competences.published();
    const known = new Set(profile?.areas.flatMap((a) => a.competences.map((c) => c.code)) ?? []);
    const codes = [...new Set(input.competenceCodes)];
    const unknown = input.competenceCodes.map((code, i) => ({ code, i })).filter((x) => !known.has(x.code));
    if (unknown.length)
      throw Errors.validation(unknown.map((x) => invalid(`competenceCodes.${x.i}`, 'notProfileCompetence')));
    await this.db.transaction(async (manager) => {
      await this.repository.setModuleLinks(manager, input.moduleId, codes);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'setModuleCompetences',
        targetType: 'Module',
        targetId: input.moduleId,
        summary: `Linked module ${view.module.code} to ${codes.length ? codes.join(', ') : 'no competences'}`,
        requestId,
      });
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { displayNames } from '../../database/display-names';
import type { Module } from '../modules/module.entity';
import { ModulesService } from '../modules/modules.service';
import { EditionsService } from '../programmes/editions.service';
import { NationalProgrammeView, ProgrammeItemView } from './national-programme.mapper';
import type { NationalProgramme } from './national-programme.entity';
import { NationalProgrammesRepository } from './national-programmes.repository';

/** The country's COORDINATOR, or an ADMIN, makes and submits its programme. */
export function canEditNationalProgramme(viewer: Viewer, countryCode: string): boolean {
  return Access.can(viewer, 'nationalProgramme.edit', { countryCode });
}

/**
 * Reading national programmes: the revisions a viewer may see (every revision for the country's
 * editors and programme-wide readers, the approved ones for everyone else). Changes:
 * NationalProgrammeWorkflowService.
 */
@Injectable()
export class NationalProgrammesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly programmes: NationalProgrammesRepository,
    private readonly editions: EditionsService,
    private readonly modules: ModulesService,
  ) {}

  /** The revisions of an edition the viewer may see (filtered in SQL), per country newest first. */
  private visibleRevisions(viewer: Viewer, editionId: string, countryCode?: string): Promise<NationalProgramme[]> {
    const full = Access.countries(viewer, 'nationalProgramme.readDrafts');
    return this.programmes.revisions(this.db.manager, editionId, full, countryCode);
  }

  /** Items (with each module's published version), names and the viewer's capabilities, in a fixed number of queries. */
  private async views(
    viewer: Viewer,
    shown: NationalProgramme[],
    revisionsOf: (p: NationalProgramme) => NationalProgramme[],
  ): Promise<NationalProgrammeView[]> {
    if (!shown.length) return [];
    const items = await this.programmes.items(
      this.db.manager,
      shown.map((p) => p.id),
    );
    const versions = await this.modules.publishedVersions(items.map((i) => i.moduleId));
    const versionOf = new Map(versions.map((v) => [v.moduleId, v]));
    const names = await displayNames(
      this.db.manager,
      shown
        .flatMap((p) => revisionsOf(p))
        .flatMap((r) => [r.submittedById, r.decidedById])
        .filter((id): id is string => !!id),
    );
    return shown.map((programme) => {
      const revisions = revisionsOf(programme);
      const own: ProgrammeItemView[] = items
        .filter((i) => i.programmeId === programme.id)
        .map((i) => ({ position: i.position, module: i.module as Module, version: versionOf.get(i.moduleId) ?? null }));
      const editor = canEditNationalProgramme(viewer, programme.countryCode);
      // Editors read every revision, so the newest one they see is the newest there is.
      const newest = editor && revisions[0]?.id === programme.id;
      return {
        programme,
        items: own,
        revisions,
        names,
        full: Access.can(viewer, 'nationalProgramme.readDrafts', { countryCode: programme.countryCode }),
        canEdit: newest && programme.status !== 'SUBMITTED',
        canSubmit: newest && (programme.status === 'DRAFT' || programme.status === 'RETURNED') && own.length > 0,
        canDecide: Access.isAdmin(viewer) && programme.status === 'SUBMITTED',
      };
    });
  }

  /**
   * One programme per country of the edition: the newest revision for those who read everything of
   * that country (the one being worked on), the revision in force for everyone else.
   */
  async list(viewer: Viewer, editionId?: string): Promise<NationalProgrammeView[]> {
    const id = editionId ?? (await this.editions.currentId());
    if (!id) return [];
    if (editionId) await this.editions.get(id); // NOT_FOUND for an unknown edition
    const revisions = await this.visibleRevisions(viewer, id);
    const byCountry = new Map<string, NationalProgramme[]>();
    for (const r of revisions) byCountry.set(r.countryCode, [...(byCountry.get(r.countryCode) ?? []), r]);
    const shown = [...byCountry.values()].map((rs) => rs[0]);
    return this.views(viewer, shown, (p) => byCountry.get(p.countryCode) ?? []);
  }

  /** Any revision the viewer may see, with the history of its country's programme. */
  async get(viewer: Viewer, id: string): Promise<NationalProgrammeView> {
    const programme = await this.programmes.find(this.db.manager, id);
    if (!programme) throw Errors.notFound('National programme');
    const revisions = await this.visibleRevisions(viewer, programme.editionId, programme.countryCode);
    if (!revisions.some((r) => r.id === id)) throw Errors.notFound('National programme');
    const [view] = await this.views(viewer, [programme], () => revisions);
    return view;
  }
}

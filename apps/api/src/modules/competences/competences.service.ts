import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { Access } from '../../auth/access';
import { Errors } from '../../common/domain-error';
import type { CompetenceProfile } from './competence-profile.entity';
import type { Competence } from './competence.entity';
import type { ProfileView } from './competence-profile.mapper';
import { CompetencesRepository } from './competences.repository';

/** Reads profile versions. Editing lives in CompetenceProfileEditorService. */
@Injectable()
export class CompetencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly competences: CompetencesRepository,
  ) {}

  /**
   * Whole profile versions (areas and competences in order), three queries for any number of
   * versions, one after the other: `manager` may be a transaction's, whose client runs one query at a time.
   */
  async byIds(ids: string[], manager: EntityManager = this.db.manager): Promise<Map<string, ProfileView>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const profiles = await this.competences.profiles(manager, unique);
    const areas = await this.competences.areas(manager, unique);
    const competences = await this.competences.competences(manager, unique);
    const byArea = new Map<string, Competence[]>();
    for (const c of competences) byArea.set(c.areaId, [...(byArea.get(c.areaId) ?? []), c]);
    return new Map(
      profiles.map((profile) => [
        profile.id,
        {
          profile,
          areas: areas
            .filter((a) => a.profileId === profile.id)
            .map((area) => ({ area, competences: byArea.get(area.id) ?? [] })),
        },
      ]),
    );
  }

  async view(id: string, manager?: EntityManager): Promise<ProfileView> {
    const view = (await this.byIds([id], manager)).get(id);
    if (!view) throw Errors.notFound('Competence profile');
    return view;
  }

  /**
   * The profile a viewer reads: a given version, else the PUBLISHED one. Drafts are ADMIN's only
   * (NOT_FOUND for everyone else, so unpublished work does not leak).
   */
  async get(viewer: Viewer, version?: number | null): Promise<ProfileView> {
    const profile = await this.competences.profile(this.db.manager, version ? { version } : { status: 'PUBLISHED' });
    if (!profile || (profile.status === 'DRAFT' && !Access.isAdmin(viewer)))
      throw Errors.notFound('Competence profile');
    return this.view(profile.id);
  }

  /** The PUBLISHED version as a whole, or null before the first is published. */
  async published(): Promise<ProfileView | null> {
    const profile = await this.competences.profile(this.db.manager, { status: 'PUBLISHED' });
    return profile ? this.view(profile.id) : null;
  }

  /** A profile version by id, or the PUBLISHED one (for opening a round). */
  find(manager: EntityManager, id?: string | null): Promise<CompetenceProfile | null> {
    return this.competences.profile(manager, id ? { id } : { status: 'PUBLISHED' });
  }

  /** The version number of each profile id. */
  versionNumbers(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<Map<string, number>> {
    return this.competences.versionNumbers(manager, ids);
  }

  async summaries(): Promise<{ profile: CompetenceProfile; competenceCount: number }[]> {
    const counts = await this.competences.competenceCounts(this.db.manager);
    const profiles = await this.competences.allProfiles(this.db.manager);
    return profiles.map((profile) => ({ profile, competenceCount: counts.get(profile.id) ?? 0 }));
  }
}

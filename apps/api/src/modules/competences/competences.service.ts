import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { Access } from '../../auth/access';
import { Errors } from '../../common/domain-error';
import { CompetenceArea } from './competence-area.entity';
import { CompetenceProfile } from './competence-profile.entity';
import { Competence } from './competence.entity';
import type { ProfileView } from './competence-profile.mapper';

/** Reads profile versions. Editing lives in CompetenceProfileEditorService. */
@Injectable()
export class CompetencesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whole profile versions (areas and competences in order), three queries for any number of versions. */
  async byIds(ids: string[], manager: EntityManager = this.db.manager): Promise<Map<string, ProfileView>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const [profiles, areas, competences] = await Promise.all([
      manager.getRepository(CompetenceProfile).findBy({ id: In(unique) }),
      manager
        .getRepository(CompetenceArea)
        .find({ where: { profileId: In(unique) }, order: { position: 'ASC', code: 'ASC' } }),
      manager
        .getRepository(Competence)
        .find({ where: { profileId: In(unique) }, order: { position: 'ASC', code: 'ASC' } }),
    ]);
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
    const repo = this.db.getRepository(CompetenceProfile);
    const profile = version ? await repo.findOneBy({ version }) : await repo.findOneBy({ status: 'PUBLISHED' });
    if (!profile || (profile.status === 'DRAFT' && !Access.isAdmin(viewer)))
      throw Errors.notFound('Competence profile');
    return this.view(profile.id);
  }

  async summaries(): Promise<{ profile: CompetenceProfile; competenceCount: number }[]> {
    const rows: { id: string; n: number }[] = await this.db.query(
      `SELECT p.id, (SELECT count(*)::int FROM competence c WHERE c.profile_id = p.id) AS n FROM competence_profile p`,
    );
    const profiles = await this.db.getRepository(CompetenceProfile).find({ order: { version: 'DESC' } });
    const counts = new Map(rows.map((r) => [r.id, r.n]));
    return profiles.map((profile) => ({ profile, competenceCount: counts.get(profile.id) ?? 0 }));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import type { Organisation } from '../organisations/organisation.entity';
import type { Person } from './person.entity';
import { TutorProfile } from './tutor-profile.entity';

/** A tutor as loaded for one viewer: profile, account, employer, and whether the viewer may read the e-mail. */
export interface TutorView {
  profile: TutorProfile;
  person: Person;
  organisation: Organisation;
  contactVisible: boolean;
}

/**
 * Loads tutors with their employer in one query and decides, per viewer, whose contact details show
 * (Access.canReadContact). Every list of tutors in the API goes through here.
 */
@Injectable()
export class TutorsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private query(manager: EntityManager): SelectQueryBuilder<TutorProfile> {
    return manager
      .getRepository(TutorProfile)
      .createQueryBuilder('tp')
      .innerJoinAndSelect('tp.person', 'p')
      .innerJoinAndSelect('tp.organisation', 'o')
      .orderBy('p.family_name', 'ASC')
      .addOrderBy('p.given_name', 'ASC')
      .addOrderBy('p.id', 'ASC');
  }

  /** The viewer's partners in ACTIVE or COMPLETED tandems (a FORMING invitation does not share e-mails yet). */
  private async partnersOf(manager: EntityManager, viewer: Viewer): Promise<Set<string>> {
    if (!Access.allows(viewer, 'tutor.self')) return new Set();
    const rows: { person_id: string }[] = await manager.query(
      `SELECT other.person_id
         FROM tandem_member me
         JOIN tandem_member other ON other.tandem_id = me.tandem_id AND other.person_id <> me.person_id
        WHERE me.person_id = $1 AND me.tandem_status IN ('ACTIVE', 'COMPLETED')`,
      [viewer.personId],
    );
    return new Set(rows.map((r) => r.person_id));
  }

  private async views(manager: EntityManager, viewer: Viewer, profiles: TutorProfile[]): Promise<TutorView[]> {
    const partners = profiles.length ? await this.partnersOf(manager, viewer) : new Set<string>();
    return profiles.map((profile) => {
      const person = profile.person as Person;
      const organisation = profile.organisation as Organisation;
      return {
        profile,
        person,
        organisation,
        contactVisible: Access.canReadContact(viewer, {
          countryCode: organisation.countryCode,
          organisationId: organisation.id,
          personId: person.id,
          memberIds: partners.has(person.id) ? [viewer.personId] : [],
        }),
      };
    });
  }

  /** Tutors by person id; ids without a tutor profile are left out. */
  async byIds(
    viewer: Viewer,
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, TutorView>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const profiles = await this.query(manager).where('tp.person_id IN (:...ids)', { ids: unique }).getMany();
    return new Map((await this.views(manager, viewer, profiles)).map((v) => [v.person.id, v]));
  }

  /** The tutors employed by an organisation, by name. */
  async ofOrganisation(viewer: Viewer, organisationId: string): Promise<TutorView[]> {
    const profiles = await this.query(this.db.manager)
      .where('tp.organisation_id = :organisationId', { organisationId })
      .getMany();
    return this.views(this.db.manager, viewer, profiles);
  }

  /**
   * Tutors of a country who take part in an edition and are in no non-dissolved tandem of it (for
   * coordinators pairing people).
   */
  async unpaired(viewer: Viewer, editionId: string, countryCode: string): Promise<TutorView[]> {
    const profiles = await this.query(this.db.manager)
      .innerJoin('tutor_participation', 'tpart', 'tpart.person_id = tp.person_id AND tpart.edition_id = :editionId', {
        editionId,
      })
      .where('o.country_code = :countryCode', { countryCode })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM tandem_member m WHERE m.edition_id = :editionId AND m.person_id = tp.person_id AND m.tandem_status <> 'DISSOLVED')`,
      )
      .getMany();
    return this.views(this.db.manager, viewer, profiles);
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import type { Organisation } from '../organisations/organisation.entity';
import type { Person } from './person.entity';
import type { TutorProfile } from './tutor-profile.entity';
import { TutorsRepository } from './tutors.repository';

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
  constructor(private readonly repository: TutorsRepository) {}

  /** The viewer's partners in ACTIVE or COMPLETED tandems (a FORMING invitation does not share e-mails yet). */
  private async partnersOf(manager: EntityManager, viewer: Viewer): Promise<Set<string>> {
    if (!Access.allows(viewer, 'tutor.self')) return new Set();
    return new Set(await this.repository.partners(manager, viewer.personId));
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
    manager: EntityManager = this.repository.manager,
  ): Promise<Map<string, TutorView>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const profiles = await this.repository.byPersonIds(manager, unique);
    return new Map((await this.views(manager, viewer, profiles)).map((v) => [v.person.id, v]));
  }

  /** The tutors employed by an organisation, by name. */
  async ofOrganisation(viewer: Viewer, organisationId: string): Promise<TutorView[]> {
    const profiles = await this.repository.ofOrganisation(organisationId);
    return this.views(this.repository.manager, viewer, profiles);
  }

  /**
   * Tutors of a country who take part in an edition and are in no non-dissolved tandem of it (for
   * coordinators pairing people).
   */
  async unpaired(viewer: Viewer, editionId: string, countryCode: string): Promise<TutorView[]> {
    const profiles = await this.repository.unpaired(editionId, countryCode);
    return this.views(this.repository.manager, viewer, profiles);
  }
}

import { Access } from '../../auth/access';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import type { TutorView } from '../people/tutors.service';
import { TutorsService } from '../people/tutors.service';
import type { OrganisationFilter } from './dto/organisations.args';
import type { Organisation } from './organisation.entity';
import { OrganisationsRepository } from './organisations.repository';

export interface OrganisationDetailView {
  organisation: Organisation;
  cluster: Organisation[];
  tutors: TutorView[];
}

/** The network directory. Names, kinds and places of organisations are public to every signed-in person. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly repository: OrganisationsRepository,
    private readonly tutors: TutorsService,
  ) {}

  /** A keyset page on (name, id), filtered in SQL; totalCount counts the whole filtered list. */
  async directory(
    given: OrganisationFilter | null | undefined,
    first: number,
    after?: string,
  ): Promise<Page<Organisation>> {
    // `filter: null` is a valid GraphQL argument: no filter.
    const filter = given ?? {};
    const cursor = after ? decodeCursor(after, ['text', 'uuid']) : null;
    const { rows, totalCount } = await this.repository.page(
      filter,
      first,
      cursor ? { name: cursor[0], id: cursor[1] } : undefined,
    );
    return toPage(
      rows,
      first,
      totalCount,
      (o) => [o.name, o.id],
      (o) => o,
    );
  }

  async detail(viewer: Viewer, id: string): Promise<OrganisationDetailView> {
    const organisation = await this.repository.byId(id);
    if (!organisation) throw Errors.notFound('Organisation');
    const inCluster = organisation.kind === 'VET_INSTITUTION' || organisation.kind === 'COMPANY';
    const cluster = inCluster ? await this.repository.cluster(organisation) : [];
    // Names of an organisation's tutors only for those who manage them (data minimisation, issue 17).
    const mayListTutors = Access.can(viewer, 'organisation.tutors', {
      countryCode: organisation.countryCode,
      organisationId: organisation.id,
    });
    return { organisation, cluster, tutors: mayListTutors ? await this.tutors.ofOrganisation(viewer, id) : [] };
  }
}

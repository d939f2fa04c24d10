import { Access } from '../../auth/access';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { decodeCursor, likePattern, Page, toPage } from '../../common/pagination';
import type { TutorView } from '../people/tutors.service';
import { TutorsService } from '../people/tutors.service';
import { ClusterLink } from './cluster-link.entity';
import type { OrganisationFilter } from './dto/organisations.args';
import { Organisation } from './organisation.entity';

export interface OrganisationDetailView {
  organisation: Organisation;
  cluster: Organisation[];
  tutors: TutorView[];
}

/** The network directory. Names, kinds and places of organisations are public to every signed-in person. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
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
    const qb = this.db.getRepository(Organisation).createQueryBuilder('o');
    if (filter.country) qb.andWhere('o.country_code = :country', { country: filter.country.toUpperCase() });
    if (filter.kind) qb.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.sector) qb.andWhere('o.sector = :sector', { sector: filter.sector });
    const search = filter.search?.trim();
    if (search) {
      qb.andWhere(`(o.name ILIKE :pattern OR o.city ILIKE :pattern OR o.registry_code = :search)`, {
        pattern: likePattern(search),
        search,
      });
    }
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [name, id] = decodeCursor(after, ['text', 'uuid']);
      qb.andWhere('(o.name, o.id) > (:afterName, CAST(:afterId AS uuid))', { afterName: name, afterId: id });
    }
    const rows = await qb
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return toPage(
      rows,
      first,
      totalCount,
      (o) => [o.name, o.id],
      (o) => o,
    );
  }

  async detail(viewer: Viewer, id: string): Promise<OrganisationDetailView> {
    const organisation = await this.db.getRepository(Organisation).findOneBy({ id });
    if (!organisation) throw Errors.notFound('Organisation');
    const links = this.db.getRepository(ClusterLink);
    let cluster: Organisation[] = [];
    if (organisation.kind === 'VET_INSTITUTION' || organisation.kind === 'COMPANY') {
      const [own, other] = organisation.kind === 'VET_INSTITUTION' ? ['school', 'company'] : ['company', 'school'];
      cluster = (
        await links
          .createQueryBuilder('l')
          .innerJoinAndSelect(`l.${other}`, 'x')
          .where(`l.${own}_id = :id`, { id })
          .orderBy('x.name', 'ASC')
          .addOrderBy('x.id', 'ASC')
          .getMany()
      ).map((l) => l[other as 'school' | 'company'] as Organisation);
    }
    // Names of an organisation's tutors only for those who manage them (data minimisation, issue 17).
    const mayListTutors = Access.can(viewer, 'organisation.tutors', {
      countryCode: organisation.countryCode,
      organisationId: organisation.id,
    });
    return { organisation, cluster, tutors: mayListTutors ? await this.tutors.ofOrganisation(viewer, id) : [] };
  }
}

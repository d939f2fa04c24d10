import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { likePattern } from '../../common/pagination';
import { ClusterLink } from './cluster-link.entity';
import type { OrganisationFilter } from './dto/organisations.args';
import { Organisation } from './organisation.entity';

/** The SQL of the network directory: the filtered keyset list, one organisation and its cluster. */
@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * A keyset page on (name, id) after `after` (one more than asked, to tell whether there is more),
   * and the count of the whole filtered list.
   */
  async page(
    filter: OrganisationFilter,
    first: number,
    after?: { name: string; id: string },
  ): Promise<{ rows: Organisation[]; totalCount: number }> {
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
      qb.andWhere('(o.name, o.id) > (:afterName, CAST(:afterId AS uuid))', {
        afterName: after.name,
        afterId: after.id,
      });
    }
    const rows = await qb
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return { rows, totalCount };
  }

  byId(id: string): Promise<Organisation | null> {
    return this.db.getRepository(Organisation).findOneBy({ id });
  }

  /** The other side of a school's or a company's cluster links, by name. */
  async cluster(organisation: Organisation): Promise<Organisation[]> {
    const [own, other] = organisation.kind === 'VET_INSTITUTION' ? ['school', 'company'] : ['company', 'school'];
    const links = await this.db
      .getRepository(ClusterLink)
      .createQueryBuilder('l')
      .innerJoinAndSelect(`l.${other}`, 'x')
      .where(`l.${own}_id = :id`, { id: organisation.id })
      .orderBy('x.name', 'ASC')
      .addOrderBy('x.id', 'ASC')
      .getMany();
    return links.map((l) => l[other as 'school' | 'company'] as Organisation);
  }
}

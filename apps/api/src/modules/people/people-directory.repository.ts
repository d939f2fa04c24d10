import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { likePattern } from '../../common/pagination';
import type { PeopleFilterArgs } from './dto/people.args';
import { Person } from './person.entity';

/**
 * The countries a person belongs to, in SQL: those of their country-scoped grants, of the
 * organisations they hold a grant in, and of the employer of their tutor profile.
 */
const PERSON_IN_COUNTRIES = `(
  EXISTS (SELECT 1 FROM role_grant g LEFT JOIN organisation go ON go.id = g.organisation_id
          WHERE g.person_id = p.id AND COALESCE(g.country_code, go.country_code) = ANY(:countries))
  OR EXISTS (SELECT 1 FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id
             WHERE tp.person_id = p.id AND o.country_code = ANY(:countries))
)`;

/** Whether the person `p` belongs to any country (a country-scoped grant, an organisation, a tutor profile). */
const PERSON_IN_SOME_COUNTRY = `(
  EXISTS (SELECT 1 FROM role_grant g LEFT JOIN organisation go ON go.id = g.organisation_id
          WHERE g.person_id = p.id AND COALESCE(g.country_code, go.country_code) IS NOT NULL)
  OR EXISTS (SELECT 1 FROM tutor_profile tp WHERE tp.person_id = p.id)
)`;

/** The people of these countries; 'ALL' for programme-wide grants. */
export type Countries = readonly string[] | 'ALL';

/** The SQL of the people directory: the scope by country, the list's filters and its keyset order. */
@Injectable()
export class PeopleDirectoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  private scoped(countries: Countries): SelectQueryBuilder<Person> {
    const qb = this.db.getRepository(Person).createQueryBuilder('p');
    if (countries !== 'ALL') qb.where(PERSON_IN_COUNTRIES, { countries });
    return qb;
  }

  /** The people of the countries narrowed by the list's filters (every filter a condition in SQL). */
  private filtered(countries: Countries, args: PeopleFilterArgs): SelectQueryBuilder<Person> {
    const qb = this.scoped(countries);
    const words = (args.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
    words.forEach((word, i) => {
      qb.andWhere(
        new Brackets((w) =>
          w.where(`p.given_name ILIKE :w${i}`).orWhere(`p.family_name ILIKE :w${i}`).orWhere(`p.email ILIKE :w${i}`),
        ),
        { [`w${i}`]: likePattern(word) },
      );
    });
    if (args.role)
      qb.andWhere(`EXISTS (SELECT 1 FROM role_grant rg WHERE rg.person_id = p.id AND rg.role = :role)`, {
        role: args.role,
      });
    // Both through indexes: ix_tutor_profile_organisation and role_grant's organisation_id index.
    if (args.organisationId)
      qb.andWhere(
        `(EXISTS (SELECT 1 FROM tutor_profile tpo WHERE tpo.person_id = p.id AND tpo.organisation_id = :organisationId)
          OR EXISTS (SELECT 1 FROM role_grant rgo WHERE rgo.person_id = p.id AND rgo.organisation_id = :organisationId))`,
        { organisationId: args.organisationId },
      );
    if (args.status === 'ACTIVE') qb.andWhere('p.deactivated_at IS NULL');
    if (args.status === 'DEACTIVATED') qb.andWhere('p.deactivated_at IS NOT NULL');
    return qb;
  }

  private async ordered(qb: SelectQueryBuilder<Person>, limit: number): Promise<string[]> {
    const found = await qb
      .select('p.id', 'id')
      .orderBy('p.family_name', 'ASC')
      .addOrderBy('p.given_name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    return found.map((r) => r.id);
  }

  /** The count of the filtered list, and the ids of a keyset page on (family name, given name, id). */
  async page(
    countries: Countries,
    args: PeopleFilterArgs,
    limit: number,
    after?: { family: string; given: string; id: string },
  ): Promise<{ ids: string[]; totalCount: number }> {
    const qb = this.filtered(countries, args);
    const totalCount = await qb.clone().getCount();
    if (after) qb.andWhere(`(p.family_name, p.given_name, p.id) > (:family, :given, :id)`, after);
    return { ids: await this.ordered(qb, limit), totalCount };
  }

  /** The ids of the whole filtered list, in the list's order, at most `limit`. */
  filteredIds(countries: Countries, args: PeopleFilterArgs, limit: number): Promise<string[]> {
    return this.ordered(this.filtered(countries, args), limit);
  }

  /** Whether the person belongs to one of the countries. */
  inCountries(id: string, countries: readonly string[]): Promise<boolean> {
    return this.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .andWhere(PERSON_IN_COUNTRIES, { countries })
      .getExists();
  }

  /** Whether the person belongs to any country at all. */
  inSomeCountry(id: string): Promise<boolean> {
    return this.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .andWhere(PERSON_IN_SOME_COUNTRY)
      .getExists();
  }

  /** Whether the person is among the people of the countries. */
  async visible(countries: Countries, id: string): Promise<boolean> {
    const found = await this.scoped(countries)
      .andWhere('p.id = :id', { id })
      .select('p.id', 'id')
      .getRawOne<{ id: string }>();
    return !!found;
  }
}

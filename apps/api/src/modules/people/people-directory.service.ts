import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { decodeCursor, likePattern, Page, toPage } from '../../common/pagination';
import type { PeopleArgs, PeopleFilterArgs } from './dto/people.args';
import { PeopleRepository } from './people.repository';
import { Person } from './person.entity';

/** Who manages people and their roles: ADMIN everyone, a COORDINATOR the people of their country. */

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

/** A CSV export holds at most this many people (a country of the programme has well under 2,000). */
export const EXPORT_LIMIT = 5000;

/** The people directory behind role management: search, filters and keyset pages, scoped in SQL. */
@Injectable()
export class PeopleDirectoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: PeopleRepository,
  ) {}

  private scoped(viewer: Viewer, countryCode?: string): SelectQueryBuilder<Person> {
    const allowed = Access.countries(viewer, 'person.directory');
    if (allowed !== 'ALL' && allowed.length === 0) throw Errors.forbidden();
    if (countryCode && allowed !== 'ALL' && !allowed.includes(countryCode))
      throw Errors.forbidden('That country is outside your scope.');
    const countries = countryCode ? [countryCode] : allowed;
    const qb = this.db.getRepository(Person).createQueryBuilder('p');
    if (countries !== 'ALL') qb.where(PERSON_IN_COUNTRIES, { countries });
    return qb;
  }

  /** The viewer's people narrowed by the list's filters (every filter a condition in SQL). */
  private filtered(viewer: Viewer, args: PeopleFilterArgs): SelectQueryBuilder<Person> {
    const qb = this.scoped(viewer, args.countryCode);
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

  private ordered(qb: SelectQueryBuilder<Person>, limit: number): Promise<{ id: string }[]> {
    return qb
      .select('p.id', 'id')
      .orderBy('p.family_name', 'ASC')
      .addOrderBy('p.given_name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit)
      .getRawMany();
  }

  async list(viewer: Viewer, args: PeopleArgs): Promise<Page<Person>> {
    const qb = this.filtered(viewer, args);
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [family, given, id] = decodeCursor(args.after, ['text', 'text', 'uuid']);
      qb.andWhere(`(p.family_name, p.given_name, p.id) > (:family, :given, :id)`, { family, given, id });
    }
    const ids = await this.ordered(qb, args.first + 1);
    const people = await this.withGrants(ids.map((r) => r.id));
    return toPage(
      people,
      args.first,
      totalCount,
      (p) => [p.familyName, p.givenName, p.id],
      (p) => p,
    );
  }

  /** The whole filtered list for the CSV export, by family name, at most EXPORT_LIMIT people (`truncated` says so). */
  async exportList(viewer: Viewer, args: PeopleFilterArgs): Promise<{ people: Person[]; truncated: boolean }> {
    const ids = await this.ordered(this.filtered(viewer, args), EXPORT_LIMIT + 1);
    const people = await this.withGrants(ids.slice(0, EXPORT_LIMIT).map((r) => r.id));
    return { people, truncated: ids.length > EXPORT_LIMIT };
  }

  /** Whether the viewer may see the person: in their directory scope, or of no country at all yet. */
  async mayOpen(viewer: Viewer, id: string): Promise<boolean> {
    const allowed = Access.countries(viewer, 'person.directory');
    if (allowed === 'ALL') return true;
    const inScope = allowed.length
      ? await this.db
          .getRepository(Person)
          .createQueryBuilder('p')
          .where('p.id = :id', { id })
          .andWhere(PERSON_IN_COUNTRIES, { countries: allowed })
          .getExists()
      : false;
    if (inScope) return true;
    const anywhere = await this.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .andWhere(PERSON_IN_SOME_COUNTRY)
      .getExists();
    return !anywhere;
  }

  async get(viewer: Viewer, id: string): Promise<Person> {
    const found = await this.scoped(viewer)
      .andWhere('p.id = :id', { id })
      .select('p.id', 'id')
      .getRawOne<{ id: string }>();
    if (!found) throw Errors.notFound('Person');
    return (await this.withGrants([id]))[0];
  }

  private withGrants(ids: string[]): Promise<Person[]> {
    return this.people.withGrants(this.db, ids);
  }
}

import { Injectable } from '@nestjs/common';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import type { PeopleArgs, PeopleFilterArgs } from './dto/people.args';
import { Countries, PeopleDirectoryRepository } from './people-directory.repository';
import { PeopleRepository } from './people.repository';
import type { Person } from './person.entity';

/** Who manages people and their roles: ADMIN everyone, a COORDINATOR the people of their country. */

/** A CSV export holds at most this many people (a country of the programme has well under 2,000). */
export const EXPORT_LIMIT = 5000;

/** The people directory behind role management: search, filters and keyset pages, scoped in SQL. */
@Injectable()
export class PeopleDirectoryService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly directory: PeopleDirectoryRepository,
  ) {}

  /** The countries whose people the viewer may list (narrowed to `countryCode` when given). */
  private scope(viewer: Viewer, countryCode?: string): Countries {
    const allowed = Access.countries(viewer, 'person.directory');
    if (allowed !== 'ALL' && allowed.length === 0) throw Errors.forbidden();
    if (countryCode && allowed !== 'ALL' && !allowed.includes(countryCode))
      throw Errors.forbidden('That country is outside your scope.');
    return countryCode ? [countryCode] : allowed;
  }

  async list(viewer: Viewer, args: PeopleArgs): Promise<Page<Person>> {
    const countries = this.scope(viewer, args.countryCode);
    const after = args.after ? decodeCursor(args.after, ['text', 'text', 'uuid']) : null;
    const { ids, totalCount } = await this.directory.page(
      countries,
      args,
      args.first + 1,
      after ? { family: after[0], given: after[1], id: after[2] } : undefined,
    );
    const people = await this.withGrants(ids);
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
    const ids = await this.directory.filteredIds(this.scope(viewer, args.countryCode), args, EXPORT_LIMIT + 1);
    const people = await this.withGrants(ids.slice(0, EXPORT_LIMIT));
    return { people, truncated: ids.length > EXPORT_LIMIT };
  }

  /** Whether the viewer may see the person: in their directory scope, or of no country at all yet. */
  async mayOpen(viewer: Viewer, id: string): Promise<boolean> {
    const allowed = Access.countries(viewer, 'person.directory');
    if (allowed === 'ALL') return true;
    const inScope = allowed.length ? await this.directory.inCountries(id, allowed) : false;
    if (inScope) return true;
    return !(await this.directory.inSomeCountry(id));
  }

  async get(viewer: Viewer, id: string): Promise<Person> {
    if (!(await this.directory.visible(this.scope(viewer), id))) throw Errors.notFound('Person');
    return (await this.withGrants([id]))[0];
  }

  private withGrants(ids: string[]): Promise<Person[]> {
    return this.people.withGrants(this.directory.manager, ids);
  }
}

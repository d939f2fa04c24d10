import type { Role } from '@tandem/shared-domain';
import { useConnection } from '../../operations/hooks/useConnection';
import { PeopleQuery } from '../graphql/people';

export const PEOPLE_PAGE_SIZE = 25;

export interface PeopleFilters {
  /** Words of the name or the e-mail address; empty for everyone. */
  search: string;
  role: Role | null;
  country: string | null;
}

/** The people the viewer manages for the filters, by family name; "Show more" appends the next page. */
export function usePeopleDirectory({ search, role, country }: PeopleFilters) {
  return useConnection(PeopleQuery, (data) => data.people, {
    variables: { first: PEOPLE_PAGE_SIZE, search: search || null, role, countryCode: country },
    fetchPolicy: 'cache-and-network',
  });
}

import { useConnection } from '../../operations/hooks/useConnection';
import { PeopleQuery } from '../graphql/people';
import type { PeopleFilter } from './usePeopleFilter';

export const PEOPLE_PAGE_SIZE = 25;

/** The people the viewer manages for the filters, by family name; "Show more" appends the next page. */
export function usePeopleDirectory({ search, role, country, organisationId, status }: PeopleFilter) {
  return useConnection(PeopleQuery, (data) => data.people, {
    variables: {
      first: PEOPLE_PAGE_SIZE,
      search: search || null,
      role,
      countryCode: country,
      organisationId,
      status,
    },
    fetchPolicy: 'cache-and-network',
  });
}

import { useConnection } from '../../operations/hooks/useConnection';
import { TandemsQuery } from '../graphql/tandems';
import type { TandemFilters } from '../tandem-filters';

export const TANDEM_PAGE_SIZE = 20;

/** Tandems for the filters, newest first: the first page, "Show more" appends the next one. */
export function useTandemList(filters: TandemFilters) {
  return useConnection(TandemsQuery, (data) => data.tandems, {
    variables: { country: filters.country, status: filters.status, first: TANDEM_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
}

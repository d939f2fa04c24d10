import { useConnection } from '../../operations/hooks/useConnection';
import { toOrganisationFilter, type DirectoryFilters } from '../directory-filters';
import { OrganisationsQuery } from '../graphql/network';

export const DIRECTORY_PAGE_SIZE = 20;

/**
 * The directory for the filters: the first page, and "Show more" appending the next one.
 * New filters are a new query: the pages shown so far start again; while they load, the former
 * results stay (dimmed) rather than the list jumping away.
 */
export function useOrganisationDirectory(filters: DirectoryFilters) {
  return useConnection(OrganisationsQuery, (data) => data.organisations, {
    variables: { filter: toOrganisationFilter(filters), first: DIRECTORY_PAGE_SIZE },
  });
}

import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { AppError } from '@tandem/web-ui';
import { useCallback, useState } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { appendPage } from '../connection';
import { toOrganisationFilter, type DirectoryFilters } from '../directory-filters';
import { OrganisationsQuery } from '../graphql/network';

export const DIRECTORY_PAGE_SIZE = 20;

/**
 * The directory for the filters: the first page, and "Show more" appending the next one
 * (`after: endCursor`). New filters are a new query: the pages shown so far start again.
 */
export function useOrganisationDirectory(filters: DirectoryFilters) {
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(OrganisationsQuery, {
    variables: { filter: toOrganisationFilter(filters), first: DIRECTORY_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [moreError, setMoreError] = useState<AppError | null>(null);
  // While new filters load, the former results stay (dimmed) rather than the list jumping away.
  const connection = (data ?? previousData)?.organisations ?? null;

  const showMore = useCallback(async () => {
    const after = data?.organisations.pageInfo.endCursor;
    if (!after) return;
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          organisations: appendPage(previous.organisations, fetchMoreResult.organisations),
        }),
      });
    } catch (e) {
      setMoreError(toAppError(e));
    }
  }, [data, fetchMore]);

  return {
    connection,
    stale: !data,
    loading,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: error ? toAppError(error) : moreError,
    showMore,
    refetch,
  };
}

import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { AppError } from '@tandem/web-ui';
import { useCallback, useState } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { appendPage } from '../../network/connection';
import { TandemsQuery } from '../graphql/tandems';
import type { TandemFilters } from '../tandem-filters';

export const TANDEM_PAGE_SIZE = 20;

/** Tandems for the filters, newest first: the first page, "Show more" appends the next one. */
export function useTandemList(filters: TandemFilters) {
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(TandemsQuery, {
    variables: { country: filters.country, status: filters.status, first: TANDEM_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const [moreError, setMoreError] = useState<AppError | null>(null);
  const connection = (data ?? previousData)?.tandems ?? null;

  const showMore = useCallback(async () => {
    const after = data?.tandems.pageInfo.endCursor;
    if (!after) return;
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          tandems: appendPage(previous.tandems, fetchMoreResult.tandems),
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

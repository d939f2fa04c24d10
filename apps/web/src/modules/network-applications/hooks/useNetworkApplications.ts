import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { NetworkApplicationStatus } from '@tandem/web-graphql';
import type { AppError } from '@tandem/web-ui';
import { useCallback, useState } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { appendPage } from '../../network/connection';
import { NetworkApplicationsQuery } from '../graphql/network-applications';

export const APPLICATIONS_PAGE_SIZE = 20;

/** The queue in one status (all when null): the first page, and "Show more" appending the next. */
export function useNetworkApplications(status: NetworkApplicationStatus | null) {
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(NetworkApplicationsQuery, {
    variables: { status, first: APPLICATIONS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const [moreError, setMoreError] = useState<AppError | null>(null);
  const connection = (data ?? previousData)?.networkApplications ?? null;

  const showMore = useCallback(async () => {
    const after = data?.networkApplications.pageInfo.endCursor;
    if (!after) return;
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          networkApplications: appendPage(previous.networkApplications, fetchMoreResult.networkApplications),
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

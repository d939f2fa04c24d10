import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { AppError } from '@tandem/web-ui';
import { useCallback, useState } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { OutboxMessagesQuery } from '../graphql/outbox';
import { appendMessages } from '../message-body';

export const OUTBOX_PAGE_SIZE = 20;

/** The newest messages, and "Show more" appending older ones (`after: endCursor`). */
export function useOutbox() {
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(OutboxMessagesQuery, {
    variables: { first: OUTBOX_PAGE_SIZE },
    // New mail arrives with every invitation: always ask the server.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [moreError, setMoreError] = useState<AppError | null>(null);

  const showMore = useCallback(async () => {
    const after = data?.outboxMessages.pageInfo.endCursor;
    if (!after) return;
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          outboxMessages: appendMessages(previous.outboxMessages, fetchMoreResult.outboxMessages),
        }),
      });
    } catch (e) {
      setMoreError(toAppError(e));
    }
  }, [data, fetchMore]);

  return {
    connection: data?.outboxMessages ?? null,
    loading: loading && !data,
    refreshing: networkStatus === NetworkStatus.refetch,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: error ? toAppError(error) : null,
    moreError,
    showMore,
    refresh: () => refetch({ first: OUTBOX_PAGE_SIZE, after: null }),
  };
}

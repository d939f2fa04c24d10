import { useConnection } from '../../operations/hooks/useConnection';
import { OutboxMessagesQuery } from '../graphql/outbox';

export const OUTBOX_PAGE_SIZE = 20;

/** The newest messages, and "Show more" appending older ones. */
export function useOutbox() {
  const page = useConnection(OutboxMessagesQuery, (data) => data.outboxMessages, {
    variables: { first: OUTBOX_PAGE_SIZE },
    // New mail arrives with every invitation: always ask the server.
    fetchPolicy: 'cache-and-network',
  });
  return {
    connection: page.connection,
    loading: page.loading && !page.connection,
    refreshing: page.refreshing,
    loadingMore: page.loadingMore,
    error: page.error,
    moreError: page.moreError,
    showMore: page.showMore,
    refresh: page.refetch,
  };
}

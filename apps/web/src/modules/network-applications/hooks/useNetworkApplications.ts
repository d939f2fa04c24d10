import type { NetworkApplicationStatus } from '@tandem/web-graphql';
import { useConnection } from '../../operations/hooks/useConnection';
import { NetworkApplicationsQuery } from '../graphql/network-applications';

export const APPLICATIONS_PAGE_SIZE = 20;

/** The queue in one status (all when null): the first page, and "Show more" appending the next. */
export function useNetworkApplications(status: NetworkApplicationStatus | null) {
  return useConnection(NetworkApplicationsQuery, (data) => data.networkApplications, {
    variables: { status, first: APPLICATIONS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
}

import {
  NetworkStatus,
  type OperationVariables,
  type TypedDocumentNode,
  type WatchQueryFetchPolicy,
} from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { AppError } from '@tandem/web-ui';
import { useCallback, useState } from 'react';
import { toAppError } from '../../errors/to-app-error';
import type { Connection } from '../connection';

export interface ConnectionOptions<TVariables> {
  variables: TVariables;
  fetchPolicy?: WatchQueryFetchPolicy;
  /** Nothing to ask yet (a drill-down that is closed). */
  skip?: boolean;
}

export interface PagedConnection<C> {
  /** The pages shown so far; while new variables load, those of the former ones (see `stale`). */
  connection: C | null;
  /** `connection` belongs to the former variables: the new first page is on its way. */
  stale: boolean;
  /** A request is in flight: the first page, a refetch or the next page. */
  loading: boolean;
  /** The list is read again (`refetch`) while the former answer stays on screen. */
  refreshing: boolean;
  loadingMore: boolean;
  /** The first page failed. */
  error: AppError | null;
  /** The last "Show more" failed; the pages shown stay. */
  moreError: AppError | null;
  hasMore: boolean;
  /** Appends the next page (`after: endCursor`); the cache's connection policy merges it. */
  showMore: () => Promise<void>;
  /** Reads the first page again (the pages shown so far start again). */
  refetch: () => Promise<unknown>;
}

/**
 * A connection the person pages through with "Show more". `select` picks the connection out of the
 * query's answer; the field needs `pagedConnection()` in the cache's type policies (apollo.ts),
 * which appends each next page. New variables are a new list: the pages shown so far start again.
 */
export function useConnection<TData, TVariables extends OperationVariables, C extends Connection>(
  query: TypedDocumentNode<TData, TVariables>,
  select: (data: TData) => C,
  { variables, fetchPolicy, skip }: ConnectionOptions<TVariables>,
): PagedConnection<C> {
  const result = useQuery(query, {
    variables,
    fetchPolicy,
    skip,
    notifyOnNetworkStatusChange: true,
  } as useQuery.Options<TData, TVariables>);
  const { loading, networkStatus, fetchMore, refetch } = result;
  const data = result.data as TData | undefined;
  const previousData = result.previousData as TData | undefined;
  const [moreError, setMoreError] = useState<AppError | null>(null);
  const shown = data ?? previousData;
  const connection = shown === undefined ? null : select(shown);
  const endCursor = data === undefined ? null : (select(data).pageInfo.endCursor ?? null);

  const showMore = useCallback(async () => {
    if (!endCursor) return;
    setMoreError(null);
    try {
      await fetchMore({ variables: { after: endCursor } as unknown as Partial<TVariables> });
    } catch (e) {
      setMoreError(toAppError(e));
    }
  }, [endCursor, fetchMore]);

  return {
    connection,
    stale: data === undefined && connection !== null,
    loading,
    refreshing: networkStatus === NetworkStatus.refetch,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: result.error ? toAppError(result.error) : null,
    moreError,
    hasMore: !!connection?.pageInfo.hasNextPage && !!endCursor,
    showMore,
    refetch: () => refetch(),
  };
}

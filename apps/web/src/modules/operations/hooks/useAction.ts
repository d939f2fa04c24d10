import type { DocumentNode, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { AppError } from '@tandem/web-ui';
import { useCallback, useState } from 'react';
import { toAppError } from '../../errors/to-app-error';

export interface ActionOptions {
  /**
   * The queries whose answers the change makes out of date, as documents (a name would refetch
   * nothing after a typo): those on screen are read again.
   */
  refetchQueries?: readonly DocumentNode[];
  /** Resolve `run` only once those queries are back (the page shows the new state at once). */
  awaitRefetchQueries?: boolean;
}

export interface Action<TData, TVariables> {
  /** Runs the mutation: its data, or null when it failed (then `failure` says why). */
  run: (variables: TVariables) => Promise<TData | null>;
  loading: boolean;
  /** The last attempt's failure, until the next attempt or `clear`. */
  failure: AppError | null;
  clear: () => void;
}

/**
 * One mutation as a use case of a feature hook (`useBookSession`, `useSubmissionActions`…): the
 * failure is kept as an AppError for the page to show, instead of every component catching it.
 */
export function useAction<TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
  { refetchQueries, awaitRefetchQueries }: ActionOptions = {},
): Action<TData, TVariables> {
  const [mutate, { loading }] = useMutation(mutation, {
    ...(refetchQueries && { refetchQueries: [...refetchQueries] }),
    ...(awaitRefetchQueries && { awaitRefetchQueries }),
  });
  const [failure, setFailure] = useState<AppError | null>(null);

  const run = useCallback(
    async (variables: TVariables) => {
      setFailure(null);
      try {
        // The generic signature of `mutate` cannot see that these are the document's variables.
        const send = mutate as (options: { variables: TVariables }) => Promise<{ data?: unknown }>;
        const { data } = await send({ variables });
        return (data as TData | undefined) ?? null;
      } catch (e) {
        setFailure(toAppError(e));
        return null;
      }
    },
    [mutate],
  );
  const clear = useCallback(() => setFailure(null), []);

  return { run, loading, failure, clear };
}

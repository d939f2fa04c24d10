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
  /** Resolve only once those queries are back (the page shows the new state at once). */
  awaitRefetchQueries?: boolean;
}

/** What one attempt came to: the mutation's data, or the failure as an AppError. */
export type Outcome<TData> = { data: TData; error: null } | { data: null; error: AppError };

export interface Action<TData, TVariables> {
  /** Runs the mutation: its data, or null when it failed (then `failure` says why). */
  run: (variables: TVariables) => Promise<TData | null>;
  /**
   * Runs the mutation and answers the failure instead of keeping it: for forms that show some
   * failures next to their fields (VALIDATION_FAILED) and the others as `fail(error)`.
   */
  attempt: (variables: TVariables) => Promise<Outcome<TData>>;
  loading: boolean;
  /** The last failure kept, until the next attempt or `clear`. */
  failure: AppError | null;
  fail: (error: AppError) => void;
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

  const attempt = useCallback(
    async (variables: TVariables): Promise<Outcome<TData>> => {
      setFailure(null);
      try {
        // The generic signature of `mutate` cannot see that these are the document's variables.
        const send = mutate as (options: { variables: TVariables }) => Promise<{ data?: unknown }>;
        const { data } = await send({ variables });
        return { data: data as TData, error: null };
      } catch (e) {
        return { data: null, error: toAppError(e) };
      }
    },
    [mutate],
  );

  const run = useCallback(
    async (variables: TVariables) => {
      const outcome = await attempt(variables);
      if (outcome.error) setFailure(outcome.error);
      return outcome.data;
    },
    [attempt],
  );

  const clear = useCallback(() => setFailure(null), []);

  return { run, attempt, loading, failure, fail: setFailure, clear };
}

import { useQuery, useSuspenseQuery } from '@apollo/client/react';
import { toAppError } from '../../errors/to-app-error';
import { useAction } from '../../operations/hooks/useAction';
import {
  ConfirmErasureMutation,
  ErasureRequestsQuery,
  MyErasureRequestQuery,
  RequestErasureMutation,
} from '../graphql/privacy';

/** The person's own open erasure request (null when they have not asked), and asking for one. */
export function useMyErasureRequest() {
  const { data, error } = useQuery(MyErasureRequestQuery, { fetchPolicy: 'cache-and-network' });
  const { run, loading, failure } = useAction(RequestErasureMutation, {
    refetchQueries: [MyErasureRequestQuery],
    awaitRefetchQueries: true,
  });
  return {
    request: data?.myErasureRequest ?? null,
    error: error ? toAppError(error) : null,
    ask: () => run({}),
    asking: loading,
    failure,
  };
}

/** The open requests a coordinator (their country) or an admin decides, and carrying one out. */
export function useErasureRequests() {
  const { data } = useSuspenseQuery(ErasureRequestsQuery, { fetchPolicy: 'cache-and-network' });
  const { run, loading, failure } = useAction(ConfirmErasureMutation, {
    refetchQueries: [ErasureRequestsQuery],
    awaitRefetchQueries: true,
  });
  return { requests: data.erasureRequests, confirm: (id: string) => run({ id }), confirming: loading, failure };
}

import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { useAction } from '../../operations/hooks/useAction';
import { MyDataExportsQuery, RequestDataExportMutation } from '../graphql/privacy';

export const DATA_EXPORT_POLL_MS = 1000;

/** The person's exports, asked for again every second while the newest one is being prepared. */
export function useMyDataExports() {
  const { data, error, loading, startPolling, stopPolling } = useQuery(MyDataExportsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const latest = data?.myDataExports[0] ?? null;
  const working = latest?.status === 'QUEUED' || latest?.status === 'RUNNING';
  useEffect(() => {
    if (working) startPolling(DATA_EXPORT_POLL_MS);
    else stopPolling();
  }, [working, startPolling, stopPolling]);
  return { latest, loading: loading && !data, error: error ? toAppError(error) : null };
}

/** Asks for a new copy of the person's data (the job prepares it; the list shows its progress). */
export function useRequestDataExport() {
  const { run, loading, failure } = useAction(RequestDataExportMutation, {
    refetchQueries: [MyDataExportsQuery],
    awaitRefetchQueries: true,
  });
  return { request: () => run({}), requesting: loading, failure };
}

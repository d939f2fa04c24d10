import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { TutorImportJobQuery } from '../graphql/imports';

export const IMPORT_JOB_POLL_MS = 500;

/** A started import, asked for again every half second until it has succeeded or failed. */
export function useImportJob(id: string | null) {
  const { data, error, stopPolling, refetch } = useQuery(TutorImportJobQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
    pollInterval: IMPORT_JOB_POLL_MS,
  });
  const job = data?.importJob ?? null;
  const finished = job?.status === 'SUCCEEDED' || job?.status === 'FAILED';
  useEffect(() => {
    if (finished) stopPolling();
  }, [finished, stopPolling]);
  return { job, finished, error: error ? toAppError(error) : null, refetch };
}

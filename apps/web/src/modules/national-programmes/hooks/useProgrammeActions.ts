import { useMutation } from '@apollo/client/react';
import type { AppError } from '@tandem/web-ui';
import { useCallback, useState } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { MyNotificationsQuery, UnreadNotificationCountQuery } from '../../notifications/graphql/notifications';
import {
  ApproveNationalProgrammeMutation,
  NationalProgrammeQuery,
  NationalProgrammesQuery,
  ReturnNationalProgrammeMutation,
  SaveNationalProgrammeMutation,
  SubmitNationalProgrammeMutation,
} from '../graphql/national-programmes';

export type ProgrammeAction = 'save' | 'submit' | 'approve' | 'return';

/** Everything that shows a programme (the list, the notification badge) is read again after a change. */
const REFETCH = [NationalProgrammesQuery, NationalProgrammeQuery, UnreadNotificationCountQuery, MyNotificationsQuery];

interface Target {
  id: string;
  editionId: string;
  countryCode: string;
  lockVersion: number;
}

/** The editor's and the admin's transitions of a programme, each with the lock version seen. */
export function useProgrammeActions(programme: Target) {
  const [busy, setBusy] = useState<ProgrammeAction | null>(null);
  const [done, setDone] = useState<ProgrammeAction | null>(null);
  const [failure, setFailure] = useState<{
    action: ProgrammeAction;
    error: AppError;
  } | null>(null);
  const [save] = useMutation(SaveNationalProgrammeMutation);
  const [submit] = useMutation(SubmitNationalProgrammeMutation);
  const [approve] = useMutation(ApproveNationalProgrammeMutation);
  const [giveBack] = useMutation(ReturnNationalProgrammeMutation);

  const run = useCallback(async <T>(action: ProgrammeAction, work: () => Promise<T>): Promise<T | null> => {
    setBusy(action);
    setDone(null);
    setFailure(null);
    try {
      const result = await work();
      setDone(action);
      return result;
    } catch (e) {
      setFailure({ action, error: toAppError(e) });
      return null;
    } finally {
      setBusy(null);
    }
  }, []);

  const options = {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  } as const;
  const expectedLockVersion = programme.lockVersion;

  return {
    busy,
    done,
    failure,
    clear: () => {
      setDone(null);
      setFailure(null);
    },
    /** Answers the id of the saved revision (a change to an approved programme starts a new one). */
    save: (moduleIds: string[]) =>
      run('save', async () => {
        const result = await save({
          variables: {
            input: {
              editionId: programme.editionId,
              countryCode: programme.countryCode,
              expectedLockVersion,
              moduleIds,
            },
          },
          ...options,
        });
        return result.data?.saveNationalProgramme.id ?? programme.id;
      }),
    submit: () =>
      run('submit', () =>
        submit({
          variables: { id: programme.id, expectedLockVersion },
          ...options,
        }),
      ),
    approve: () =>
      run('approve', () =>
        approve({
          variables: { id: programme.id, expectedLockVersion },
          ...options,
        }),
      ),
    giveBack: (comments: string) =>
      run('return', () =>
        giveBack({
          variables: { id: programme.id, comments, expectedLockVersion },
          ...options,
        }),
      ),
  };
}

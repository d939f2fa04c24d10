import { useApolloClient, useMutation } from '@apollo/client/react';
import type { AppError } from '@tandem/web-ui';
import { useCallback, useState } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { FormTandemMutation, TandemsQuery, UnpairedTutorsQuery } from '../graphql/tandems';
import { tandemPairInput, type SidedTutor } from '../tandem-pair';

export interface PairedTutor extends SidedTutor {
  displayName: string;
}

/** The lists a new tandem changes: read again after every attempt, successful or not. */
export const PAIRING_QUERIES = [TandemsQuery, UnpairedTutorsQuery];

/**
 * A coordinator forms a tandem from a suggested pair. Whatever the outcome, the tandems and the
 * unpaired tutors are read again: after a CONFLICT (someone paired one of them meanwhile) the
 * suggestions shown are no longer true.
 */
export function useFormTandem(editionId: string | null) {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(FormTandemMutation);
  const [formed, setFormed] = useState<{ school: string; company: string } | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busyPair, setBusyPair] = useState<string | null>(null);

  const form = useCallback(
    async (a: PairedTutor, b: PairedTutor) => {
      const pair = tandemPairInput(a, b);
      if (!pair || !editionId) return;
      const school = a.side === 'SCHOOL' ? a : b;
      const company = a.side === 'SCHOOL' ? b : a;
      setFormed(null);
      setFailure(null);
      setBusyPair(`${pair.schoolTutorId}:${pair.companyTutorId}`);
      try {
        await mutate({
          variables: { input: { editionId, ...pair } },
          refetchQueries: PAIRING_QUERIES,
          awaitRefetchQueries: true,
        });
        setFormed({ school: school.displayName, company: company.displayName });
      } catch (e) {
        setFailure(toAppError(e));
        await client.refetchQueries({ include: PAIRING_QUERIES }).catch(() => undefined);
      } finally {
        setBusyPair(null);
      }
    },
    [client, editionId, mutate],
  );

  return { form, formed, failure, forming: loading, busyPair };
}

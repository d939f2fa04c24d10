import type { DocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { AppError } from '@tandem/web-ui';
import { useCallback, useState } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { DissolveTandemMutation } from '../graphql/tandems';

export interface DissolvableTandem {
  id: string;
  schoolTutor: { displayName: string };
  companyTutor: { displayName: string };
}

/**
 * Dissolving (or withdrawing an invitation) with a reason: `start` opens the dialog for a tandem,
 * `confirm` sends the reason. The lists that show tandems are read again afterwards.
 */
export function useDissolveTandem(refetchQueries: readonly DocumentNode[]) {
  const [mutate, { loading }] = useMutation(DissolveTandemMutation);
  const [pending, setPending] = useState<DissolvableTandem | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [dissolved, setDissolved] = useState<DissolvableTandem | null>(null);

  const start = useCallback((tandem: DissolvableTandem) => {
    setFailure(null);
    setDissolved(null);
    setPending(tandem);
  }, []);

  const confirm = useCallback(
    async (reason: string) => {
      if (!pending) return;
      setFailure(null);
      try {
        await mutate({
          variables: { input: { tandemId: pending.id, reason } },
          refetchQueries: [...refetchQueries],
          awaitRefetchQueries: true,
        });
        setDissolved(pending);
        setPending(null);
      } catch (e) {
        setFailure(toAppError(e));
      }
    },
    [mutate, pending, refetchQueries],
  );

  const cancel = useCallback(() => {
    setPending(null);
    setFailure(null);
  }, []);

  return { start, confirm, cancel, pending, failure, dissolved, saving: loading };
}

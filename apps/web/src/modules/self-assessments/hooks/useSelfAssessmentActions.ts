import { useMutation } from '@apollo/client/react';
import type { AppError } from '@tandem/web-ui';
import { useCallback, useState } from 'react';
import { toAppError } from '../../errors/to-app-error';
import {
  MySelfAssessmentsQuery,
  SaveSelfAssessmentMutation,
  ShareSelfAssessmentMutation,
  SubmitSelfAssessmentMutation,
  TandemComparisonQuery,
} from '../graphql/self-assessments';
import type { Pending } from './useAutosave';

/**
 * The owner's work on a self-assessment: `send` saves changed ratings (for the autosave, which
 * retries what it throws), `submit` hands it in once, `share` shows it to the partner or not.
 * One failure for the page: a network failure of `send` is the autosave's to retry, not shown.
 */
export function useSelfAssessmentActions(id: string, roundId: string) {
  const [save] = useMutation(SaveSelfAssessmentMutation);
  const [submitMutation, { loading: submitting }] = useMutation(SubmitSelfAssessmentMutation, {
    refetchQueries: [MySelfAssessmentsQuery, TandemComparisonQuery],
  });
  const [shareMutation, { loading: sharing }] = useMutation(ShareSelfAssessmentMutation, {
    refetchQueries: [TandemComparisonQuery],
  });
  const [failure, setFailure] = useState<AppError | null>(null);

  const send = useCallback(
    async (changes: Pending) => {
      try {
        await save({
          variables: {
            input: {
              roundId,
              ratings: Object.entries(changes).map(([competenceId, r]) => ({
                competenceId,
                level: r.level,
                ...(r.evidence !== undefined ? { evidence: r.evidence } : {}),
              })),
            },
          },
        });
        setFailure(null);
      } catch (e) {
        const error = toAppError(e);
        // Only a network failure is retried; anything else (closed round, submitted) is shown.
        if (error.code !== 'NETWORK') setFailure(error);
        throw e;
      }
    },
    [save, roundId],
  );

  /** Answers whether it was submitted. */
  async function submit() {
    setFailure(null);
    try {
      await submitMutation({ variables: { input: { id } } });
      return true;
    } catch (e) {
      setFailure(toAppError(e));
      return false;
    }
  }

  async function share(shared: boolean) {
    setFailure(null);
    try {
      await shareMutation({ variables: { input: { id, shared } } });
    } catch (e) {
      setFailure(toAppError(e));
    }
  }

  return { send, submit, share, submitting, sharing, failure, clear: () => setFailure(null) };
}

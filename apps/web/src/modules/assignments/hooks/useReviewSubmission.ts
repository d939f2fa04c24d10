import { useAction } from '../../operations/hooks/useAction';
import { ReviewSubmissionMutation } from '../graphql/assignments';
import { SUBMISSION_QUERIES } from './useSubmissionActions';

export type ReviewOutcomeChoice = 'ACCEPTED' | 'NEEDS_REVISION';

/**
 * A trainer of the country accepts a submission or asks for a revision (with a comment). Answers
 * 'saved', 'commentMissing' (the server asks for the comment) or 'failed' (then `failure` says why).
 */
export function useReviewSubmission(submissionId: string) {
  const { attempt, loading, failure, fail } = useAction(ReviewSubmissionMutation, {
    refetchQueries: SUBMISSION_QUERIES,
    awaitRefetchQueries: true,
  });

  async function review(outcome: ReviewOutcomeChoice, comment: string) {
    const { error } = await attempt({ input: { submissionId, outcome, comment: comment.trim() } });
    if (!error) return 'saved' as const;
    if (error.code === 'VALIDATION_FAILED' && error.fields?.some((f) => f.field === 'comment')) {
      return 'commentMissing' as const;
    }
    fail(error);
    return 'failed' as const;
  }

  return { review, reviewing: loading, failure };
}

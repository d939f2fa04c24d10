import type {
  AddPeerReviewInterviewInput,
  AddPeerReviewRecommendationInput,
  PeerReviewStage,
  SelfReportAreaInput,
} from '@tandem/web-graphql';
import { useAction } from '../../operations/hooks/useAction';
import {
  AddPeerReviewInterviewMutation,
  AddPeerReviewRecommendationMutation,
  AdvancePeerReviewMutation,
  CommentOnPeerReviewReportMutation,
  PeerReviewsQuery,
  SavePeerReviewSelfReportMutation,
  SetPeerReviewActionStatusMutation,
  StartPeerReviewFollowUpMutation,
} from '../graphql/peer-reviews';

const refetch = { refetchQueries: [PeerReviewsQuery] };

/** The use cases of one peer review's page; each mutation answers the whole review (the page shows it). */
export function usePeerReviewActions(reviewId: string) {
  const selfReport = useAction(SavePeerReviewSelfReportMutation);
  const interview = useAction(AddPeerReviewInterviewMutation);
  const recommend = useAction(AddPeerReviewRecommendationMutation);
  const comment = useAction(CommentOnPeerReviewReportMutation);
  const advance = useAction(AdvancePeerReviewMutation, refetch);
  const followUp = useAction(StartPeerReviewFollowUpMutation, refetch);
  const step = useAction(SetPeerReviewActionStatusMutation);
  return {
    saveSelfReport: (expectedLockVersion: number, areas: SelfReportAreaInput[]) =>
      selfReport.attempt({ input: { reviewId, expectedLockVersion, areas } }),
    savingSelfReport: selfReport.loading,
    addInterview: (input: Omit<AddPeerReviewInterviewInput, 'reviewId'>) =>
      interview.attempt({ input: { ...input, reviewId } }),
    addingInterview: interview.loading,
    addRecommendation: (input: Omit<AddPeerReviewRecommendationInput, 'reviewId'>) =>
      recommend.attempt({ input: { ...input, reviewId } }),
    addingRecommendation: recommend.loading,
    comment: (expectedLockVersion: number, comments: string) =>
      comment.attempt({ input: { reviewId, expectedLockVersion, comments } }),
    commenting: comment.loading,
    advance: (expectedLockVersion: number, stage: PeerReviewStage) =>
      advance.run({ input: { reviewId, expectedLockVersion, stage } }),
    startFollowUp: () => followUp.run({ id: reviewId }),
    setActionStatus: (actionId: string, status: 'AGREED' | 'DONE') => step.run({ input: { actionId, status } }),
    busy: advance.loading || followUp.loading || step.loading,
    failure: advance.failure ?? followUp.failure ?? step.failure,
  };
}

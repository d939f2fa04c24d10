import type {
  CiteInPolicyRecommendationInput,
  CreatePolicyRecommendationInput,
  PolicyRecommendationStatus,
  UpdatePolicyRecommendationInput,
} from '@tandem/web-graphql';
import { useAction } from '../../operations/hooks/useAction';
import {
  CiteInPolicyRecommendationMutation,
  CommentOnPolicyRecommendationMutation,
  CreatePolicyRecommendationMutation,
  PolicyRecommendationsQuery,
  RemovePolicyRecommendationCitationMutation,
  SetPolicyRecommendationStatusMutation,
  UpdatePolicyRecommendationMutation,
} from '../graphql/policy-recommendations';

const refetch = { refetchQueries: [PolicyRecommendationsQuery], awaitRefetchQueries: true };

/** Writing a recommendation: draft it, edit it (with its lock version), cite figures, move it a step on. */
export function usePolicyRecommendationActions() {
  const create = useAction(CreatePolicyRecommendationMutation, refetch);
  const update = useAction(UpdatePolicyRecommendationMutation, refetch);
  const cite = useAction(CiteInPolicyRecommendationMutation, refetch);
  const uncite = useAction(RemovePolicyRecommendationCitationMutation, refetch);
  const step = useAction(SetPolicyRecommendationStatusMutation, refetch);
  return {
    create: (input: CreatePolicyRecommendationInput) => create.attempt({ input }),
    creating: create.loading,
    update: (input: UpdatePolicyRecommendationInput) => update.attempt({ input }),
    updating: update.loading,
    cite: (input: CiteInPolicyRecommendationInput) => cite.attempt({ input }),
    citing: cite.loading,
    removeCitation: (citationId: string) => uncite.attempt({ citationId }),
    setStatus: (id: string, status: PolicyRecommendationStatus, expectedLockVersion: number) =>
      step.attempt({ input: { id, status, expectedLockVersion } }),
    stepping: step.loading,
  };
}

/** A coordinator's or observer's comment during the consultation. */
export function useCommentOnPolicyRecommendation() {
  const comment = useAction(CommentOnPolicyRecommendationMutation, refetch);
  return {
    comment: (recommendationId: string, text: string) => comment.attempt({ input: { recommendationId, text } }),
    commenting: comment.loading,
  };
}

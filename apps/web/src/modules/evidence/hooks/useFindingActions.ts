import type { AddCitationInput, CreateFindingInput } from '@tandem/web-graphql';
import { useAction } from '../../operations/hooks/useAction';
import {
  AddCitationMutation,
  CommentOnFindingMutation,
  CreateFindingMutation,
  InterimAnalysisQuery,
  PublishFindingMutation,
  RemoveCitationMutation,
  SetFindingTranslationMutation,
} from '../graphql/evidence';

const refetch = { refetchQueries: [InterimAnalysisQuery], awaitRefetchQueries: true };

/** Writing a finding: create it as a draft, cite evidence (a snapshot taken now), publish it. */
export function useFindingActions() {
  const create = useAction(CreateFindingMutation, refetch);
  const cite = useAction(AddCitationMutation, refetch);
  const uncite = useAction(RemoveCitationMutation, refetch);
  const publish = useAction(PublishFindingMutation, refetch);
  return {
    createFinding: (input: CreateFindingInput) => create.attempt({ input }),
    creating: create.loading,
    addCitation: (input: AddCitationInput) => cite.attempt({ input }),
    citing: cite.loading,
    removeCitation: (citationId: string) => uncite.run({ citationId }),
    publishFinding: (id: string, expectedLockVersion: number) =>
      publish.attempt({ input: { id, expectedLockVersion } }),
    publishing: publish.loading,
    failure: uncite.failure,
  };
}

/** A coordinator's or trainer's comment on a draft finding of their country. */
export function useCommentOnFinding() {
  const comment = useAction(CommentOnFindingMutation, refetch);
  return {
    comment: (findingId: string, text: string) => comment.attempt({ input: { findingId, text } }),
    commenting: comment.loading,
  };
}

/** A writer's translation of a finding's statement (an empty one removes it). */
export function useTranslateFinding() {
  const translate = useAction(SetFindingTranslationMutation, refetch);
  return {
    translate: (findingId: string, language: string, statement: string) =>
      translate.attempt({ input: { findingId, language, statement } }),
    translating: translate.loading,
  };
}

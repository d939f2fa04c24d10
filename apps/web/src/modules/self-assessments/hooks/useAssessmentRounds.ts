import type { OpenAssessmentRoundInput } from '@tandem/web-graphql';
import { useAction } from '../../operations/hooks/useAction';
import {
  EditionRoundsQuery,
  OpenAssessmentRoundMutation,
  UpdateAssessmentRoundMutation,
} from '../graphql/rounds-admin';

/** ADMIN opens another self-assessment round or moves a round's window. Each answers whether it was done. */
export function useAssessmentRounds() {
  const opening = useAction(OpenAssessmentRoundMutation, { refetchQueries: [EditionRoundsQuery] });
  const moving = useAction(UpdateAssessmentRoundMutation);
  return {
    open: async (input: OpenAssessmentRoundInput) => {
      moving.clear();
      return !!(await opening.run({ input }));
    },
    /** `opensAt` and `closesAt` are ISO instants. */
    move: async (id: string, opensAt: string, closesAt: string) => {
      opening.clear();
      return !!(await moving.run({ input: { id, opensAt, closesAt } }));
    },
    opening: opening.loading,
    moving: moving.loading,
    failure: opening.failure ?? moving.failure,
  };
}

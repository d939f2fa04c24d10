import { CompletionPeopleQuery, TargetProgressQuery } from '../../cockpit/graphql/cockpit';
import { useAction } from '../../operations/hooks/useAction';
import { ReinstateTutorMutation, WithdrawTutorMutation } from '../graphql/completion';

/** The cockpit's numbers and the drill-down: read again after a tutor leaves or comes back. */
const COCKPIT = { refetchQueries: [TargetProgressQuery, CompletionPeopleQuery] };

/** Records that a tutor left the edition (with a reason), or takes it back. Each answers whether it was done. */
export function useWithdrawTutor(editionId: string, personId: string) {
  const withdrawing = useAction(WithdrawTutorMutation, COCKPIT);
  const reinstating = useAction(ReinstateTutorMutation, COCKPIT);
  return {
    withdraw: async (reason: string) => {
      reinstating.clear();
      return !!(await withdrawing.run({ input: { editionId, personId, reason } }));
    },
    reinstate: async () => {
      withdrawing.clear();
      return !!(await reinstating.run({ input: { editionId, personId } }));
    },
    withdrawing: withdrawing.loading,
    reinstating: reinstating.loading,
    failure: withdrawing.failure ?? reinstating.failure,
  };
}

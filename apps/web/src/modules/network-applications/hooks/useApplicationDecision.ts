import { useAction } from '../../operations/hooks/useAction';
import { ApproveNetworkApplicationMutation, RejectNetworkApplicationMutation } from '../graphql/network-applications';

/**
 * A coordinator approves a pending application (the organisation joins the network) or rejects
 * it with a reason; the answers update the application in the cache. Each answers whether it was done.
 */
export function useApplicationDecision(id: string) {
  const approving = useAction(ApproveNetworkApplicationMutation);
  const rejecting = useAction(RejectNetworkApplicationMutation);
  return {
    approve: async () => !!(await approving.run({ id })),
    reject: async (reason: string) => !!(await rejecting.run({ id, reason })),
    approving: approving.loading,
    rejecting: rejecting.loading,
    approveFailure: approving.failure,
    rejectFailure: rejecting.failure,
    /** The reject dialog opens afresh. */
    clearRejectFailure: rejecting.clear,
  };
}

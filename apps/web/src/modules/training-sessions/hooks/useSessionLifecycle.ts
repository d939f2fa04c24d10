import { useAction } from '../../operations/hooks/useAction';
import { CancelSessionMutation, CompleteSessionMutation, SessionRosterQuery } from '../graphql/sessions';

/** Who may edit a session completes it once it has started, or cancels it with a reason (everyone enrolled is mailed). */
export function useSessionLifecycle(sessionId: string) {
  const cancelling = useAction(CancelSessionMutation, { refetchQueries: [SessionRosterQuery] });
  const completing = useAction(CompleteSessionMutation);
  return {
    cancel: (reason: string) => {
      completing.clear();
      return cancelling.run({ input: { sessionId, reason } });
    },
    complete: () => {
      cancelling.clear();
      return completing.run({ input: { sessionId } });
    },
    cancelling: cancelling.loading,
    completing: completing.loading,
    failure: cancelling.failure ?? completing.failure,
  };
}

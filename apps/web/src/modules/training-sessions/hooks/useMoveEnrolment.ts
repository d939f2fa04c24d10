import { useAction } from '../../operations/hooks/useAction';
import {
  EnrollableTandemsQuery,
  MoveEnrolmentMutation,
  MoveTargetsQuery,
  SessionRosterQuery,
  TrainingSessionQuery,
} from '../graphql/sessions';

/**
 * A coordinator moves a tandem's enrolment to another session of the same module, in one
 * transaction; answers its status there (confirmed, or waiting in turn).
 */
export function useMoveEnrolment() {
  const { run, loading, failure } = useAction(MoveEnrolmentMutation, {
    refetchQueries: [SessionRosterQuery, TrainingSessionQuery, MoveTargetsQuery, EnrollableTandemsQuery],
    awaitRefetchQueries: true,
  });
  const move = async (enrolmentId: string, toSessionId: string) =>
    (await run({ input: { enrolmentId, toSessionId } }))?.moveEnrolment.status ?? null;
  return { move, moving: loading, failure };
}

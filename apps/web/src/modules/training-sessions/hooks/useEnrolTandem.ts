import { useAction } from '../../operations/hooks/useAction';
import {
  BookSessionMutation,
  EnrollableTandemsQuery,
  SessionRosterQuery,
  TrainingSessionQuery,
} from '../graphql/sessions';

/** A coordinator enrols an ACTIVE tandem of their country on its behalf; answers the enrolment's status. */
export function useEnrolTandem(sessionId: string) {
  const { run, loading, failure } = useAction(BookSessionMutation, {
    refetchQueries: [EnrollableTandemsQuery, TrainingSessionQuery, SessionRosterQuery],
    awaitRefetchQueries: true,
  });
  const enrol = async (tandemId: string) => (await run({ input: { sessionId, tandemId } }))?.bookSession.status ?? null;
  return { enrol, enrolling: loading, failure };
}

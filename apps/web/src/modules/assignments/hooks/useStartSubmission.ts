import { useAction } from '../../operations/hooks/useAction';
import { MyAssignmentsQuery, SaveSubmissionMutation } from '../graphql/assignments';

/** A partner starts the tandem's (empty) submission for an assignment; answers its id to open it. */
export function useStartSubmission() {
  const { run, loading, failure } = useAction(SaveSubmissionMutation, { refetchQueries: [MyAssignmentsQuery] });
  const start = async (assignmentId: string) =>
    (await run({ input: { assignmentId, text: '' } }))?.saveSubmission.id ?? null;
  return { start, starting: loading, failure };
}

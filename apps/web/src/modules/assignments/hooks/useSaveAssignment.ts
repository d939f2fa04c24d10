import { useAction, type Outcome } from '../../operations/hooks/useAction';
import { CreateAssignmentMutation, ModuleAssignmentsQuery, UpdateAssignmentMutation } from '../graphql/assignments';

export interface AssignmentFields {
  title: string;
  instructions: string;
  /** YYYY-MM-DD */
  dueOn: string;
}

const OPTIONS = { refetchQueries: [ModuleAssignmentsQuery], awaitRefetchQueries: true };

/**
 * A module's editor creates an assignment for the module (`assignmentId` null) or changes one;
 * answers the outcome, so that the form can show a refused title or due date at its field.
 */
export function useSaveAssignment(moduleId: string, assignmentId: string | null) {
  const creating = useAction(CreateAssignmentMutation, OPTIONS);
  const updating = useAction(UpdateAssignmentMutation, OPTIONS);

  async function save({ title, instructions, dueOn }: AssignmentFields): Promise<Outcome<unknown>> {
    const fields = { title: title.trim(), instructions, dueOn };
    return assignmentId
      ? updating.attempt({ input: { assignmentId, ...fields } })
      : creating.attempt({ input: { moduleId, ...fields } });
  }

  return { save, saving: creating.loading || updating.loading };
}

import type {
  CreateImprovementActionInput,
  SetImprovementActionStatusInput,
  UpdateImprovementActionInput,
} from '@tandem/web-graphql';
import { useAction } from '../../operations/hooks/useAction';
import { InterimAnalysisQuery } from '../graphql/evidence';
import {
  CreateImprovementActionMutation,
  SetImprovementActionStatusMutation,
  UpdateImprovementActionMutation,
} from '../graphql/improvement-actions';

const refetch = { refetchQueries: [InterimAnalysisQuery], awaitRefetchQueries: true };

/**
 * Writing an improvement action: propose it, edit it, and move it one step at a time (AGREED,
 * DONE in a module version, CHECKED with a figure before and after). Every edit sends the lock
 * version it started from, so a stale one gets STALE_WRITE instead of overwriting.
 */
export function useActionEditing() {
  const create = useAction(CreateImprovementActionMutation, refetch);
  const update = useAction(UpdateImprovementActionMutation, refetch);
  const step = useAction(SetImprovementActionStatusMutation, refetch);
  return {
    createAction: (input: CreateImprovementActionInput) => create.attempt({ input }),
    updateAction: (input: UpdateImprovementActionInput) => update.attempt({ input }),
    setStatus: (input: SetImprovementActionStatusInput) => step.attempt({ input }),
    saving: create.loading || update.loading,
    stepping: step.loading,
  };
}

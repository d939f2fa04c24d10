import type { SetTargetInput } from '@tandem/web-graphql';
import { useAction } from '../../operations/hooks/useAction';
import { RefreshCompletionMutation, TargetProgressQuery } from '../graphql/cockpit';
import { SetTargetMutation } from '../graphql/targets';

/** Computes everyone's completion status now (rather than at the next scheduled run); answers whether it ran. */
export function useRefreshCompletion() {
  const { run, loading, failure } = useAction(RefreshCompletionMutation, {
    refetchQueries: [TargetProgressQuery],
    awaitRefetchQueries: true,
  });
  const refresh = async () => !!(await run({}));
  return { refresh, refreshing: loading, failure };
}

/** ADMIN sets the edition's target and its splits by country and side; answers whether it was saved. */
export function useSetTarget() {
  const { run, loading, failure } = useAction(SetTargetMutation, { refetchQueries: [TargetProgressQuery] });
  const save = async (input: SetTargetInput) => !!(await run({ input }));
  return { save, saving: loading, failure };
}

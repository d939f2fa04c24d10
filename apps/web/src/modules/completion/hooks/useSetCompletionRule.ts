import type { SetCompletionRuleInput } from '@tandem/web-graphql';
import { TargetProgressQuery } from '../../cockpit/graphql/cockpit';
import { useAction } from '../../operations/hooks/useAction';
import { SetCompletionRuleMutation } from '../graphql/completion';

/** ADMIN sets what "trained" means; everyone's status is computed again (the cockpit is read again). */
export function useSetCompletionRule() {
  const { run, loading, failure } = useAction(SetCompletionRuleMutation, { refetchQueries: [TargetProgressQuery] });
  const save = async (input: SetCompletionRuleInput) => !!(await run({ input }));
  return { save, saving: loading, failure };
}

import { useAction } from '../../operations/hooks/useAction';
import { toApplicationInput, type ApplicationValues } from '../application-form';
import { ApplyToJoinNetworkMutation } from '../graphql/network-applications';

/** An organisation applies to join the network (public). Answers the outcome: refused fields are the form's. */
export function useApplyToJoinNetwork() {
  const { attempt, loading } = useAction(ApplyToJoinNetworkMutation);
  return { apply: (values: ApplicationValues) => attempt({ input: toApplicationInput(values) }), applying: loading };
}

import { useAction } from '../../operations/hooks/useAction';
import { InvitePersonMutation } from '../graphql/people';
import { toInvitePersonInput, type InvitePersonForm } from '../invite-person';

/**
 * Invites a person with one role in its scope (the invitation is mailed). Answers the outcome: a
 * refused field, or an address that already has an account, belongs next to the form's field.
 */
export function useInvitePerson(viewerIsAdmin: boolean) {
  const { attempt, loading } = useAction(InvitePersonMutation);
  const invite = (form: InvitePersonForm & { role: NonNullable<InvitePersonForm['role']> }) =>
    attempt({ input: toInvitePersonInput(form, viewerIsAdmin) });
  return { invite, inviting: loading };
}

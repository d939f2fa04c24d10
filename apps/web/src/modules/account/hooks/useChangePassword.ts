import { useAction } from '../../operations/hooks/useAction';
import { ChangePasswordMutation } from '../graphql/account';

/**
 * The signed-in person changes their password (the current one proves it is them). Answers the
 * outcome: a VALIDATION_FAILED belongs next to the form's fields.
 */
export function useChangePassword() {
  const { attempt, loading } = useAction(ChangePasswordMutation);
  const changePassword = (currentPassword: string, newPassword: string) =>
    attempt({ input: { currentPassword, newPassword } });
  return { changePassword, changing: loading };
}

import { useAction } from '../../operations/hooks/useAction';
import { RequestPasswordResetMutation, ResetPasswordMutation } from '../graphql/password-reset';

/** Asks for a reset link by e-mail (the same answer whether or not an account exists). */
export function useRequestPasswordReset() {
  const { attempt, loading } = useAction(RequestPasswordResetMutation);
  return { request: (email: string) => attempt({ email }), requesting: loading };
}

/** Sets a new password with the link's token; the server ends every session of the account. */
export function useResetPassword() {
  const { attempt, loading } = useAction(ResetPasswordMutation);
  return { reset: (token: string, password: string) => attempt({ input: { token, password } }), resetting: loading };
}

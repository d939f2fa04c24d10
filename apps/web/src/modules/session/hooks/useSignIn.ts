import { useAction } from '../../operations/hooks/useAction';
import { LoginMutation } from '../graphql/session';
import { useSessionApi } from '../session-context';

/**
 * Signs in with e-mail and password; on success the session (and the shell) has the person at once.
 * Answers the outcome: a wrong password (UNAUTHENTICATED) or a refused field is the form's to show.
 */
export function useSignIn() {
  const { signIn } = useSessionApi();
  const { attempt, loading } = useAction(LoginMutation);

  async function login(email: string, password: string) {
    const outcome = await attempt({ input: { email: email.trim(), password } });
    if (outcome.data) signIn(outcome.data.login);
    return outcome;
  }

  return { login, signingIn: loading };
}

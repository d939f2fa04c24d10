import type { Locale } from '@tandem/shared-domain';
import { useAction } from '../../operations/hooks/useAction';
import { useSessionApi } from '../../session/session-context';
import { AcceptInvitationMutation } from '../graphql/invitations';

export interface Acceptance {
  token: string;
  password: string;
  preferredLanguage: Locale;
  researchConsent: boolean;
}

/**
 * The invited person sets their password and choices; accepting signs them in at once. Answers
 * the outcome: a refused password belongs next to its field.
 */
export function useAcceptInvitation() {
  const { signIn } = useSessionApi();
  const { attempt, loading } = useAction(AcceptInvitationMutation);

  async function accept(input: Acceptance) {
    const outcome = await attempt({ input });
    if (outcome.data) signIn(outcome.data.acceptInvitation);
    return outcome;
  }

  return { accept, accepting: loading };
}

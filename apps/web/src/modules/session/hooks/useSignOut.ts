import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { LogoutMutation } from '../graphql/session';
import { signInPath } from '../sign-in-path';

/**
 * Ends the session on the server, then loads the sign-in page afresh: a full page load leaves
 * nothing of the person in memory, which matters on the shared computers of schools.
 */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const client = useApolloClient();
  const [signingOut, setSigningOut] = useState(false);

  const signOut = useCallback(async () => {
    setSigningOut(true);
    try {
      await client.mutate({ mutation: LogoutMutation });
    } catch {
      // Already ended on the server (expired, or signed out elsewhere): sign out here all the same.
    }
    window.location.assign(signInPath(null, 'signedOut'));
  }, [client]);

  return { signOut, signingOut };
}

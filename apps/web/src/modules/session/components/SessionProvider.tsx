import { useApolloClient, useQuery } from '@apollo/client/react';
import { isLocale } from '@tandem/shared-domain';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isUnauthenticated } from '../../errors/to-app-error';
import { MeQuery } from '../graphql/session';
import {
  SessionContext,
  type Session,
  type SessionApi,
  type SessionPerson,
  type SignedOutReason,
} from '../session-context';
import { sessionEvents } from '../session-events';

interface SessionProviderProps {
  children: ReactNode;
  /**
   * Called when the session ends (expired, or signed out). The app answers with a fresh Apollo
   * client; without it, the store is cleared.
   */
  onSessionEnd?: () => void;
}

/**
 * Knows who is signed in. The person lives in the Apollo cache (`me`), so a mutation that returns
 * the Person (preferences) updates the shell at once. While signed out, `me` is not queried.
 */
export function SessionProvider({ children, onSessionEnd }: SessionProviderProps) {
  const client = useApolloClient();
  const { i18n } = useTranslation();
  const [signedOut, setSignedOut] = useState<SignedOutReason | null>(null);
  const me = useQuery(MeQuery, { skip: signedOut !== null });
  const anonymous = signedOut === null && isUnauthenticated(me.error);

  useEffect(() => {
    if (anonymous) setSignedOut('anonymous');
  }, [anonymous]);

  const end = useCallback((reason: Exclude<SignedOutReason, 'anonymous'>) => setSignedOut(reason), []);

  // Nothing of the previous person may stay in memory once their session is gone.
  useEffect(() => {
    if (signedOut !== 'expired' && signedOut !== 'signedOut') return;
    if (onSessionEnd) onSessionEnd();
    else void client.clearStore();
    // Once per end of a session, not again when the (new) client arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signedOut]);

  useEffect(() => sessionEvents.onExpired(() => end('expired')), [end]);

  const signIn = useCallback(
    (person: SessionPerson) => {
      client.writeQuery({ query: MeQuery, data: { me: person } });
      setSignedOut(null);
    },
    [client],
  );

  const person = signedOut === null ? me.data?.me : undefined;

  // The person's own language wins over the device's, once per sign-in (not on every update of
  // the person, which would fight the language picker).
  const personId = person?.id;
  const preferredLanguage = person?.preferredLanguage;
  useEffect(() => {
    if (personId && isLocale(preferredLanguage) && preferredLanguage !== i18n.language) {
      void i18n.changeLanguage(preferredLanguage);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [personId]);

  const session = useMemo<Session>(() => {
    if (signedOut !== null) return { status: 'signedOut', reason: signedOut };
    if (anonymous) return { status: 'signedOut', reason: 'anonymous' };
    if (person) return { status: 'signedIn', person };
    if (me.error) return { status: 'error', error: me.error };
    return { status: 'loading' };
  }, [signedOut, anonymous, person, me.error]);

  const api = useMemo<SessionApi>(() => ({ session, signIn, end }), [session, signIn, end]);
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

import type { SessionPersonFragment } from '@tandem/web-graphql';
import { createContext, useContext } from 'react';

export type SessionPerson = SessionPersonFragment;

/** Why there is no session: never signed in here, the server ended it, or the person signed out. */
export type SignedOutReason = 'anonymous' | 'expired' | 'signedOut';

export type Session =
  | { status: 'loading' }
  | { status: 'signedOut'; reason: SignedOutReason }
  | { status: 'signedIn'; person: SessionPerson }
  | { status: 'error'; error: unknown };

export interface SessionApi {
  session: Session;
  /** After a successful `login`: remember the person and apply their language. */
  signIn(person: SessionPerson): void;
  /** Forget the session locally (the server has ended it, or is ending it). */
  end(reason: Exclude<SignedOutReason, 'anonymous'>): void;
}

export const SessionContext = createContext<SessionApi | null>(null);

export function useSessionApi(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession must be used inside <SessionProvider>');
  return api;
}

export function useSession(): Session {
  return useSessionApi().session;
}

/** For components under <RequireSession>, where a person is guaranteed. */
export function useSignedInPerson(): SessionPerson {
  const session = useSession();
  if (session.status !== 'signedIn') throw new Error('useSignedInPerson needs a signed-in session');
  return session.person;
}

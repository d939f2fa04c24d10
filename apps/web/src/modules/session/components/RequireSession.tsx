import { PageLoader } from '@tandem/web-ui';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useSession } from '../session-context';
import { signInPath } from '../sign-in-path';

/** Renders its children for a signed-in person; sends everyone else to the sign-in page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  switch (session.status) {
    case 'loading':
      return <PageLoader />;
    case 'error':
      // Not "signed out" but "could not ask": the route's error element explains it.
      throw session.error;
    case 'signedOut':
      // The address bar, not useLocation(): when the session ends while the next page is still
      // loading (a navigation is a transition), the rendered location is still the previous page,
      // but the person was on their way to the new one.
      return <Navigate to={signInPath(window.location, session.reason)} replace />;
    case 'signedIn':
      return children;
  }
}

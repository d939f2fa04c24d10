import { useSuspenseQuery } from '@apollo/client/react';
import { Navigate } from 'react-router';
import { MyConsentsQuery } from '../graphql/privacy';

/**
 * Where a person goes once signed in: to `next`, through the consent page only while a consent
 * question is unanswered. Decided here, on the sign-in page (no navigation to click yet), so that
 * someone who answered never sees `/consents` redirect under a click that raced it.
 */
export function AfterSignIn({ next }: { next: string }) {
  const { data } = useSuspenseQuery(MyConsentsQuery, { fetchPolicy: 'network-only' });
  const to = data.myConsents.every((c) => c.answered) ? next : `/consents?next=${encodeURIComponent(next)}`;
  return <Navigate to={to} replace />;
}

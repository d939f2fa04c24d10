import { toAppError } from './to-app-error';

/** Errors a page may meet in ordinary use; RouteError explains them, nothing needs logging. */
const EXPECTED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'NETWORK', 'GRAPHQL_VALIDATION_FAILED']);

/**
 * React's onCaughtError: called once for each error an error boundary (the routes' RouteErrorBoundary)
 * caught. React would log every one to the console; only the unexpected ones are logged here.
 */
export function reportCaughtError(error: unknown): void {
  if (EXPECTED.has(toAppError(error).code)) return;
  console.error(error);
}

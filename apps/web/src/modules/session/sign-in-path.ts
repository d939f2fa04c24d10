import type { SignedOutReason } from './session-context';

/**
 * Only same-site paths are followed after sign-in: `?next=https://evil.example` or
 * `?next=//evil.example` would otherwise make the sign-in page an open redirect.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/sign-in')) return '/';
  return next;
}

/** `/sign-in?next=…&reason=…`; no `next` for the start page or after signing out on purpose. */
export function signInPath(
  from: { pathname: string; search?: string } | null,
  reason: SignedOutReason = 'anonymous',
): string {
  // Already there (a redirect rendered twice): keep the `next` and `reason` it was given.
  if (from?.pathname === '/sign-in') return `/sign-in${from.search ?? ''}`;
  const params = new URLSearchParams();
  const target = from ? `${from.pathname}${from.search ?? ''}` : '/';
  if (reason !== 'signedOut' && target !== '/' && !target.startsWith('/sign-in')) params.set('next', target);
  if (reason !== 'anonymous') params.set('reason', reason);
  const query = params.toString();
  return query ? `/sign-in?${query}` : '/sign-in';
}

import { useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/**
 * Filters kept in the address (`?q=…&role=…`): the current parameters, and `update` that changes some
 * and keeps the others (replacing the history entry, so Back leaves the list). `update` starts from
 * the address as it is when it runs, not as the render that made it saw it: a debounced search runs
 * with a `set` from before a select's change (a tree kept during a transition), and a stale copy
 * dropped that change (the people list lost its role filter in CI). Under a memory router (tests)
 * the newest render's copy stands in for the address.
 */
export function useAddressParams() {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const latest = useRef({ params, pathname }).current;
  latest.params = params;
  latest.pathname = pathname;
  const update = (changes: Partial<Record<string, string | null>>) =>
    setParams(
      () => {
        const inBrowser = window.location.pathname === latest.pathname;
        const next = new URLSearchParams(inBrowser ? window.location.search : latest.params);
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  return [params, update] as const;
}

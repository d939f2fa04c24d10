import { useCallback, useEffect, useRef, useState } from 'react';

export interface PendingRating {
  level: number | null;
  evidence?: string;
}
export type Pending = Record<string, PendingRating>;
/**
 * saved: the server has everything; pending: a change waits for the pause before it is sent;
 * saving: on its way; offline: the network is down, kept on the device; unsaved: the server did not
 * take it (tried again shortly).
 */
export type SaveState = 'saved' | 'pending' | 'saving' | 'offline' | 'unsaved';

const storageKey = (id: string) => `tandem.selfAssessment.${id}`;
const DEBOUNCE_MS = 800;
const RETRY_MS = 5000;

function networkDown(error: unknown): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  return error instanceof TypeError && /fetch|network|load/i.test(error.message);
}

function load(id: string): Pending {
  try {
    return JSON.parse(localStorage.getItem(storageKey(id)) ?? '{}') as Pending;
  } catch {
    return {};
  }
}

/**
 * Changes of a draft, saved as the tutor goes. Unsaved changes are kept in localStorage until the
 * server has them, so a dropped connection or a closed tab loses nothing: they are sent again on
 * the next change, on reconnect, after a pause, or when the page is opened again.
 */
export function useAutosave(id: string, enabled: boolean, send: (changes: Pending) => Promise<void>) {
  const [pending, setPending] = useState<Pending>(() => (enabled ? load(id) : {}));
  const [state, setState] = useState<SaveState>(() => (Object.keys(pending).length ? 'pending' : 'saved'));
  const inFlight = useRef(false);
  const latest = useRef(pending);
  latest.current = pending;

  useEffect(() => {
    if (!enabled) return;
    if (Object.keys(pending).length) localStorage.setItem(storageKey(id), JSON.stringify(pending));
    else localStorage.removeItem(storageKey(id));
  }, [enabled, id, pending]);

  const flush = useCallback(async (): Promise<boolean> => {
    const snapshot = latest.current;
    if (!Object.keys(snapshot).length) return true;
    if (inFlight.current) return false;
    inFlight.current = true;
    setState('saving');
    try {
      await send(snapshot);
      // Keep only what changed again while this save was on its way.
      setPending((current) => Object.fromEntries(Object.entries(current).filter(([k, v]) => snapshot[k] !== v)));
      setState('saved');
      return true;
    } catch (e) {
      // "Offline" only when the network is down: the browser says so, or the request never reached a
      // server (fetch failed). An answer that refused the save is "not saved yet"; both are retried.
      setState(networkDown(e) ? 'offline' : 'unsaved');
      return false;
    } finally {
      inFlight.current = false;
    }
  }, [send]);

  useEffect(() => {
    if (!enabled || !Object.keys(pending).length) return;
    const retrying = state === 'unsaved' || state === 'offline';
    const timer = setTimeout(() => void flush(), retrying ? RETRY_MS : DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [enabled, pending, state, flush]);

  useEffect(() => {
    const online = () => {
      setState((s) => (s === 'offline' ? 'pending' : s));
      void flush();
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [flush]);

  const change = useCallback((competenceId: string, next: PendingRating) => {
    setPending((current) => ({ ...current, [competenceId]: { ...current[competenceId], ...next } }));
    // A change waits for a short pause (DEBOUNCE_MS) and is then saved; offline it stays on the device.
    setState((s) => (s === 'saving' || s === 'offline' ? s : 'pending'));
  }, []);

  const discard = useCallback(() => setPending({}), []);

  return { pending, state, change, flush, discard };
}

import { useCallback, useEffect, useRef, useState } from 'react';

export interface PendingRating {
  level: number | null;
  evidence?: string;
}
export type Pending = Record<string, PendingRating>;
export type SaveState = 'saved' | 'saving' | 'unsaved';

const storageKey = (id: string) => `tandem.selfAssessment.${id}`;
const DEBOUNCE_MS = 800;
const RETRY_MS = 5000;

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
  const [state, setState] = useState<SaveState>(() => (Object.keys(pending).length ? 'unsaved' : 'saved'));
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
    } catch {
      setState('unsaved');
      return false;
    } finally {
      inFlight.current = false;
    }
  }, [send]);

  useEffect(() => {
    if (!enabled || !Object.keys(pending).length) return;
    const timer = setTimeout(() => void flush(), state === 'unsaved' ? RETRY_MS : DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [enabled, pending, state, flush]);

  useEffect(() => {
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [flush]);

  const change = useCallback((competenceId: string, next: PendingRating) => {
    setPending((current) => ({ ...current, [competenceId]: { ...current[competenceId], ...next } }));
    setState((s) => (s === 'saving' ? s : 'unsaved'));
  }, []);

  const discard = useCallback(() => setPending({}), []);

  return { pending, state, change, flush, discard };
}

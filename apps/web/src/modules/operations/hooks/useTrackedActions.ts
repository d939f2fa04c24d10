import type { AppError } from '@tandem/web-ui';
import { useCallback, useReducer } from 'react';
import { toAppError } from '../../errors/to-app-error';

/**
 * The actions of one editor, one at a time (`save`, `confirm`, `upload`…): the one running, the
 * last one done, or the last failure with the action it stopped.
 */
export interface TrackedActions<A extends string> {
  busy: A | null;
  done: A | null;
  failure: { action: A; error: AppError } | null;
  /** 0..1 while a file is on its way (null when the total is unknown or nothing is sent). */
  progress: number | null;
}

export type TrackedEvent<A extends string> =
  | { type: 'started'; action: A }
  | { type: 'succeeded'; action: A }
  | { type: 'failed'; action: A; error: AppError }
  | { type: 'progress'; fraction: number | null }
  | { type: 'cleared' };

export function idleActions<A extends string>(): TrackedActions<A> {
  return { busy: null, done: null, failure: null, progress: null };
}

export function trackedActionsReducer<A extends string>(
  state: TrackedActions<A>,
  event: TrackedEvent<A>,
): TrackedActions<A> {
  switch (event.type) {
    case 'started':
      return { ...state, busy: event.action, done: null, failure: null };
    case 'succeeded':
      return { ...state, busy: null, done: event.action };
    case 'failed':
      return { ...state, busy: null, failure: { action: event.action, error: event.error } };
    case 'progress':
      return { ...state, progress: event.fraction };
    case 'cleared':
      return { ...state, done: null, failure: null };
  }
}

/**
 * Runs an editor's actions through one reducer: `run(action, work)` answers whether the work
 * succeeded, and keeps what it came to for the page; `setProgress` reports an upload's progress.
 */
export function useTrackedActions<A extends string>() {
  const [state, dispatch] = useReducer(trackedActionsReducer<A>, undefined, idleActions<A>);

  const run = useCallback(async (action: A, work: () => Promise<unknown>) => {
    dispatch({ type: 'started', action });
    try {
      await work();
      dispatch({ type: 'succeeded', action });
      return true;
    } catch (e) {
      dispatch({ type: 'failed', action, error: toAppError(e) });
      return false;
    }
  }, []);
  const setProgress = useCallback((fraction: number | null) => dispatch({ type: 'progress', fraction }), []);
  const succeeded = useCallback((action: A) => dispatch({ type: 'succeeded', action }), []);
  const clear = useCallback(() => dispatch({ type: 'cleared' }), []);

  return { ...state, run, setProgress, succeeded, clear };
}

import { act, renderHook } from '@testing-library/react';
import { idleActions, trackedActionsReducer, useTrackedActions } from './useTrackedActions';

type Action = 'save' | 'confirm' | 'upload';
const IDLE = idleActions<Action>();

describe('the tracked actions of an editor', () => {
  it('forgets the last outcome when the next action starts', () => {
    const failed = trackedActionsReducer(IDLE, { type: 'failed', action: 'save', error: { code: 'CONFLICT' } });
    expect(trackedActionsReducer(failed, { type: 'started', action: 'confirm' })).toEqual({
      busy: 'confirm',
      done: null,
      failure: null,
      progress: null,
    });
  });

  it('keeps the failure with the action it stopped, reduced to an AppError', async () => {
    const { result } = renderHook(() => useTrackedActions<Action>());

    let ok = true;
    await act(async () => {
      ok = await result.current.run('upload', () => Promise.reject({ code: 'VALIDATION_FAILED', fields: [] }));
    });

    expect(ok).toBe(false);
    expect(result.current.failure).toEqual({ action: 'upload', error: { code: 'VALIDATION_FAILED', fields: [] } });
    expect(result.current.busy).toBeNull();
  });

  it('says which action was done, until cleared', async () => {
    const { result } = renderHook(() => useTrackedActions<Action>());

    await act(async () => {
      await result.current.run('save', () => Promise.resolve());
    });
    expect(result.current.done).toBe('save');

    act(() => result.current.clear());
    expect(result.current.done).toBeNull();
  });
});

import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAutosave, type Pending } from './useAutosave';

describe('autosave of a self-assessment draft', () => {
  afterEach(() => {
    localStorage.clear();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('saves a change after a short pause and says so, without an "offline" message in between', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const sent: Pending[] = [];
    const send = vi.fn(async (changes: Pending) => void sent.push(changes));
    const { result } = renderHook(() => useAutosave('sa-2', true, send));
    act(() => result.current.change('c1', { level: 2 }));
    expect(result.current.state).toBe('pending');
    act(() => result.current.change('c2', { level: 4 }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    expect(send).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(600);
    });
    await waitFor(() => expect(result.current.state).toBe('saved'));
    // One save for both changes of the burst.
    expect(sent).toEqual([{ c1: { level: 2 }, c2: { level: 4 } }]);
  });

  it('says "offline" for a request that never reached a server, "not saved yet" for one the server refused', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    let failure: Error = new TypeError('Failed to fetch');
    const send = vi.fn(async () => {
      throw failure;
    });
    const { result } = renderHook(() => useAutosave('sa-3', true, send));
    act(() => result.current.change('c1', { level: 1 }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(result.current.state).toBe('offline');
    failure = new Error('Response not successful: Received status code 500');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5500);
    });
    expect(send).toHaveBeenCalledTimes(2);
    expect(result.current.state).toBe('unsaved');
  });

  it('keeps changes on the device while the connection is down and sends them once it is back', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const sent: Pending[] = [];
    let online = false;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
    const send = vi.fn(async (changes: Pending) => {
      if (!online) throw new TypeError('Failed to fetch');
      sent.push(changes);
    });
    const { result, unmount } = renderHook(() => useAutosave('sa-1', true, send));
    act(() => result.current.change('c1', { level: 3 }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(result.current.state).toBe('offline');
    expect(JSON.parse(localStorage.getItem('tandem.selfAssessment.sa-1') ?? '{}')).toEqual({ c1: { level: 3 } });

    // The tab is closed and opened again: the unsaved change is still there and is sent.
    unmount();
    online = true;
    const again = renderHook(() => useAutosave('sa-1', true, send));
    expect(again.result.current.pending).toEqual({ c1: { level: 3 } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    await waitFor(() => expect(again.result.current.state).toBe('saved'));
    expect(sent).toEqual([{ c1: { level: 3 } }]);
    expect(localStorage.getItem('tandem.selfAssessment.sa-1')).toBeNull();
  });
});

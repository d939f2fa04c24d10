/**
 * "The server no longer knows this session": raised by the Apollo error link (outside React),
 * handled by the SessionProvider (inside the router).
 */
const target = new EventTarget();
const EXPIRED = 'session-expired';

export const sessionEvents = {
  expired(): void {
    target.dispatchEvent(new Event(EXPIRED));
  },
  onExpired(listener: () => void): () => void {
    target.addEventListener(EXPIRED, listener);
    return () => target.removeEventListener(EXPIRED, listener);
  },
};

import { createHmac, timingSafeEqual } from 'node:crypto';

/** A check-in code is valid for its 30-second window and the one after it (a scan at the turn of a window still counts). */
export const CHECK_IN_WINDOW_MS = 30_000;

export const windowOf = (at: number) => Math.floor(at / CHECK_IN_WINDOW_MS);

function mac(secret: string, sessionId: string, window: number): string {
  return createHmac('sha256', secret).update(`${sessionId}:${window}`).digest('base64url').slice(0, 22);
}

/** `<window>.<mac>`: the MAC binds the code to this session's secret and the time window. */
export function checkInCode(secret: string, sessionId: string, at: number): { code: string; expiresAt: Date } {
  const window = windowOf(at);
  return {
    code: `${window}.${mac(secret, sessionId, window)}`,
    expiresAt: new Date((window + 1) * CHECK_IN_WINDOW_MS),
  };
}

export type CheckInVerdict = 'OK' | 'INVALID' | 'EXPIRED';

export function verifyCheckInCode(secret: string, sessionId: string, code: string, at: number): CheckInVerdict {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{22})$/.exec(code);
  if (!match) return 'INVALID';
  const window = Number(match[1]);
  const expected = Buffer.from(mac(secret, sessionId, window));
  const given = Buffer.from(match[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'INVALID';
  const now = windowOf(at);
  return window === now || window === now - 1 ? 'OK' : 'EXPIRED';
}

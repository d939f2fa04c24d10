import { checkInCode, verifyCheckInCode } from './check-in-code';

const secret = 'a'.repeat(64);
const session = '5f0c3f8e-0000-4000-8000-000000000001';
const other = '5f0c3f8e-0000-4000-8000-000000000002';

describe('QR check-in codes', () => {
  const t0 = 1_800_000_000_000;
  it('accepts the current code and the one of the previous 30 seconds', () => {
    const { code } = checkInCode(secret, session, t0);
    expect(verifyCheckInCode(secret, session, code, t0)).toBe('OK');
    expect(verifyCheckInCode(secret, session, code, t0 + 30_000)).toBe('OK');
  });
  it('refuses an expired code, a code of another session and a forged one', () => {
    const { code } = checkInCode(secret, session, t0);
    expect(verifyCheckInCode(secret, session, code, t0 + 60_000)).toBe('EXPIRED');
    expect(verifyCheckInCode(secret, other, code, t0)).toBe('INVALID');
    expect(verifyCheckInCode('b'.repeat(64), session, code, t0)).toBe('INVALID');
    expect(
      verifyCheckInCode(
        secret,
        session,
        code.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
        t0,
      ),
    ).toBe('INVALID');
    expect(verifyCheckInCode(secret, session, 'nonsense', t0)).toBe('INVALID');
  });
});

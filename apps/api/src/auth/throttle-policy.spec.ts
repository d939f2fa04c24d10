import { delaySeconds, retryAfterSeconds, SIGN_IN_THROTTLE, startsDelay, type SignInFailures } from './throttle-policy';

const now = new Date('2026-11-20T10:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);
const failures = (over: Partial<SignInFailures>): SignInFailures => ({
  now,
  pairFailures: 0,
  lastPairFailureAt: null,
  addressFailures: 0,
  lastAddressFailureAt: null,
  accountFailures: 0,
  ...over,
});

describe('sign-in throttling rule', () => {
  it('lets the first five failures of an address on an account cost nothing, then doubles the wait up to 15 minutes', () => {
    expect([0, 4, 5, 6, 7, 8, 12, 40].map((n) => delaySeconds(n, 5))).toEqual([0, 0, 15, 30, 60, 120, 900, 900]);
  });

  it('makes an address wait after its fifth failure on an account, counted from its last failure', () => {
    expect(retryAfterSeconds(failures({ pairFailures: 4, lastPairFailureAt: ago(1) }))).toBe(0);
    expect(retryAfterSeconds(failures({ pairFailures: 5, lastPairFailureAt: ago(5) }))).toBe(10);
    expect(retryAfterSeconds(failures({ pairFailures: 5, lastPairFailureAt: ago(16) }))).toBe(0);
  });

  it('never makes an address with no failures wait because of failures elsewhere, even under attack', () => {
    expect(retryAfterSeconds(failures({ accountFailures: 500 }))).toBe(0);
  });

  it('gives each address one free failure on an account under attack', () => {
    const underAttack = { accountFailures: SIGN_IN_THROTTLE.accountAlertFailures, lastPairFailureAt: ago(1) };
    expect(retryAfterSeconds(failures({ ...underAttack, pairFailures: 1 }))).toBe(14);
  });

  it('slows down an address that sprays many accounts', () => {
    expect(retryAfterSeconds(failures({ addressFailures: 30, lastAddressFailureAt: ago(0) }))).toBe(15);
    expect(retryAfterSeconds(failures({ addressFailures: 29, lastAddressFailureAt: ago(0) }))).toBe(0);
  });

  it('tells the owner when a wait starts on their account, not at every failure', () => {
    expect(startsDelay(failures({ pairFailures: 5 }))).toBe(true);
    expect(startsDelay(failures({ pairFailures: 6 }))).toBe(false);
    expect(startsDelay(failures({ pairFailures: 1, accountFailures: 20 }))).toBe(true);
  });
});

/**
 * The sign-in throttling rule, as pure functions (OWASP ASVS v5 6.3.1 / NIST SP 800-63B 5.2.2):
 * failures slow down the (account, address) pair that made them, with delays that grow; they never
 * lock an account for everyone. Successful sign-ins are never counted.
 *
 * - An address may fail `pairFreeFailures` times on an account; after that each further try from it on
 *   that account waits `baseDelaySeconds · 2^(extra failures)`, at most `maxDelaySeconds`. A correct
 *   password from that address is refused while it waits (so a guess during the wait tells nothing).
 * - A success from an address clears that pair's failures; failures are forgotten after `memoryHours`.
 * - Another address with no failures on the account gets in with the correct password at once, so a
 *   stranger cannot lock a tutor out.
 * - Spraying: an address with more than `addressFreeFailures` failures across accounts within
 *   `addressWindowMinutes` waits the same growing delays on every account.
 * - An account with `accountAlertFailures` failures from all addresses within `memoryHours` is treated
 *   as under attack: each address then gets `pairFreeFailuresUnderAttack` free failure before its delays
 *   start (NIST's limit of consecutive failures per account, without locking the owner out).
 * - The owner is e-mailed (at most daily) when a delay starts on their account.
 */
export const SIGN_IN_THROTTLE = {
  pairFreeFailures: 5,
  pairFreeFailuresUnderAttack: 1,
  accountAlertFailures: 20,
  addressFreeFailures: 30,
  addressWindowMinutes: 15,
  baseDelaySeconds: 15,
  maxDelaySeconds: 15 * 60,
  memoryHours: 24,
} as const;

/** The failures that bear on one sign-in attempt, read from the database at its clock. */
export interface SignInFailures {
  now: Date;
  /** Failures of this account from this address (since the pair's last success, within memoryHours). */
  pairFailures: number;
  lastPairFailureAt: Date | null;
  /** Failures from this address on any account within addressWindowMinutes. */
  addressFailures: number;
  lastAddressFailureAt: Date | null;
  /** Failures of this account from every address within memoryHours. */
  accountFailures: number;
}

/** Seconds to wait after `failures` failures when the first `free` ones cost nothing. */
export function delaySeconds(failures: number, free: number, rule = SIGN_IN_THROTTLE): number {
  if (failures < free) return 0;
  return Math.min(rule.maxDelaySeconds, rule.baseDelaySeconds * 2 ** Math.min(30, failures - free));
}

export function pairFreeFailures(f: Pick<SignInFailures, 'accountFailures'>, rule = SIGN_IN_THROTTLE): number {
  return f.accountFailures >= rule.accountAlertFailures ? rule.pairFreeFailuresUnderAttack : rule.pairFreeFailures;
}

/** 0 when the attempt may go ahead; otherwise the whole seconds to wait. */
export function retryAfterSeconds(f: SignInFailures, rule = SIGN_IN_THROTTLE): number {
  const waitUntil = (last: Date | null, delay: number) => (last && delay ? last.getTime() + delay * 1000 : 0);
  const until = Math.max(
    waitUntil(f.lastPairFailureAt, delaySeconds(f.pairFailures, pairFreeFailures(f, rule), rule)),
    waitUntil(f.lastAddressFailureAt, delaySeconds(f.addressFailures, rule.addressFreeFailures, rule)),
  );
  const ms = until - f.now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** Whether the failure just recorded (counted in `f`) starts a wait on the account: the moment to tell its owner. */
export function startsDelay(f: SignInFailures, rule = SIGN_IN_THROTTLE): boolean {
  return f.pairFailures === pairFreeFailures(f, rule) || f.accountFailures === rule.accountAlertFailures;
}

/** Buckets of their own, counted on every request (they guard mail and CPU, not passwords). */
export const REQUEST_LIMITS = {
  /** Reset-link requests: per e-mail and per address, within windowMinutes. */
  PASSWORD_RESET_REQUEST: { perEmail: 5, perAddress: 30, windowMinutes: 15 },
  /** Unknown, used or expired invitation / reset tokens from one address (their use needs argon2 work). */
  ACCOUNT_TOKEN: { perEmail: Infinity, perAddress: 20, windowMinutes: 15 },
  /** Public applications to join the network: per contact e-mail and per (hashed) address. */
  NETWORK_APPLICATION: { perEmail: 5, perAddress: 30, windowMinutes: 15 },
} as const;

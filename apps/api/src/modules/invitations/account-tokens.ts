import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError, Errors } from '../../common/domain-error';
import { AccountToken, AccountTokenPurpose } from './account-token.entity';

export const INVITATION_VALID_DAYS = 7;
export const PASSWORD_RESET_VALID_MINUTES = 60;

export const hashAccountToken = (token: string) => createHash('sha256').update(token).digest('hex');

export { publicBaseUrl } from '../../config/app-config';

/** Creates a token inside the caller's transaction; earlier unused tokens of the same purpose stop working. */
export async function issueAccountToken(
  manager: EntityManager,
  personId: string,
  purpose: AccountTokenPurpose,
  validMs: number,
  createdById: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  await manager
    .createQueryBuilder()
    .update(AccountToken)
    .set({ expiresAt: () => 'LEAST(expires_at, now())' })
    .where('person_id = :personId AND purpose = :purpose AND used_at IS NULL', { personId, purpose })
    .execute();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + validMs);
  await manager.insert(AccountToken, { personId, purpose, tokenHash: hashAccountToken(token), expiresAt, createdById });
  return { token, expiresAt };
}

const FAILURES: Record<AccountTokenPurpose, { expired: () => DomainError; used: () => DomainError }> = {
  INVITATION: {
    expired: () =>
      new DomainError(
        'INVITATION_EXPIRED',
        'This invitation has expired. Ask the person who invited you for a new one.',
      ),
    used: () =>
      new DomainError(
        'INVITATION_USED',
        'This invitation has already been used. Sign in with your password, or reset it.',
      ),
  },
  PASSWORD_RESET: {
    expired: () =>
      new DomainError('PASSWORD_RESET_EXPIRED', 'This password reset link has expired. Ask for a new one.'),
    used: () =>
      new DomainError('PASSWORD_RESET_USED', 'This password reset link has already been used. Ask for a new one.'),
  },
};

/** The token's row, or the error that refuses it (unknown: NOT_FOUND; used or expired: their own codes). */
function refusal(row: AccountToken | null, purpose: AccountTokenPurpose): DomainError | null {
  if (!row) return Errors.notFound(purpose === 'INVITATION' ? 'Invitation' : 'Password reset link');
  if (row.usedAt) return FAILURES[purpose].used();
  if (row.expiresAt.getTime() <= Date.now()) return FAILURES[purpose].expired();
  return null;
}

function findToken(manager: EntityManager, token: string, purpose: AccountTokenPurpose, lock: boolean) {
  const query = manager
    .getRepository(AccountToken)
    .createQueryBuilder('t')
    .where('t.token_hash = :hash AND t.purpose = :purpose', { hash: hashAccountToken(token), purpose });
  return (lock ? query.setLock('pessimistic_write') : query).getOne();
}

/**
 * Checks a token without using it up, so that callers refuse a bad token before any costly work
 * (hashing the new password). Answers the refusal, or null when the token may be claimed.
 */
export async function checkAccountToken(
  manager: EntityManager,
  token: string,
  purpose: AccountTokenPurpose,
): Promise<DomainError | null> {
  return refusal(await findToken(manager, token, purpose, false), purpose);
}

/**
 * Locks the token row for the rest of the transaction (two tabs accepting at once: the second waits,
 * then sees it used) and refuses an unknown, used or expired token with its own error code.
 */
export async function claimAccountToken(
  manager: EntityManager,
  token: string,
  purpose: AccountTokenPurpose,
): Promise<AccountToken> {
  const row = await findToken(manager, token, purpose, true);
  const refused = refusal(row, purpose);
  if (refused || !row) throw refused;
  await manager.update(AccountToken, row.id, { usedAt: new Date() });
  return row;
}

import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError, Errors } from '../../common/domain-error';
import type { AppConfig } from '../../config/app-config';
import { AccountToken, AccountTokenPurpose } from './account-token.entity';

export const INVITATION_VALID_DAYS = 7;
export const PASSWORD_RESET_VALID_MINUTES = 60;

export const hashAccountToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The site address that links in e-mails point to. */
export function publicBaseUrl(config: AppConfig): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}

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

/**
 * Locks the token row for the rest of the transaction (two tabs accepting at once: the second waits,
 * then sees it used) and refuses an unknown, used or expired token with its own error code.
 */
export async function claimAccountToken(
  manager: EntityManager,
  token: string,
  purpose: AccountTokenPurpose,
): Promise<AccountToken> {
  const row = await manager
    .getRepository(AccountToken)
    .createQueryBuilder('t')
    .where('t.token_hash = :hash AND t.purpose = :purpose', { hash: hashAccountToken(token), purpose })
    .setLock('pessimistic_write')
    .getOne();
  if (!row) throw Errors.notFound(purpose === 'INVITATION' ? 'Invitation' : 'Password reset link');
  if (row.usedAt) throw FAILURES[purpose].used();
  if (row.expiresAt.getTime() <= Date.now()) throw FAILURES[purpose].expired();
  await manager.update(AccountToken, row.id, { usedAt: new Date() });
  return row;
}

import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What a row counts: failed sign-ins, password-reset requests, bad invitation / reset tokens, applications to join. */
export const ATTEMPT_KINDS = ['SIGN_IN', 'PASSWORD_RESET_REQUEST', 'ACCOUNT_TOKEN', 'NETWORK_APPLICATION'] as const;
export type AttemptKind = (typeof ATTEMPT_KINDS)[number];

/**
 * Counted attempts, kept in PostgreSQL so that throttling holds across API replicas and restarts.
 * Each kind is its own bucket (reset requests never slow down sign-in). Successful sign-ins are never
 * stored; rows older than a day are pruned.
 */
@Entity()
@Index('ix_login_attempt_kind_email_at', ['kind', 'email', 'attemptedAt'])
@Index('ix_login_attempt_kind_ip_at', ['kind', 'ip', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'text', default: 'SIGN_IN' })
  kind!: AttemptKind;

  /** The account tried (lower-cased e-mail); empty for token attempts, which name no account. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  ip!: string;

  @Index('ix_login_attempt_at')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;
}

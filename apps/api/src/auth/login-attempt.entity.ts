import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Failed sign-ins, kept in PostgreSQL so that throttling holds across API replicas and restarts.
 * Rows older than the throttling window are pruned.
 */
@Entity()
@Index('ix_login_attempt_email_at', ['email', 'attemptedAt'])
@Index('ix_login_attempt_ip_at', ['ip', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  ip!: string;

  @Index('ix_login_attempt_at')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;
}

import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One public verification (page, number, pasted credential, JSON download) per client address: the rate limit's record. */
@Entity()
@Index('ix_verification_attempt_ip', ['ip', 'attemptedAt'])
export class VerificationAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'BY DEFAULT' })
  id!: string;

  @Column({ type: 'text' })
  ip!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;
}

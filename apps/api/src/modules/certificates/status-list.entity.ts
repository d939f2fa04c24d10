import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A W3C BitstringStatusList of purpose "revocation". Each certificate takes one index, once: the
 * k-th index handed out is (multiplier·k + offset) mod length, a permutation (odd multiplier,
 * power-of-two length), so neighbouring certificates do not sit side by side in the list. The
 * signed BitstringStatusListCredential is re-signed in the transaction of every change.
 */
@Entity()
@Index('uq_credential_status_list_current', ['isCurrent'], { unique: true, where: 'is_current' })
@Check('ck_credential_status_list_purpose', `purpose = 'revocation'`)
@Check('ck_credential_status_list_allocated', `allocated >= 0 AND allocated <= length`)
@Check('ck_credential_status_list_permutation', `multiplier % 2 = 1 AND offset_index >= 0 AND offset_index < length`)
export class CredentialStatusList {
  @PrimaryGeneratedColumn('identity', { type: 'int', generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'text', default: 'revocation' })
  purpose!: 'revocation';

  /** Bits in the list: 131,072, the specification's minimum, which hides any one entry among many. */
  @Column({ type: 'int' })
  length!: number;

  @Column({ type: 'int', default: 0 })
  allocated!: number;

  @Column({ type: 'int' })
  multiplier!: number;

  @Column({ type: 'int' })
  offsetIndex!: number;

  /** Whether new certificates take their index from this list. */
  @Column({ type: 'boolean', default: true })
  isCurrent!: boolean;

  @Column({ type: 'jsonb', nullable: true })
  credential!: Record<string, unknown> | null;

  @Column({ type: 'int', default: 0 })
  revision!: number;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt!: Date | null;
}

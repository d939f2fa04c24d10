import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signing key of the issuer (Ed25519). The current one signs; retired ones stay published in
 * the controller document so that credentials they signed stay verifiable after a rotation. A
 * generated key's secret is stored encrypted (AES-256-GCM, key derived from SESSION_SECRET); a
 * configured key (CREDENTIAL_ISSUER_KEY_SEED) is never stored, only its public key.
 */
@Entity()
@Index('uq_credential_issuer_key_public', ['publicKeyMultibase'], { unique: true })
@Index('uq_credential_issuer_key_current', ['isCurrent'], { unique: true, where: 'is_current' })
@Check('ck_credential_issuer_key_source', `source IN ('GENERATED','CONFIGURED')`)
@Check('ck_credential_issuer_key_secret', `(source = 'GENERATED') = (secret_key_ciphertext IS NOT NULL)`)
@Check('ck_credential_issuer_key_retired', `is_current = (retired_at IS NULL)`)
export class CredentialIssuerKey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  publicKeyMultibase!: string;

  @Column({ type: 'text', nullable: true })
  secretKeyCiphertext!: string | null;

  @Column({ type: 'text' })
  source!: 'GENERATED' | 'CONFIGURED';

  @Column({ type: 'boolean', default: true })
  isCurrent!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;
}

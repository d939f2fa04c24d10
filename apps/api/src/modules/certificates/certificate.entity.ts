import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Edition } from '../programmes/edition.entity';
import { CredentialIssuerKey } from './issuer-key.entity';
import { CredentialStatusList } from './status-list.entity';

export const CERTIFICATE_STATUSES = ['VALID', 'REVOKED', 'REPLACED'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** Texts per language ({"en": …, "lv": …}). */
export type Localised = Record<string, string>;

/** What the certificate states, frozen when it is issued (the PDF and the public page read this, never today's data). */
export interface CertificateContent {
  programme: string;
  edition: string;
  editionId: string;
  countryCode: string;
  issuerName: Localised;
  issuerUrl: string | null;
  signatories: { name: string; position: Localised }[];
  modules: { code: string; kind: 'JOINT' | 'NATIONAL'; jointNumber: number | null; title: Localised; hours: number }[];
  areas: { code: string; title: Localised }[];
  profileVersion: number | null;
  /** The completion rule as sentences per language (the credential's criteria.narrative). */
  criteria: Localised;
  trainedAt: string | null;
}

/**
 * A certificate of one tutor in one edition: the signed Open Badges 3.0 credential, its human
 * number and unguessable public id, and its life (revoked with a reason, replaced by a re-issue,
 * flagged when the tutor's completion status went back). Rows are never deleted. At most one
 * certificate per tutor and edition is current (not replaced): the job's once-only key.
 */
@Entity()
@Index('uq_certificate_public_id', ['publicId'], { unique: true })
@Index('uq_certificate_number', ['number'], { unique: true })
@Index('uq_certificate_current', ['editionId', 'personId'], { unique: true, where: 'replaced_at IS NULL' })
@Index('uq_certificate_status_entry', ['statusListId', 'statusIndex'], { unique: true })
@Index('ix_certificate_person', ['personId', 'issuedAt'])
@Index('ix_certificate_country', ['countryCode', 'issuedAt'])
@Check('ck_certificate_status', `status IN ('VALID','REVOKED','REPLACED')`)
@Check('ck_certificate_revoked', `(status = 'REVOKED') = (revoked_at IS NOT NULL)`)
@Check('ck_certificate_revocation_reason', `revoked_at IS NULL OR length(trim(revocation_reason)) > 0`)
@Check('ck_certificate_replaced', `status <> 'REPLACED' OR replaced_at IS NOT NULL`)
@Check('ck_certificate_public_id', `public_id ~ '^[A-Za-z0-9_-]{22}$'`)
@Check('ck_certificate_number', `number ~ '^TND-[0-9]{4}-[A-Z]{2}-[0-9]{6,}$'`)
@Check('ck_certificate_language', `language IN ('en','et','lv','lt','ru')`)
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  publicId!: string;

  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  /** The tutor's country when issued (the coordinator's scope). */
  @Column({ type: 'char', length: 2 })
  countryCode!: string;

  /** The tutor's language when issued: the credential's and the PDF's first language. */
  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  holderName!: string;

  @Column({ type: 'text', default: 'VALID' })
  status!: CertificateStatus;

  /** The signed OpenBadgeCredential, exactly as served. */
  @Column({ type: 'jsonb' })
  credential!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  content!: CertificateContent;

  @Column({ type: 'int' })
  statusListId!: number;

  @ManyToOne(() => CredentialStatusList, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'status_list_id' })
  statusList?: CredentialStatusList;

  @Column({ type: 'int' })
  statusIndex!: number;

  @Column({ type: 'uuid' })
  issuerKeyId!: string;

  @ManyToOne(() => CredentialIssuerKey, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_key_id' })
  issuerKey?: CredentialIssuerKey;

  @Column({ type: 'timestamptz' })
  issuedAt!: Date;

  /** Null when the issuing job issued it. */
  @Column({ type: 'uuid', nullable: true })
  issuedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issued_by_id' })
  issuedBy?: Person;

  /** Why it was issued by hand (a re-issue after a correction). */
  @Column({ type: 'text', nullable: true })
  issueNote!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'revoked_by_id' })
  revokedBy?: Person;

  @Column({ type: 'text', nullable: true })
  revocationReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  replacedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  replacedById!: string | null;

  @ManyToOne(() => Certificate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replaced_by_id' })
  replacedBy?: Certificate;

  /** Set when the tutor's completion status left TRAINED after issuing: a coordinator decides (revoke or keep). */
  @Column({ type: 'timestamptz', nullable: true })
  flaggedAt!: Date | null;

  /** The completion status the tutor went back to. */
  @Column({ type: 'text', nullable: true })
  flaggedStatus!: string | null;
}

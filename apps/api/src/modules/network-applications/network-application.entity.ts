import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import type { Sector, SizeClass } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { Country } from '../reference/country.entity';

/**
 * Only training partners apply through the public form: schools and companies employ the tutors who
 * form tandems. Research institutes, authorities and social partners are few and known to the
 * coordinators, who add them directly.
 */
export const APPLICANT_KINDS = ['VET_INSTITUTION', 'COMPANY'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/** The countries of the programme: an application goes to the coordinators of one of them. */
export const APPLICANT_COUNTRIES = ['EE', 'LV', 'LT'] as const;

export const NETWORK_APPLICATION_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type NetworkApplicationStatus = (typeof NETWORK_APPLICATION_STATUSES)[number];

/**
 * An organisation's request to join the network, sent from the public form. The coordinator of its
 * country approves it (creating the organisation and inviting the contact) or rejects it with a reason.
 */
@Entity()
// One pending application per organisation: a second one from the form is ignored (no enumeration, no spam).
@Index('uq_network_application_pending', ['countryCode', 'registryCode'], { unique: true, where: `status = 'PENDING'` })
// The coordinator's queue: a country's applications in one status, oldest first (keyset on created_at, id).
@Index('ix_network_application_queue', ['countryCode', 'status', 'createdAt', 'id'])
@Check('ck_network_application_kind', `kind IN ('VET_INSTITUTION','COMPANY')`)
@Check('ck_network_application_country', `country_code IN ('EE','LV','LT')`)
@Check('ck_network_application_status', `status IN ('PENDING','APPROVED','REJECTED')`)
@Check('ck_network_application_language', `preferred_language IN ('en','et','lv','lt','ru')`)
@Check('ck_network_application_decision', `(status = 'PENDING') = (decided_at IS NULL)`)
@Check('ck_network_application_reason', `status <> 'REJECTED' OR length(trim(rejection_reason)) > 0`)
@Check('ck_network_application_website', `website IS NULL OR website ~ '^https?://[^\\s]+$'`)
export class NetworkApplication {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  organisationName!: string;

  @Column({ type: 'text' })
  kind!: ApplicantKind;

  @Column({ type: 'char', length: 2 })
  countryCode!: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: Country;

  @Column({ type: 'text' })
  registryCode!: string;

  @Column({ type: 'text' })
  city!: string;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  sector!: Sector | null;

  @Column({ type: 'text', nullable: true })
  sizeClass!: SizeClass | null;

  @Column({ type: 'text' })
  contactGivenName!: string;

  @Column({ type: 'text' })
  contactFamilyName!: string;

  @Column({ type: 'text' })
  contactEmail!: string;

  @Column({ type: 'text' })
  preferredLanguage!: string;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'text', default: 'PENDING' })
  status!: NetworkApplicationStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: Person | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdOrganisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_organisation_id' })
  createdOrganisation?: Organisation | null;

  /** Millisecond precision, so that the keyset cursor (a JavaScript date) names a row exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** A keyed hash of the sender's address: enough to spot a flood from one place, not to say who sent it. */
  @Column({ type: 'text' })
  requesterIpHash!: string;
}

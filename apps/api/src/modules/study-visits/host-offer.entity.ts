import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import type { Sector } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { Country } from '../reference/country.entity';
import type { MobilityKind } from './study-visit.entity';

export const HOST_OFFER_REQUEST_STATUSES = ['REQUESTED', 'ACCEPTED', 'DECLINED'] as const;
export type HostOfferRequestStatus = (typeof HOST_OFFER_REQUEST_STATUSES)[number];

/**
 * Placements an organisation of the network offers to the others (a Finnish company takes two
 * learners for six weeks). `placesAccepted` is what accepted requests take: the check constraint
 * is what keeps parallel acceptances from giving away more places than there are.
 */
@Entity()
@Index('ix_host_offer_window', ['availableUntil', 'id'])
@Check(
  'ck_host_offer_kind',
  `kind IN ('STUDY_VISIT','JOB_SHADOWING','TEACHER_EXCHANGE','LEARNER_PLACEMENT','EXPERT_VISIT')`,
)
@Check('ck_host_offer_window', 'available_until >= available_from')
@Check('ck_host_offer_places', 'places > 0 AND places_accepted >= 0 AND places_accepted <= places')
export class HostOffer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'text' })
  kind!: MobilityKind;

  /** Where the placement is (the offering organisation itself or a partner of it). */
  @Column({ type: 'text' })
  hostOrganisation!: string;

  @Column({ type: 'char', length: 2 })
  hostCountry!: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_country' })
  country?: Country;

  @Column({ type: 'text', nullable: true })
  sector!: Sector | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'int' })
  places!: number;

  @Column({ type: 'int', default: 0 })
  placesAccepted!: number;

  @Column({ type: 'date' })
  availableFrom!: string;

  @Column({ type: 'date' })
  availableUntil!: string;

  /** ISO 639-1 codes of the languages the placement works in. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  languages!: string[];

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** An organisation asks for places of an offer; the offering side accepts or declines. */
@Entity()
@Index('ix_host_offer_request_offer', ['offerId', 'createdAt'])
@Index('uq_host_offer_request_open', ['offerId', 'organisationId'], {
  unique: true,
  where: `status <> 'DECLINED'`,
})
@Check('ck_host_offer_request_status', `status IN ('REQUESTED','ACCEPTED','DECLINED')`)
@Check('ck_host_offer_request_places', 'places > 0')
export class HostOfferRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  offerId!: string;

  @ManyToOne(() => HostOffer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id' })
  offer?: HostOffer;

  /** The organisation that would send its people. */
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'int', default: 1 })
  places!: number;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'text', default: 'REQUESTED' })
  status!: HostOfferRequestStatus;

  @Column({ type: 'uuid', nullable: true })
  requestedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy?: Person;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: Person;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

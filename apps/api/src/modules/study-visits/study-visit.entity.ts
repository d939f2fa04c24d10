import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { Edition } from '../programmes/edition.entity';
import { Country } from '../reference/country.entity';
import { HostOfferRequest } from './host-offer.entity';

export const PARTICIPANT_STATUSES = ['APPLIED', 'SELECTED', 'WENT'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];
export const MOBILITY_KINDS = [
  'STUDY_VISIT',
  'JOB_SHADOWING',
  'TEACHER_EXCHANGE',
  'LEARNER_PLACEMENT',
  'EXPERT_VISIT',
] as const;
export type MobilityKind = (typeof MOBILITY_KINDS)[number];

export interface AgendaItem {
  day: string;
  time: string | null;
  title: string;
  place: string | null;
}

/** An optional line of a visit's budget; amounts in euro cents, so sums are exact. */
export interface BudgetLine {
  label: string;
  amountCents: number;
}

/** A study visit (e.g. "WBL tutor training in Finland"): hosts, dates, agenda and a shared report. */
@Entity()
@Check('ck_study_visit_dates', 'ends_on >= starts_on')
@Check(
  'ck_study_visit_budget',
  `jsonb_typeof(budget) = 'array' AND NOT jsonb_path_exists(budget, '$[*] ? (@.amountCents < 0)')`,
)
export class StudyVisit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  editionId!: string | null;

  @ManyToOne(() => Edition, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'char', length: 2 })
  hostCountry!: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_country' })
  country?: Country;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  hostOrganisations!: string[];

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  agenda!: AgendaItem[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  budget!: BudgetLine[];

  /**
   * The country whose coordinators plan the visit; null: a visit of the whole programme, planned by
   * ADMIN only.
   */
  @Column({ type: 'char', length: 2, nullable: true })
  organisedByCountry!: string | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organised_by_country' })
  organiser?: Country;

  /** The shared report's summary (each participant adds what they saw and will transfer). */
  @Column({ type: 'text', nullable: true })
  reportSummary!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reportPublishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity()
@Check('ck_study_visit_participant_status', `status IN ('APPLIED','SELECTED','WENT')`)
export class StudyVisitParticipant {
  @PrimaryColumn({ type: 'uuid' })
  studyVisitId!: string;

  @ManyToOne(() => StudyVisit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_visit_id' })
  studyVisit?: StudyVisit;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'text', default: 'APPLIED' })
  status!: ParticipantStatus;

  /** The participant's part of the shared report. */
  @Column({ type: 'text', nullable: true })
  whatISaw!: string | null;

  @Column({ type: 'text', nullable: true })
  whatIWillTransfer!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  appliedAt!: Date;
}

/** A mobility across the Baltic Sea Region: who, from which organisation, to which host, what came of it. */
@Entity()
@Index('ix_mobility_kind_countries', ['kind', 'hostCountry'])
@Index('ix_mobility_from_organisation', ['fromOrganisationId', 'startsOn'])
@Index('ix_mobility_person', ['personId'])
@Index('ix_mobility_starts_on', ['startsOn', 'id'])
@Check(
  'ck_mobility_kind',
  `kind IN ('STUDY_VISIT','JOB_SHADOWING','TEACHER_EXCHANGE','LEARNER_PLACEMENT','EXPERT_VISIT')`,
)
@Check('ck_mobility_dates', 'ends_on >= starts_on')
@Check('ck_mobility_learners', 'learner_count IS NULL OR learner_count > 0')
export class Mobility {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: MobilityKind;

  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  /** For a group of VET learners. */
  @Column({ type: 'int', nullable: true })
  learnerCount!: number | null;

  @Column({ type: 'uuid' })
  fromOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_organisation_id' })
  fromOrganisation?: Organisation;

  @Column({ type: 'char', length: 2 })
  hostCountry!: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_country' })
  country?: Country;

  @Column({ type: 'text' })
  hostOrganisation!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'text', nullable: true })
  learningOutcomes!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  /** The accepted host-offer request this mobility was recorded from (one mobility per request). */
  @Index('uq_mobility_host_offer_request', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  hostOfferRequestId!: string | null;

  @ManyToOne(() => HostOfferRequest, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'host_offer_request_id' })
  hostOfferRequest?: HostOfferRequest;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

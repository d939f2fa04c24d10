import type { PeerReviewStage } from '@tandem/shared-domain';
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
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { NationalProgramme } from '../national-programmes/national-programme.entity';
import { Person } from '../people/person.entity';
import { Edition } from '../programmes/edition.entity';
import { Country } from '../reference/country.entity';

/** SQL list of the quality area codes, for the CHECK constraints (the same list as the shared domain). */
export const AREA_CHECK = `('CURRICULA','LEARNING_AND_TEACHING','ASSESSMENT','LEARNING_OUTCOMES','MANAGEMENT','SOCIAL_ENVIRONMENT_AND_ACCESS','STAFF_COMPETENCES','PARTNERSHIPS','RESOURCES','QUALITY_MANAGEMENT')`;

/**
 * A trained peer of the pool: a person, the Baltic country they come from and the day they were
 * trained. (person_id, country_code) is unique so that an assignment can carry the peer's country
 * through a composite foreign key.
 */
@Entity()
@Unique('uq_peer_reviewer_country', ['personId', 'countryCode'])
@Check('ck_peer_reviewer_country', `country_code IN ('EE','LV','LT')`)
export class PeerReviewer {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'char', length: 2 })
  countryCode!: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: Country;

  @Column({ type: 'date' })
  trainedOn!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * The peer review of one country's national programme in an edition (European Peer Review):
 * PREPARATION → VISIT → REPORT → COMMENTS → FOLLOW_UP → CLOSED, one step at a time. The review's
 * country is the programme's (composite foreign key); `lockVersion` refuses a stale edit.
 */
@Entity()
@Unique('uq_peer_review_country', ['id', 'countryCode'])
@Index('uq_peer_review_edition_country', ['editionId', 'countryCode'], { unique: true })
@Check('ck_peer_review_stage', `stage IN ('PREPARATION','VISIT','REPORT','COMMENTS','FOLLOW_UP','CLOSED')`)
@Check('ck_peer_review_visit', 'visit_ends_on IS NULL OR visit_starts_on IS NULL OR visit_ends_on >= visit_starts_on')
export class PeerReview {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Column({ type: 'uuid' })
  nationalProgrammeId!: string;

  @Column({ type: 'char', length: 2 })
  countryCode!: string;

  @ManyToOne(() => NationalProgramme, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'national_programme_id', referencedColumnName: 'id' },
    { name: 'country_code', referencedColumnName: 'countryCode' },
  ])
  nationalProgramme?: NationalProgramme;

  @Column({ type: 'text', default: 'PREPARATION' })
  stage!: PeerReviewStage;

  @Column({ type: 'date', nullable: true })
  visitStartsOn!: string | null;

  @Column({ type: 'date', nullable: true })
  visitEndsOn!: string | null;

  /** By when the peers deliver their report. */
  @Column({ type: 'date', nullable: true })
  reportDueOn!: string | null;

  /** The reviewed country's comments on the peer report. */
  @Column({ type: 'text', nullable: true })
  countryComments!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  lockVersion!: number;
}

/**
 * A peer assigned to a review. The row carries both countries, each through a composite foreign key
 * (the review's, the peer's in the pool), so the CHECK that they differ is the database's guarantee
 * that nobody reviews their own country.
 */
@Entity()
@Index('ix_peer_review_peer_person', ['personId'])
@Check('ck_peer_review_peer_other_country', 'peer_country_code <> review_country_code')
export class PeerReviewPeer {
  @PrimaryColumn({ type: 'uuid' })
  reviewId!: string;

  @Column({ type: 'char', length: 2 })
  reviewCountryCode!: string;

  @ManyToOne(() => PeerReview, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'review_id', referencedColumnName: 'id' },
    { name: 'review_country_code', referencedColumnName: 'countryCode' },
  ])
  review?: PeerReview;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'char', length: 2 })
  peerCountryCode!: string;

  @ManyToOne(() => PeerReviewer, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'person_id', referencedColumnName: 'personId' },
    { name: 'peer_country_code', referencedColumnName: 'countryCode' },
  ])
  peer?: PeerReviewer;

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt!: Date;
}

/** The country team's self-report on one quality area it chose. */
@Entity()
@Check('ck_peer_review_area_code', `area_code IN ${AREA_CHECK}`)
@Check('ck_peer_review_area_text', 'length(trim(text)) > 0')
export class PeerReviewSelfReportArea {
  @PrimaryColumn({ type: 'uuid' })
  reviewId!: string;

  @ManyToOne(() => PeerReview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id' })
  review?: PeerReview;

  @PrimaryColumn({ type: 'text' })
  areaCode!: string;

  @Column({ type: 'text' })
  text!: string;
}

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
  VersionColumn,
} from 'typeorm';
import { Person } from '../people/person.entity';
import { Edition } from '../programmes/edition.entity';
import type { CitationKind, CitationSource, Snapshot } from '../evidence/evidence.entity';
import { Finding } from '../evidence/evidence.entity';

export const RECOMMENDATION_STATUSES = ['DRAFT', 'IN_CONSULTATION', 'PUBLISHED'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** Who a recommendation speaks to: a national authority (of a country), the social partners, VET institutions, companies, the Baltic level. */
export const RECOMMENDATION_AUDIENCES = [
  'NATIONAL_AUTHORITY',
  'SOCIAL_PARTNERS',
  'VET_INSTITUTIONS',
  'COMPANIES',
  'BALTIC',
] as const;
export type RecommendationAudience = (typeof RECOMMENDATION_AUDIENCES)[number];

/**
 * A policy recommendation or guideline (DESIGN.md, the cycle, step 9): a title and a text in the
 * language written, for an audience (a national authority always of one country; the Baltic level of
 * none; the others of one country or all), resting on findings and cited figures. DRAFT →
 * IN_CONSULTATION → PUBLISHED, one step at a time; publishing needs evidence. `lockVersion` refuses a
 * stale edit (STALE_WRITE).
 */
@Entity()
@Index('ix_policy_recommendation_edition_status', ['editionId', 'status'])
@Index('ix_policy_recommendation_audience', ['editionId', 'audience', 'countryCode'])
@Check('ck_policy_recommendation_status', `status IN ('DRAFT','IN_CONSULTATION','PUBLISHED')`)
@Check(
  'ck_policy_recommendation_audience',
  `audience IN ('NATIONAL_AUTHORITY','SOCIAL_PARTNERS','VET_INSTITUTIONS','COMPANIES','BALTIC')`,
)
@Check(
  'ck_policy_recommendation_country',
  `(audience <> 'NATIONAL_AUTHORITY' OR country_code IS NOT NULL) AND (audience <> 'BALTIC' OR country_code IS NULL) AND (country_code IS NULL OR country_code IN ('EE','LV','LT'))`,
)
@Check('ck_policy_recommendation_title', 'length(trim(title)) > 0')
@Check('ck_policy_recommendation_text', 'length(trim(text)) > 0')
@Check('ck_policy_recommendation_published', `status <> 'PUBLISHED' OR published_at IS NOT NULL`)
export class PolicyRecommendation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  text!: string;

  /** The language title and text were written in (shown as written in every language). */
  @Column({ type: 'text', default: 'en' })
  language!: string;

  @Column({ type: 'text' })
  audience!: RecommendationAudience;

  @Column({ type: 'text', nullable: true })
  countryCode!: string | null;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: RecommendationStatus;

  @Column({ type: 'timestamptz', nullable: true })
  consultationStartedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  lockVersion!: number;
}

/** The findings a recommendation rests on (published findings of its edition). */
@Entity()
@Index('ix_policy_recommendation_finding_finding', ['findingId'])
export class PolicyRecommendationFinding {
  @PrimaryColumn({ type: 'uuid' })
  recommendationId!: string;

  @ManyToOne(() => PolicyRecommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: PolicyRecommendation;

  @PrimaryColumn({ type: 'uuid' })
  findingId!: string;

  @ManyToOne(() => Finding, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'finding_id' })
  finding?: Finding;
}

/** A figure cited by the recommendation itself: the same kinds and frozen snapshots as a finding's citations. */
@Entity()
@Index('ix_policy_recommendation_citation_recommendation', ['recommendationId'])
@Check('ck_policy_recommendation_citation_kind', `kind IN ('SURVEY_RESULT','COMPETENCE_AGGREGATE','FIGURE','QUOTE')`)
@Check('ck_policy_recommendation_citation_group', `(snapshot ->> 'groupSize')::int >= 5`)
@Check('ck_policy_recommendation_citation_quote', `kind <> 'QUOTE' OR (snapshot ->> 'groupSize')::int >= 10`)
export class PolicyRecommendationCitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recommendationId!: string;

  @ManyToOne(() => PolicyRecommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: PolicyRecommendation;

  @Column({ type: 'text' })
  kind!: CitationKind;

  @Column({ type: 'jsonb' })
  source!: CitationSource;

  @Column({ type: 'jsonb' })
  snapshot!: Snapshot;

  @Column({ type: 'uuid', nullable: true })
  citedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cited_by_id' })
  citedBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  citedAt!: Date;
}

/** A coordinator's or observer's comment during the consultation. */
@Entity()
@Index('ix_policy_recommendation_comment_recommendation', ['recommendationId'])
@Check('ck_policy_recommendation_comment_text', 'length(trim(text)) > 0')
export class PolicyRecommendationComment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recommendationId!: string;

  @ManyToOne(() => PolicyRecommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: PolicyRecommendation;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Person;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

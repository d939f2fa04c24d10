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
import { ModuleVersion } from '../modules/module-version.entity';
import { Module } from '../modules/module.entity';
import { NationalProgramme } from '../national-programmes/national-programme.entity';
import { Person } from '../people/person.entity';
import { CyclePhase } from '../programmes/cycle-phase.entity';
import { Edition } from '../programmes/edition.entity';

export const EVIDENCE_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export const FINDING_PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type FindingPriority = (typeof FINDING_PRIORITIES)[number];

export const CITATION_KINDS = ['SURVEY_RESULT', 'COMPETENCE_AGGREGATE', 'FIGURE', 'QUOTE'] as const;
export type CitationKind = (typeof CITATION_KINDS)[number];

export const ACTION_STATUSES = ['PROPOSED', 'AGREED', 'DONE', 'CHECKED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What a citation points at (which survey question, round, figure and group), as it was asked for. */
export interface CitationSource {
  surveyId?: string;
  questionId?: string;
  roundId?: string;
  competenceCode?: string;
  figure?: string;
  countryCode?: string | null;
  side?: string | null;
  quote?: string;
}

/** The numbers as they were when cited, with their counts: JSON, never recomputed. */
export type Snapshot = Record<string, unknown> & { label: string; groupSize: number; takenAt: string };

/**
 * The interim analysis of one interim-analysis phase of an edition (DESIGN.md, the cycle): its period
 * is the phase's dates when it starts; DRAFT → PUBLISHED.
 */
@Entity()
@Index('uq_interim_analysis_phase', ['phaseId'], { unique: true })
@Check('ck_interim_analysis_status', `status IN ('DRAFT','PUBLISHED')`)
@Check('ck_interim_analysis_period', 'period_end >= period_start')
@Check('ck_interim_analysis_published', `status = 'DRAFT' OR published_at IS NOT NULL`)
export class InterimAnalysis {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Column({ type: 'uuid' })
  phaseId!: string;

  @ManyToOne(() => CyclePhase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'phase_id' })
  phase?: CyclePhase;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'date' })
  periodStart!: string;

  @Column({ type: 'date' })
  periodEnd!: string;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: EvidenceStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * What an interim analysis found: a statement in the language it was written in, a priority, the
 * modules and countries it concerns (none: all of them) and its cited evidence. A draft may lack
 * evidence; publishing needs a citation. `lockVersion` refuses a stale edit (STALE_WRITE).
 */
@Entity()
@Index('ix_finding_analysis', ['analysisId'])
@Index('ix_finding_edition_status', ['editionId', 'status'])
@Check('ck_finding_status', `status IN ('DRAFT','PUBLISHED')`)
@Check('ck_finding_priority', `priority IN ('HIGH','MEDIUM','LOW')`)
@Check('ck_finding_statement', 'length(trim(statement)) > 0')
@Check('ck_finding_published', `status = 'DRAFT' OR published_at IS NOT NULL`)
export class Finding {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  analysisId!: string;

  @ManyToOne(() => InterimAnalysis, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'analysis_id' })
  analysis?: InterimAnalysis;

  /** The analysis's edition, repeated so that the edition's findings are one index away. */
  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Column({ type: 'text' })
  statement!: string;

  /** The language the statement was written in (shown as it is in every language). */
  @Column({ type: 'text', default: 'en' })
  language!: string;

  @Column({ type: 'text', default: 'MEDIUM' })
  priority!: FindingPriority;

  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  moduleIds!: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  countryCodes!: string[];

  @Column({ type: 'text', default: 'DRAFT' })
  status!: EvidenceStatus;

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

/** One piece of evidence of a finding: what was cited and the frozen snapshot of its numbers. */
@Entity()
@Index('ix_finding_citation_finding', ['findingId'])
@Check('ck_finding_citation_kind', `kind IN ('SURVEY_RESULT','COMPETENCE_AGGREGATE','FIGURE','QUOTE')`)
@Check('ck_finding_citation_group', `(snapshot ->> 'groupSize')::int >= 5`)
@Check('ck_finding_citation_quote', `kind <> 'QUOTE' OR (snapshot ->> 'groupSize')::int >= 10`)
export class FindingCitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  findingId!: string;

  @ManyToOne(() => Finding, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'finding_id' })
  finding?: Finding;

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

/** A coordinator's or trainer's comment on a draft finding of their country. */
@Entity()
@Index('ix_finding_comment_finding', ['findingId'])
@Check('ck_finding_comment_text', 'length(trim(text)) > 0')
export class FindingComment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  findingId!: string;

  @ManyToOne(() => Finding, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'finding_id' })
  finding?: Finding;

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

/**
 * What changes because of one or more findings: PROPOSED → AGREED → DONE (linked to exactly one
 * version of the module it changes) → CHECKED (a note and the same figure before and after).
 * It changes a module, or (a recommendation of a peer review) a country's national programme:
 * exactly one of the two; a national programme's action is DONE without a module version.
 */
@Entity()
@Index('ix_improvement_action_edition', ['editionId'])
@Index('ix_improvement_action_national_programme', ['nationalProgrammeId'])
@Check('ck_improvement_action_target', 'num_nonnulls(module_id, national_programme_id) = 1')
@Check('ck_improvement_action_status', `status IN ('PROPOSED','AGREED','DONE','CHECKED')`)
@Check('ck_improvement_action_change', 'length(trim(change)) > 0')
@Check(
  'ck_improvement_action_done',
  `status IN ('PROPOSED','AGREED') OR module_version_id IS NOT NULL OR national_programme_id IS NOT NULL`,
)
@Check(
  'ck_improvement_action_checked',
  `status <> 'CHECKED' OR (length(trim(check_note)) > 0 AND check_before IS NOT NULL AND check_after IS NOT NULL)`,
)
export class ImprovementAction {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  /** What will change. */
  @Column({ type: 'text' })
  change!: string;

  /** Who sees to it (a name or a team, as the programme says it). */
  @Column({ type: 'text' })
  owner!: string;

  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'text', default: 'PROPOSED' })
  status!: ActionStatus;

  @Column({ type: 'uuid', nullable: true })
  moduleId!: string | null;

  @ManyToOne(() => Module, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id' })
  module?: Module;

  /** The national programme the action changes (a peer review's recommendation), instead of a module. */
  @Column({ type: 'uuid', nullable: true })
  nationalProgrammeId!: string | null;

  @ManyToOne(() => NationalProgramme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'national_programme_id' })
  nationalProgramme?: NationalProgramme;

  /** The module version that carries the change (set when DONE). */
  @Column({ type: 'uuid', nullable: true })
  moduleVersionId!: string | null;

  @ManyToOne(() => ModuleVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_version_id' })
  moduleVersion?: ModuleVersion;

  @Column({ type: 'text', nullable: true })
  checkNote!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  checkBefore!: Snapshot | null;

  @Column({ type: 'jsonb', nullable: true })
  checkAfter!: Snapshot | null;

  @Column({ type: 'uuid', nullable: true })
  checkedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'checked_by_id' })
  checkedBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  lockVersion!: number;
}

/** Which findings an action answers. */
@Entity()
@Index('ix_improvement_action_finding_finding', ['findingId'])
export class ImprovementActionFinding {
  @PrimaryColumn({ type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => ImprovementAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: ImprovementAction;

  @PrimaryColumn({ type: 'uuid' })
  findingId!: string;

  @ManyToOne(() => Finding, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'finding_id' })
  finding?: Finding;
}

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
import { Competence } from '../competences/competence.entity';
import { Module } from '../modules/module.entity';
import { Person } from '../people/person.entity';
import { Country } from '../reference/country.entity';

export const RESOURCE_KINDS = [
  'MANUAL',
  'GUIDE',
  'TEMPLATE',
  'BEST_PRACTICE',
  'VIDEO',
  'CHECKLIST',
  'COLLABORATION_WAY',
  'HANDBOOK_CHAPTER',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export const RESOURCE_STATUSES = ['PROPOSED', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];
export const AUDIENCES = ['SCHOOL_TUTOR', 'COMPANY_TUTOR', 'TRAINER', 'COORDINATOR'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Texts per language (en, et, lv, lt, ru); English is the fallback. */
export type LocalisedText = Partial<Record<string, string>>;

/**
 * A resource of the toolbox. A proposal is PROPOSED until a reviewer of its country (Baltic-wide
 * ones: an ADMIN) publishes it, asks for changes or rejects it with a reason. Collections (the 12
 * ways of collaboration, the handbook) are a parent resource with ordered children.
 */
@Entity()
@Index('ix_resource_search', { synchronize: false })
@Index('ix_resource_parent', ['parentId', 'position'])
@Index('ix_resource_status', ['status', 'createdAt'])
@Check(
  'ck_resource_kind',
  `kind IN ('MANUAL','GUIDE','TEMPLATE','BEST_PRACTICE','VIDEO','CHECKLIST','COLLABORATION_WAY','HANDBOOK_CHAPTER')`,
)
@Check('ck_resource_status', `status IN ('PROPOSED','CHANGES_REQUESTED','PUBLISHED','REJECTED')`)
@Check('ck_resource_reason', `status NOT IN ('CHANGES_REQUESTED','REJECTED') OR length(trim(review_reason)) > 0`)
@Check('ck_resource_title_en', `length(trim(title->>'en')) > 0`)
@Check('ck_resource_downloads', 'download_count >= 0')
export class Resource {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: ResourceKind;

  /** The country whose coordinator reviews it; null: Baltic-wide (reviewed by an ADMIN). */
  @Column({ type: 'char', length: 2, nullable: true })
  countryCode!: string | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: Country;

  @Column({ type: 'text', default: 'PROPOSED' })
  status!: ResourceStatus;

  @Column({ type: 'jsonb' })
  title!: LocalisedText;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  summary!: LocalisedText;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  audience!: Audience[];

  @Column({ type: 'text', nullable: true })
  licence!: string | null;

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ type: 'text', nullable: true })
  author!: string | null;

  /** A chapter of a handbook, a way of a collection. */
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Resource;

  @Column({ type: 'int', nullable: true })
  position!: number | null;

  /** Folded titles and summaries of every language (tandem_fold), for the search. */
  @Column({ type: 'text' })
  searchText!: string;

  @Column({ type: 'int', default: 0 })
  downloadCount!: number;

  @Column({ type: 'uuid', nullable: true })
  proposedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy?: Person;

  @Column({ type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewed_by_id' })
  reviewedBy?: Person;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A language version of a resource's text or link; a new version keeps the old ones (history). */
@Entity()
@Index('uq_resource_version', ['resourceId', 'language', 'version'], { unique: true })
@Check('ck_resource_version_language', `language IN ('en','et','lv','lt','ru')`)
@Check('ck_resource_version_content', `body IS NOT NULL OR url IS NOT NULL`)
@Check('ck_resource_version_number', 'version >= 1')
export class ResourceVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: Resource;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'int' })
  version!: number;

  /** The text (Markdown-like plain text with blank-line paragraphs). */
  @Column({ type: 'text', nullable: true })
  body!: string | null;

  /** A link (a video, a document elsewhere). */
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity()
export class ResourceCompetence {
  @PrimaryColumn({ type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: Resource;

  @PrimaryColumn({ type: 'uuid' })
  competenceId!: string;

  @ManyToOne(() => Competence, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competence_id' })
  competence?: Competence;
}

@Entity()
export class ResourceModule {
  @PrimaryColumn({ type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: Resource;

  @PrimaryColumn({ type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => Module, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: Module;
}

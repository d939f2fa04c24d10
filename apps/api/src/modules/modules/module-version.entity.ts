import type { DeliveryMode, ModuleVersionStatus } from '@tandem/shared-domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { Person } from '../people/person.entity';
import { Module } from './module.entity';

/** Texts in each working language; English is always present. */
export type LocalisedText = Partial<Record<string, string>>;
export type LocalisedList = Partial<Record<string, string[]>>;

/** A material of a version: a link, or a stored file (its bytes in StorageService). */
export interface MaterialEntry {
  id: string;
  kind: 'LINK' | 'FILE';
  title: string;
  url?: string;
  fileId?: string;
  fileName?: string;
  contentType?: string;
  sizeBytes?: number;
}

/**
 * One numbered version of a module's content. A PUBLISHED version is read-only; a change is made
 * in DRAFT n+1, which replaces it when published (the old one becomes SUPERSEDED, kept as history).
 */
@Entity()
@Index('uq_module_version', ['moduleId', 'version'], { unique: true })
@Index('uq_module_one_draft', ['moduleId'], { unique: true, where: `status = 'DRAFT'` })
@Index('uq_module_one_published', ['moduleId'], { unique: true, where: `status = 'PUBLISHED'` })
@Check('ck_module_version_status', `status IN ('DRAFT','PUBLISHED','SUPERSEDED')`)
@Check('ck_module_version_delivery', `delivery_mode IN ('IN_PERSON','ONLINE','BLENDED')`)
@Check('ck_module_version_hours', 'contact_hours >= 0 AND self_study_hours >= 0')
@Check('ck_module_version_title_en', `length(trim(title ->> 'en')) > 0`)
export class ModuleVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => Module, (m) => m.versions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: Module;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: ModuleVersionStatus;

  @Column({ type: 'jsonb' })
  title!: LocalisedText;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  summary!: LocalisedText;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  learningOutcomes!: LocalisedList;

  /** Part of the versioned content: a published version's materials never change. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  materials!: MaterialEntry[];

  @Column({
    type: 'numeric',
    precision: 6,
    scale: 1,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  contactHours!: number;

  @Column({
    type: 'numeric',
    precision: 6,
    scale: 1,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  selfStudyHours!: number;

  @Column({ type: 'text' })
  deliveryMode!: DeliveryMode;

  /** Why this version differs from the previous one (required to publish version 2 and later). */
  @Column({ type: 'text', nullable: true })
  changeReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;

  /** Optimistic lock: a save names the lock version it started from; a stale one gets STALE_WRITE. */
  @VersionColumn({ default: 1 })
  lockVersion!: number;
}

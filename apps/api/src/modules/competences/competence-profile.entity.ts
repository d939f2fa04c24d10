import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const PROFILE_STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];

/**
 * One version of the joint Baltic competence profile (DESIGN: CompetenceProfile). Each row is a
 * version: rounds point at the version they use, so a later version never changes past ratings.
 * DRAFT (ADMIN edits) → PUBLISHED (read-only; at most one at a time) → RETIRED (still readable).
 */
@Entity()
@Index('uq_competence_profile_version', ['version'], { unique: true })
@Index('uq_competence_profile_published', ['status'], { unique: true, where: `status = 'PUBLISHED'` })
@Index('uq_competence_profile_draft', ['status'], { unique: true, where: `status = 'DRAFT'` })
@Check('ck_competence_profile_status', `status IN ('DRAFT','PUBLISHED','RETIRED')`)
@Check('ck_competence_profile_scale', `scale_levels BETWEEN 2 AND 7`)
@Check('ck_competence_profile_published', `status = 'DRAFT' OR published_at IS NOT NULL`)
export class CompetenceProfile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: ProfileStatus;

  /** Levels run 1..scale_levels; every competence describes each level. */
  @Column({ type: 'int', default: 4 })
  scaleLevels!: number;

  /** Names of the levels per language, e.g. {"en": ["Beginning", …]}. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  levelNames!: Record<string, string[]>;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

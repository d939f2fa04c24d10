import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';

export const IMPORT_JOB_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

export interface ImportSummary {
  new: number;
  updated: number;
  unchanged: number;
}

/**
 * One tutor import: the validated rows wait here (jsonb) for the job queue, which applies them in
 * one transaction and reports progress; the rows are dropped once the job ends.
 */
@Entity()
@Index('ix_import_job_created_by', ['createdById', 'createdAt'])
@Check('ck_import_job_status', `status IN ('QUEUED','RUNNING','SUCCEEDED','FAILED')`)
@Check('ck_import_job_progress', 'processed_rows >= 0 AND processed_rows <= total_rows')
export class ImportJob {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', default: 'TUTORS' })
  kind!: string;

  @Column({ type: 'text', default: 'QUEUED' })
  status!: ImportJobStatus;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Person;

  @Column({ type: 'char', length: 2 })
  countryCode!: string;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ default: false })
  sendInvitations!: boolean;

  @Column({ type: 'int' })
  totalRows!: number;

  @Column({ type: 'int', default: 0 })
  processedRows!: number;

  @Column({ type: 'jsonb', nullable: true })
  rows!: unknown[] | null;

  @Column({ type: 'jsonb', nullable: true })
  summary!: ImportSummary | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

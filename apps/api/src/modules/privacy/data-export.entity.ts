import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';

export const DATA_EXPORT_STATUSES = ['QUEUED', 'RUNNING', 'READY', 'FAILED'] as const;
export type DataExportStatus = (typeof DATA_EXPORT_STATUSES)[number];

/**
 * A person's request for a copy of their data (GDPR Art. 15, 20). The job gathers the records into
 * `content` step by step (`progress` in percent); the ZIP is streamed from it and the stored files
 * on download, until `expires_at`. At most one request per person is open at a time.
 */
@Entity()
@Index('ix_data_export_person', ['personId', 'requestedAt'])
@Index('uq_data_export_open', ['personId'], { unique: true, where: `status IN ('QUEUED','RUNNING')` })
@Check('ck_data_export_status', `status IN ('QUEUED','RUNNING','READY','FAILED')`)
@Check('ck_data_export_progress', `progress BETWEEN 0 AND 100`)
@Check('ck_data_export_ready', `(status = 'READY') = (ready_at IS NOT NULL AND content IS NOT NULL)`)
export class DataExport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'text', default: 'QUEUED' })
  status!: string;

  @Column({ type: 'int', default: 0 })
  progress!: number;

  /** The language of the readable summary (the person's when they asked). */
  @Column({ type: 'text' })
  language!: string;

  /** Everything gathered, by section (null until READY). */
  @Column({ type: 'jsonb', nullable: true, select: false })
  content!: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readyAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  failure!: string | null;
}

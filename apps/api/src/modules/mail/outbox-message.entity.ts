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
import { Person } from '../people/person.entity';

export const OUTBOX_STATUSES = ['QUEUED', 'SENT', 'FAILED'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * One e-mail, rendered in the recipient's language when the change that causes it commits (same
 * transaction). The job queue delivers it; the row records what happened. Mail is never sent from
 * inside a request.
 */
@Entity()
@Index('ix_outbox_message_created', ['createdAt', 'id'])
@Index('ix_outbox_message_status', ['status', 'createdAt'])
@Check('ck_outbox_message_status', `status IN ('QUEUED','SENT','FAILED')`)
@Check('ck_outbox_message_language', `language IN ('en','et','lv','lt','ru')`)
@Check('ck_outbox_message_attempts', 'attempts >= 0')
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  recipientEmail!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  recipientPersonId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recipient_person_id' })
  recipient?: Person;

  @Column({ type: 'text' })
  language!: string;

  /** The template kind (INVITATION, PASSWORD_RESET, ...). */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  textBody!: string;

  @Column({ type: 'text', default: 'QUEUED' })
  status!: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TrainingSession } from './training-session.entity';

export const REMINDER_KINDS = ['DAYS_7', 'HOURS_24'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * A reminder already sent: the primary key (session, person, kind) is what makes a reminder go out
 * at most once, whichever replica's job runs and however often the server restarts.
 */
@Entity()
@Check('ck_session_reminder_kind', `kind IN ('DAYS_7','HOURS_24')`)
export class SessionReminder {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: TrainingSession;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: ReminderKind;

  @Column({ type: 'uuid', nullable: true })
  outboxMessageId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt!: Date;
}

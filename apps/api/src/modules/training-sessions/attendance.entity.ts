import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { TrainingSession } from './training-session.entity';

export const ATTENDANCE_STATUSES = ['PRESENT', 'ABSENT', 'EXCUSED'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_METHODS = ['MANUAL', 'QR'] as const;
export type AttendanceMethod = (typeof ATTENDANCE_METHODS)[number];

/** Whether a person attended a session: what completion counts (hours attended per module). */
@Entity()
// Completion reads attendance per person across sessions.
@Index('ix_attendance_person', ['personId'])
@Check('ck_attendance_status', `status IN ('PRESENT','ABSENT','EXCUSED')`)
@Check('ck_attendance_method', `method IN ('MANUAL','QR')`)
export class Attendance {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: TrainingSession;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'text' })
  status!: AttendanceStatus;

  @Column({ type: 'text', default: 'MANUAL' })
  method!: AttendanceMethod;

  @Column({ type: 'uuid', nullable: true })
  markedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'marked_by_id' })
  markedBy?: Person;

  @UpdateDateColumn({ type: 'timestamptz' })
  markedAt!: Date;
}

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Person } from '../people/person.entity';
import { Tandem } from '../tandems/tandem.entity';
import { TrainingSession } from './training-session.entity';

export const ENROLMENT_STATUSES = ['CONFIRMED', 'WAITLISTED', 'CANCELLED'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/**
 * A booking of a session: a tandem's two seats, or one seat of a single tutor where the session
 * allows it. CONFIRMED holds seats (counted in training_session.seats_taken); WAITLISTED waits in
 * `queued_at` order; CANCELLED is kept as history.
 */
@Entity()
// The key enrolment_person's foreign key points at: its ON UPDATE CASCADE copies every status change.
@Unique('uq_enrolment_person_key', ['id', 'sessionId', 'status'])
@Index('uq_enrolment_tandem_session', ['sessionId', 'tandemId'], {
  unique: true,
  where: `status <> 'CANCELLED' AND tandem_id IS NOT NULL`,
})
@Index('ix_enrolment_session_queue', ['sessionId', 'status', 'queuedAt'])
@Index('ix_enrolment_tandem', ['tandemId'])
@Check('ck_enrolment_status', `status IN ('CONFIRMED','WAITLISTED','CANCELLED')`)
@Check('ck_enrolment_seats', `(tandem_id IS NOT NULL AND seats = 2) OR (tandem_id IS NULL AND seats = 1)`)
@Check('ck_enrolment_cancelled', `(status = 'CANCELLED') = (cancelled_at IS NOT NULL)`)
export class Enrolment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session?: TrainingSession;

  /** NULL for a single tutor's seat. */
  @Column({ type: 'uuid', nullable: true })
  tandemId!: string | null;

  @ManyToOne(() => Tandem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tandem_id' })
  tandem?: Tandem;

  @Column({ type: 'text' })
  status!: EnrolmentStatus;

  @Column({ type: 'int' })
  seats!: number;

  /** Arrival order on the waitlist: clock time taken under the session's row lock, so it is strictly the booking order. */
  @Column({ type: 'timestamptz' })
  queuedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  bookedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'booked_by_id' })
  bookedBy?: Person;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  cancelledById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cancelled_by_id' })
  cancelledBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { TrainingSession } from './training-session.entity';

/**
 * The RFC 5545 SEQUENCE last issued to a person for a session's calendar entry (one UID per session),
 * with the state it described. A new state (cancelled ↔ booked, or a change of the session) is issued
 * with a higher number, so the SEQUENCE of a UID only ever grows: a calendar that holds the
 * cancellation takes the re-booking that follows it.
 */
@Entity()
@Index('ix_calendar_sequence_session', ['sessionId'])
export class CalendarSequence {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: TrainingSession;

  @Column({ type: 'int' })
  sequence!: number;

  /** Whether the entry last issued showed the person's seat as cancelled. */
  @Column({ type: 'boolean' })
  cancelled!: boolean;

  /** The session's own sequence (its changes of time, place or status) at that issue. */
  @Column({ type: 'int' })
  sessionSequence!: number;
}

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
import { ModuleVersion } from '../modules/module-version.entity';
import { Person } from '../people/person.entity';
import { Edition } from '../programmes/edition.entity';
import { Country } from '../reference/country.entity';

export const SESSION_STATUSES = ['SCHEDULED', 'CANCELLED', 'COMPLETED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

const numeric = { to: (v: number) => v, from: (v: string) => Number(v) };

/**
 * A module delivered at a time and place (DESIGN: TrainingSession). Times are UTC; `time_zone` is the
 * zone they were entered in and are shown in by default.
 *
 * `seats_taken` is the sum of the seats of CONFIRMED enrolments, kept by the booking use cases under a
 * row lock of this row; the CHECK `seats_taken <= capacity` makes overbooking impossible even for code
 * that forgets the lock (the statement fails instead of overbooking).
 */
@Entity()
@Index('ix_training_session_edition_starts', ['editionId', 'startsAt'])
@Index('ix_training_session_country_starts', ['countryCode', 'startsAt'])
@Index('ix_training_session_module_version', ['moduleVersionId'])
@Check('ck_training_session_status', `status IN ('SCHEDULED','CANCELLED','COMPLETED')`)
@Check('ck_training_session_times', 'ends_at > starts_at')
@Check('ck_training_session_deadline', 'enrolment_deadline <= starts_at')
@Check('ck_training_session_capacity', 'capacity > 0')
@Check('ck_training_session_seats', 'seats_taken >= 0 AND seats_taken <= capacity')
@Check('ck_training_session_hours', 'hours >= 0')
@Check('ck_training_session_place', `venue IS NOT NULL OR online_url IS NOT NULL`)
@Check('ck_training_session_cancelled', `(status = 'CANCELLED') = (cancel_reason IS NOT NULL)`)
export class TrainingSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Column({ type: 'uuid' })
  moduleVersionId!: string;

  @ManyToOne(() => ModuleVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_version_id' })
  moduleVersion?: ModuleVersion;

  /** The country whose tutors it is for; NULL: a joint session open to every country. */
  @Column({ type: 'char', length: 2, nullable: true })
  countryCode!: string | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: Country;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  /** IANA zone of the venue (or of the organisers for an online session). */
  @Column({ type: 'text' })
  timeZone!: string;

  /** Contact hours counted for completion: the duration by default, less for multi-day sessions. */
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numeric })
  hours!: number;

  @Column({ type: 'int' })
  capacity!: number;

  @Column({ type: 'int', default: 0 })
  seatsTaken!: number;

  @Column({ type: 'text', default: 'SCHEDULED' })
  status!: SessionStatus;

  @Column({ type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ type: 'text', nullable: true })
  venue!: string | null;

  @Column({ type: 'text', nullable: true })
  onlineUrl!: string | null;

  /** The language the session is held in. */
  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'timestamptz' })
  enrolmentDeadline!: Date;

  /** Whether a tutor without an ACTIVE tandem may book one seat. */
  @Column({ default: false })
  allowSingles!: boolean;

  /** RFC 5545 SEQUENCE of the calendar entry: raised by every change of time, place or status. */
  @Column({ type: 'int', default: 0 })
  sequence!: number;

  /** Secret of the rotating QR check-in code; never leaves the server. */
  @Column({ type: 'text', select: false })
  checkInSecret!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

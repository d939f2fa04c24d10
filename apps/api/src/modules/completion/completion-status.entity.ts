import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Edition } from '../programmes/edition.entity';

export const COMPLETION_STATUSES = ['REGISTERED', 'IN_TANDEM', 'IN_TRAINING', 'TRAINED', 'WITHDRAWN'] as const;
export type CompletionStatusValue = (typeof COMPLETION_STATUSES)[number];

/**
 * The derived state of one tutor in one edition: recomputed set-based from the facts (participation,
 * tandems, attendance, self-assessments, accepted assignments) by CompletionService.refresh — never
 * written by hand. Country, side and organisation are copied in so the cockpit aggregates one table.
 */
@Entity()
@Index('ix_completion_status_cube', ['editionId', 'countryCode', 'side', 'status'])
@Index('ix_completion_status_org', ['editionId', 'organisationId'])
@Index('ix_completion_status_trained', ['editionId', 'trainedAt'])
@Index('ix_completion_status_name', ['editionId', 'sortName', 'personId'])
@Check('ck_completion_status_status', `status IN ('REGISTERED','IN_TANDEM','IN_TRAINING','TRAINED','WITHDRAWN')`)
@Check('ck_completion_status_trained', `(status = 'TRAINED') = (trained_at IS NOT NULL)`)
@Check('ck_completion_status_side', `side IN ('SCHOOL','COMPANY')`)
export class CompletionStatus {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'text' })
  status!: CompletionStatusValue;

  /** "Family Given", copied so the drill-down pages in name order through an index (keyset). */
  @Column({ type: 'text', default: '' })
  sortName!: string;

  @Column({ type: 'char', length: 2 })
  countryCode!: string;

  @Column({ type: 'text' })
  side!: 'SCHOOL' | 'COMPANY';

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'numeric', precision: 7, scale: 2, default: 0 })
  nationalHours!: string;

  @Column({ type: 'int', array: true, default: () => "'{}'" })
  jointAttended!: number[];

  @Column({ type: 'boolean', default: false })
  selfAssessmentDone!: boolean;

  @Column({ type: 'int', default: 0 })
  assignmentsAccepted!: number;

  @Column({ type: 'int', default: 0 })
  assignmentsRequired!: number;

  /** Attendance marks (any status) and PRESENT marks: the cockpit's attendance rate without reading attendance. */
  @Column({ type: 'int', default: 0 })
  sessionsMarked!: number;

  @Column({ type: 'int', default: 0 })
  sessionsPresent!: number;

  @Column({ type: 'timestamptz', nullable: true })
  firstAttendedAt!: Date | null;

  /** When the last fact the rule needs came true (the burn-up is drawn from it). */
  @Column({ type: 'timestamptz', nullable: true })
  trainedAt!: Date | null;

  /** Not yet trained, but would be if the confirmed bookings of future sessions are attended. */
  @Column({ type: 'boolean', default: false })
  onTrack!: boolean;

  @Column({ type: 'int' })
  ruleRevision!: number;

  @Column({ type: 'timestamptz' })
  computedAt!: Date;
}

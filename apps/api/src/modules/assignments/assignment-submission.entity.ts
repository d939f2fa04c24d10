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
  VersionColumn,
} from 'typeorm';
import { Person } from '../people/person.entity';
import { Tandem } from '../tandems/tandem.entity';
import { TandemAssignment } from './tandem-assignment.entity';

export const SUBMISSION_STATUSES = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'NEEDS_REVISION'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export const REVIEW_OUTCOMES = ['ACCEPTED', 'NEEDS_REVISION'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** A file attached to a submission; its bytes and owner row live in StorageService (owner 'AssignmentSubmission'). */
export interface SubmissionAttachment {
  fileId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedById: string;
}

/**
 * The one shared answer of a tandem to an assignment. DRAFT (both partners edit, optimistic lock)
 * → SUBMITTED when both partners have confirmed the current content → ACCEPTED or NEEDS_REVISION
 * (a TRAINER of the tandem's country); NEEDS_REVISION is edited again as a DRAFT.
 *
 * A confirmation is for the content as it was: any change of text or attachments clears both.
 */
@Entity()
@Index('uq_assignment_submission', ['assignmentId', 'tandemId'], {
  unique: true,
})
@Index('ix_assignment_submission_tandem', ['tandemId'])
@Index('ix_assignment_submission_status', ['status', 'submittedAt', 'id'])
@Check('ck_assignment_submission_status', `status IN ('DRAFT','SUBMITTED','ACCEPTED','NEEDS_REVISION')`)
@Check(
  'ck_assignment_submission_submitted',
  `status NOT IN ('SUBMITTED','ACCEPTED') OR (submitted_at IS NOT NULL AND school_confirmed_at IS NOT NULL AND company_confirmed_at IS NOT NULL)`,
)
@Check('ck_assignment_submission_reviewed', `status NOT IN ('ACCEPTED','NEEDS_REVISION') OR reviewed_at IS NOT NULL`)
@Check(
  'ck_assignment_submission_revision_comment',
  `status <> 'NEEDS_REVISION' OR length(trim(coalesce(review_comment, ''))) > 0`,
)
export class AssignmentSubmission {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => TandemAssignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: TandemAssignment;

  @Column({ type: 'uuid' })
  tandemId!: string;

  @ManyToOne(() => Tandem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tandem_id' })
  tandem?: Tandem;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: SubmissionStatus;

  @Column({ type: 'text', default: '' })
  text!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: SubmissionAttachment[];

  @Column({ type: 'timestamptz', nullable: true })
  schoolConfirmedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  companyConfirmedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewed_by_id' })
  reviewedBy?: Person;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  lastEditedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'last_edited_by_id' })
  lastEditedBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** Optimistic lock of the content: a save names the version it started from; a stale one gets STALE_WRITE. */
  @VersionColumn({ default: 1 })
  lockVersion!: number;
}

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
  UpdateDateColumn,
} from 'typeorm';
import { Person } from '../people/person.entity';
import { AssessmentRound } from './assessment-round.entity';

export const SELF_ASSESSMENT_STATUSES = ['DRAFT', 'SUBMITTED'] as const;
export type SelfAssessmentStatus = (typeof SELF_ASSESSMENT_STATUSES)[number];

/**
 * A tutor's self-assessment in a round: DRAFT (saved as they go) → SUBMITTED (once, read-only).
 * The profile version is copied from the round (composite foreign key) so that each rating can be
 * tied to a competence of exactly that version in the database.
 */
@Entity()
@Index('uq_self_assessment_round_person', ['roundId', 'personId'], { unique: true })
@Index('ix_self_assessment_person', ['personId'])
@Unique('uq_self_assessment_profile', ['id', 'profileVersionId'])
@Check('ck_self_assessment_status', `status IN ('DRAFT','SUBMITTED')`)
@Check('ck_self_assessment_submitted', `(status = 'SUBMITTED') = (submitted_at IS NOT NULL)`)
export class SelfAssessment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  roundId!: string;

  @Column({ type: 'uuid' })
  profileVersionId!: string;

  @ManyToOne(() => AssessmentRound, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'round_id', referencedColumnName: 'id' },
    { name: 'profile_version_id', referencedColumnName: 'profileVersionId' },
  ])
  round?: AssessmentRound;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: SelfAssessmentStatus;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** The owner's choice: whether their tandem partner may read the ratings (default: not shared). */
  @Column({ default: false })
  sharedWithPartner!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

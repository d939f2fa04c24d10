import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ImprovementAction } from '../evidence/evidence.entity';
import { Person } from '../people/person.entity';
import { AREA_CHECK, PeerReview } from './peer-review.entity';

/** A note of one interview of the visit: who was interviewed (a role or group, never a name), when, what was said. */
@Entity()
@Index('ix_peer_review_interview_review', ['reviewId'])
@Check('ck_peer_review_interview_text', 'length(trim(interviewee)) > 0 AND length(trim(notes)) > 0')
export class PeerReviewInterview {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  reviewId!: string;

  @ManyToOne(() => PeerReview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id' })
  review?: PeerReview;

  /** The role or group interviewed ("school tutors of the pilot", "the national coordinator's team"). */
  @Column({ type: 'text' })
  interviewee!: string;

  @Column({ type: 'date' })
  heldOn!: string;

  @Column({ type: 'text' })
  notes!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A recommendation of the peer report, on one quality area. At the follow-up it becomes exactly one
 * improvement action of the country's national programme (the unique action reference says so).
 */
@Entity()
@Index('ix_peer_review_recommendation_review', ['reviewId'])
@Index('uq_peer_review_recommendation_action', ['improvementActionId'], { unique: true })
@Check('ck_peer_review_recommendation_area', `area_code IN ${AREA_CHECK}`)
@Check('ck_peer_review_recommendation_text', 'length(trim(text)) > 0')
export class PeerReviewRecommendation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  reviewId!: string;

  @ManyToOne(() => PeerReview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id' })
  review?: PeerReview;

  @Column({ type: 'text' })
  areaCode!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Person;

  /** The improvement action it became at the follow-up. */
  @Column({ type: 'uuid', nullable: true })
  improvementActionId!: string | null;

  @ManyToOne(() => ImprovementAction, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'improvement_action_id' })
  improvementAction?: ImprovementAction;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Competence } from '../competences/competence.entity';
import { SelfAssessment } from './self-assessment.entity';

/** Longest evidence note; the input validation and the check constraint share it. */
export const EVIDENCE_MAX_LENGTH = 2000;

/**
 * A level (and an optional evidence note) for one competence in a self-assessment. Both foreign keys
 * carry the profile version: a rating of a competence of another version cannot be stored.
 * The level's upper bound depends on the version's scale and is checked by the service.
 */
@Entity()
@Index('ix_rating_competence', ['competenceId'])
@Check('ck_rating_level', `level >= 1`)
@Check('ck_rating_evidence', `evidence IS NULL OR length(evidence) <= ${EVIDENCE_MAX_LENGTH}`)
export class Rating {
  @PrimaryColumn({ type: 'uuid' })
  selfAssessmentId!: string;

  @PrimaryColumn({ type: 'uuid' })
  competenceId!: string;

  @Column({ type: 'uuid' })
  profileVersionId!: string;

  @ManyToOne(() => SelfAssessment, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'self_assessment_id', referencedColumnName: 'id' },
    { name: 'profile_version_id', referencedColumnName: 'profileVersionId' },
  ])
  selfAssessment?: SelfAssessment;

  @ManyToOne(() => Competence, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'competence_id', referencedColumnName: 'id' },
    { name: 'profile_version_id', referencedColumnName: 'profileId' },
  ])
  competence?: Competence;

  @Column({ type: 'smallint' })
  level!: number;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;
}

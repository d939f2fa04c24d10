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
import { CompetenceProfile } from '../competences/competence-profile.entity';
import { Edition } from '../programmes/edition.entity';

export const ROUND_KINDS = ['BASELINE', 'AFTER_MODULE', 'FINAL'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/**
 * A window in which the tutors of an edition assess themselves against one profile version
 * (DESIGN: AssessmentRound). One round per kind (per joint module for AFTER_MODULE) and edition.
 */
@Entity()
@Index('uq_assessment_round_kind', ['editionId', 'kind'], { unique: true, where: `module_number IS NULL` })
@Index('uq_assessment_round_module', ['editionId', 'moduleNumber'], {
  unique: true,
  where: `module_number IS NOT NULL`,
})
// The target of self_assessment (round_id, profile_version_id).
@Unique('uq_assessment_round_profile', ['id', 'profileVersionId'])
@Check('ck_assessment_round_kind', `kind IN ('BASELINE','AFTER_MODULE','FINAL')`)
@Check(
  'ck_assessment_round_module',
  `(kind = 'AFTER_MODULE' AND module_number BETWEEN 1 AND 3) OR (kind <> 'AFTER_MODULE' AND module_number IS NULL)`,
)
@Check('ck_assessment_round_window', `closes_at > opens_at`)
export class AssessmentRound {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Column({ type: 'text' })
  kind!: RoundKind;

  @Column({ type: 'int', nullable: true })
  moduleNumber!: number | null;

  @Column({ type: 'timestamptz' })
  opensAt!: Date;

  @Column({ type: 'timestamptz' })
  closesAt!: Date;

  @Column({ type: 'uuid' })
  profileVersionId!: string;

  @ManyToOne(() => CompetenceProfile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'profile_version_id' })
  profileVersion?: CompetenceProfile;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CompetenceProfile } from './competence-profile.entity';

/** A group of competences in one profile version; texts per language as {"en": "…", "et": "…"}. */
@Entity()
@Index('uq_competence_area_code', ['profileId', 'code'], { unique: true })
// The target of competence (area_id, profile_id): a competence's area is of the same version.
@Unique('uq_competence_area_profile', ['id', 'profileId'])
@Check('ck_competence_area_title', `length(trim(title->>'en')) > 0`)
@Check('ck_competence_area_code', `code ~ '^[A-Z0-9][A-Z0-9.-]{0,15}$'`)
export class CompetenceArea {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  profileId!: string;

  @ManyToOne(() => CompetenceProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: CompetenceProfile;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'jsonb' })
  title!: Record<string, string>;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  description!: Record<string, string>;
}

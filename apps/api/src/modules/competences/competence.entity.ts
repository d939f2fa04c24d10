import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CompetenceArea } from './competence-area.entity';

/**
 * One competence of a profile version: texts per language and a descriptor per level per language
 * ({"en": ["level 1", …, "level N"]}). profile_id is copied from the area (the composite foreign key
 * keeps it right) so that a rating can reference (competence, profile version) directly.
 */
@Entity()
@Index('uq_competence_code', ['profileId', 'code'], { unique: true })
@Index('ix_competence_area', ['areaId', 'profileId'])
@Unique('uq_competence_profile', ['id', 'profileId'])
@Check('ck_competence_title', `length(trim(title->>'en')) > 0`)
@Check('ck_competence_code', `code ~ '^[A-Z0-9][A-Z0-9.-]{0,15}$'`)
export class Competence {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  profileId!: string;

  @Column({ type: 'uuid' })
  areaId!: string;

  @ManyToOne(() => CompetenceArea, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'area_id', referencedColumnName: 'id' },
    { name: 'profile_id', referencedColumnName: 'profileId' },
  ])
  area?: CompetenceArea;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'jsonb' })
  title!: Record<string, string>;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  description!: Record<string, string>;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  levels!: Record<string, string[]>;
}

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from './person.entity';

export const TUTOR_SIDES = ['SCHOOL', 'COMPANY'] as const;
export type TutorSide = (typeof TUTOR_SIDES)[number];

/** A tutor's side follows from the employer's kind; other kinds of organisation have no tutors. */
export function sideOfOrganisationKind(kind: string): TutorSide | null {
  return kind === 'VET_INSTITUTION' ? 'SCHOOL' : kind === 'COMPANY' ? 'COMPANY' : null;
}

/**
 * The tutor part of a person: employer, side, occupation. The employer's kind is part of the foreign
 * key (organisation_id, organisation_kind) → organisation (id, kind) and the check ties the side to
 * it, so a profile of a SCHOOL tutor at a company (or a tutor at an authority) cannot exist.
 */
@Entity()
@Index('ix_tutor_profile_organisation', ['organisationId', 'organisationKind'])
@Check(
  'ck_tutor_profile_side',
  `(side = 'SCHOOL' AND organisation_kind = 'VET_INSTITUTION') OR (side = 'COMPANY' AND organisation_kind = 'COMPANY')`,
)
@Check('ck_tutor_profile_experience', 'years_of_experience IS NULL OR years_of_experience BETWEEN 0 AND 70')
@Check('ck_tutor_profile_languages', `array_to_string(languages, ',') ~ '^([a-z]{2}(,|$))*$'`)
export class TutorProfile {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @OneToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  organisationKind!: 'VET_INSTITUTION' | 'COMPANY';

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'organisation_id', referencedColumnName: 'id' },
    { name: 'organisation_kind', referencedColumnName: 'kind' },
  ])
  organisation?: Organisation;

  @Column({ type: 'text' })
  side!: TutorSide;

  /** The trade or field the tutor guides learners in (e.g. "CNC machining", "Cookery"). */
  @Column({ type: 'text', nullable: true })
  occupationField!: string | null;

  @Column({ type: 'int', nullable: true })
  yearsOfExperience!: number | null;

  /** ISO 639-1 codes of the languages the tutor can work in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { TutorSide } from '../people/tutor-profile.entity';
import { TutorParticipation } from '../people/tutor-participation.entity';
import { Tandem, TandemStatus } from './tandem.entity';

/**
 * The two tutors of a tandem, one row each, so that the database can hold "a tutor is in at most one
 * non-dissolved tandem per edition" with a partial unique index on (edition_id, person_id).
 *
 * Why a member table and not two partial indexes on tandem: those would miss a person who is the
 * school tutor of one tandem and the company tutor of another (after changing employer); an exclusion
 * constraint over both columns needs array operators that GiST offers for integers only.
 *
 * The tandem's status is copied here through the foreign key (tandem_id, edition_id, tandem_status) →
 * tandem (id, edition_id, status) ON UPDATE CASCADE: dissolving the tandem frees its members in the
 * same statement, and the copy cannot drift. The second foreign key (edition_id, person_id) →
 * tutor_participation admits only tutors who take part in the edition.
 */
@Entity()
@Index('uq_tandem_member_one_per_edition', ['editionId', 'personId'], {
  unique: true,
  where: `tandem_status <> 'DISSOLVED'`,
})
@Index('ix_tandem_member_person', ['personId'])
@Check('ck_tandem_member_side', `side IN ('SCHOOL','COMPANY')`)
export class TandemMember {
  @PrimaryColumn({ type: 'uuid' })
  tandemId!: string;

  @PrimaryColumn({ type: 'text' })
  side!: TutorSide;

  @Column({ type: 'uuid' })
  editionId!: string;

  @Column({ type: 'text' })
  tandemStatus!: TandemStatus;

  @ManyToOne(() => Tandem, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn([
    { name: 'tandem_id', referencedColumnName: 'id' },
    { name: 'edition_id', referencedColumnName: 'editionId' },
    { name: 'tandem_status', referencedColumnName: 'status' },
  ])
  tandem?: Tandem;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => TutorParticipation, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'edition_id', referencedColumnName: 'editionId' },
    { name: 'person_id', referencedColumnName: 'personId' },
  ])
  participation?: TutorParticipation;
}

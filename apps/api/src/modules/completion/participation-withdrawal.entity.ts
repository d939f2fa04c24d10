import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TutorParticipation } from '../people/tutor-participation.entity';
import { Person } from '../people/person.entity';

/**
 * A tutor who left the edition (a fact recorded by the coordinator); the derived status becomes
 * WITHDRAWN whatever else is true. Deleting the row reinstates them.
 */
@Entity()
@Index('ix_participation_withdrawal_person', ['personId'])
@Check('ck_participation_withdrawal_reason', `length(trim(reason)) > 0`)
export class ParticipationWithdrawal {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => TutorParticipation, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'edition_id', referencedColumnName: 'editionId' },
    { name: 'person_id', referencedColumnName: 'personId' },
  ])
  participation?: TutorParticipation;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  withdrawnAt!: Date;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid', nullable: true })
  withdrawnById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'withdrawn_by_id' })
  withdrawnBy?: Person;
}

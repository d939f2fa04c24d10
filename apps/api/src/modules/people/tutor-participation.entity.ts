import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Edition } from '../programmes/edition.entity';
import { TutorProfile } from './tutor-profile.entity';

/**
 * A tutor taking part in an edition (the coordinator's import or invitation adds them). Tandems pair
 * only participants of their edition: tandem_member references this row.
 */
@Entity()
@Index('ix_tutor_participation_person', ['personId'])
export class TutorParticipation {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => TutorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', referencedColumnName: 'personId' })
  profile?: TutorProfile;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt!: Date;
}

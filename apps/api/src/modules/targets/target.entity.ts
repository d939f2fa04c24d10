import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Edition } from '../programmes/edition.entity';

/** How many TRAINED tutors an edition sets out to reach (DESIGN: Target); splits in TargetSplit. */
@Entity()
@Check('ck_target_total', `total >= 0`)
export class Target {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Column({ type: 'int' })
  total!: number;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: Person;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

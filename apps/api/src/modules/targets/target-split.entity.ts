import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Target } from './target.entity';

export const TARGET_DIMENSIONS = ['COUNTRY', 'SIDE'] as const;
export type TargetDimension = (typeof TARGET_DIMENSIONS)[number];

/** One part of a target: EE 200, or SCHOOL 400. Splits of one dimension never exceed the total (checked on save). */
@Entity()
@Check('ck_target_split_value', `value >= 0`)
@Check(
  'ck_target_split_key',
  `(dimension = 'COUNTRY' AND key ~ '^[A-Z]{2}$') OR (dimension = 'SIDE' AND key IN ('SCHOOL','COMPANY'))`,
)
export class TargetSplit {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Target, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  target?: Target;

  @PrimaryColumn({ type: 'text' })
  dimension!: TargetDimension;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'int' })
  value!: number;
}

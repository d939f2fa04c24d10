import type { CyclePhaseKind, CyclePhaseStatus } from '@tandem/shared-domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Edition } from './edition.entity';

/** One step of an edition's cycle (DESIGN.md "The cycle"), with its dates and status. */
@Entity()
@Index('uq_cycle_phase_kind', ['editionId', 'kind'], { unique: true })
@Index('uq_cycle_phase_position', ['editionId', 'position'], { unique: true })
@Check('ck_cycle_phase_status', `status IN ('PLANNED','OPEN','DONE')`)
@Check('ck_cycle_phase_dates', 'ends_on >= starts_on')
export class CyclePhase {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, (e) => e.phases, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Column({ type: 'text' })
  kind!: CyclePhaseKind;

  /** 1-based order in the cycle. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'text', default: 'PLANNED' })
  status!: CyclePhaseStatus;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Edition } from '../programmes/edition.entity';
import type { CompletionStatusValue } from './completion-status.entity';

/**
 * Append-only history of each tutor's derived status: one row per change the refresh observed
 * (also when a new rule takes TRAINED away). `effectiveAt` is when the facts made it true,
 * `recordedAt` when the system noticed.
 */
@Entity()
@Index('ix_completion_status_change_person', ['editionId', 'personId', 'recordedAt'])
export class CompletionStatusChange {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'BY DEFAULT',
  })
  id!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'text', nullable: true })
  fromStatus!: CompletionStatusValue | null;

  @Column({ type: 'text' })
  toStatus!: CompletionStatusValue;

  @Column({ type: 'timestamptz' })
  effectiveAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ type: 'int' })
  ruleRevision!: number;
}

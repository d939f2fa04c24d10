import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ModuleVersion } from '../modules/module-version.entity';
import { Person } from '../people/person.entity';

/**
 * A task a tandem completes together, defined for one version of a module (DESIGN: TandemAssignment).
 * It stays attached to the version it was written for: a later version of the module keeps the
 * history, and submissions already started keep their assignment.
 */
@Entity()
@Index('ix_tandem_assignment_version_due', ['moduleVersionId', 'dueOn'])
@Check('ck_tandem_assignment_title', `length(trim(title)) > 0`)
export class TandemAssignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  moduleVersionId!: string;

  @ManyToOne(() => ModuleVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_version_id' })
  moduleVersion?: ModuleVersion;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  instructions!: string;

  /** The day it is due (in the edition's time zone); later submissions are accepted and shown as late. */
  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

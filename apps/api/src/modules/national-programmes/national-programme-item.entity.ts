import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Module } from '../modules/module.entity';
import { NationalProgramme } from './national-programme.entity';

/**
 * One module in a programme revision, at its place in the order. The service admits only published
 * modules of the same edition that are JOINT or NATIONAL of the programme's country.
 */
@Entity()
@Index('uq_national_programme_item_position', ['programmeId', 'position'], { unique: true })
@Index('uq_national_programme_item_module', ['programmeId', 'moduleId'], { unique: true })
@Index('ix_national_programme_item_module', ['moduleId'])
@Check('ck_national_programme_item_position', 'position >= 1')
export class NationalProgrammeItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => NationalProgramme, (p) => p.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: NationalProgramme;

  /** 1-based place in the programme. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => Module, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id' })
  module?: Module;
}

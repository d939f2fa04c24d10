import { Check, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Module } from '../modules/module.entity';

/**
 * A competence a module develops. Linked by competence code, not id: codes are stable across
 * profile versions, so the link survives a new version of the profile (a code that a later version
 * drops simply shows no more). Linked to the module, not a module version: what a module develops
 * is part of its identity, and version history stays untouched.
 */
@Entity()
@Index('ix_module_competence_code', ['competenceCode'])
@Check('ck_module_competence_code', `competence_code ~ '^[A-Z0-9][A-Z0-9.-]{0,15}$'`)
export class ModuleCompetence {
  @PrimaryColumn({ type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => Module, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: Module;

  @PrimaryColumn({ type: 'text' })
  competenceCode!: string;
}

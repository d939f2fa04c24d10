import type { ModuleKind } from '@tandem/shared-domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Edition } from '../programmes/edition.entity';
import { Country } from '../reference/country.entity';
import type { ModuleVersion } from './module-version.entity';

/**
 * A training module of an edition: JOINT (Baltic-wide, numbered 1..3, owned by ADMIN) or NATIONAL
 * (one country, owned by its COORDINATOR). Its content lives in numbered ModuleVersions.
 */
@Entity()
@Index('uq_module_code', ['editionId', 'code'], { unique: true })
@Index('uq_module_joint_number', ['editionId', 'number'], { unique: true, where: `kind = 'JOINT'` })
@Index('ix_module_edition_kind_country', ['editionId', 'kind', 'countryCode'])
@Check(
  'ck_module_kind',
  `(kind = 'JOINT' AND number BETWEEN 1 AND 3 AND country_code IS NULL)
   OR (kind = 'NATIONAL' AND number IS NULL AND country_code IS NOT NULL)`,
)
export class Module {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Column({ type: 'text' })
  kind!: ModuleKind;

  @Column({ type: 'int', nullable: true })
  number!: number | null;

  @Column({ type: 'char', length: 2, nullable: true })
  countryCode!: string | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: Country;

  /** Short code shown in programmes and timetables, unique in the edition (e.g. "JM1", "EE-N2"). */
  @Column({ type: 'text' })
  code!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @OneToMany('ModuleVersion', 'module')
  versions?: ModuleVersion[];
}

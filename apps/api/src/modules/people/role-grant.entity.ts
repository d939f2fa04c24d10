import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role, ScopeKind } from '@tandem/shared-domain';
import { Organisation } from '../organisations/organisation.entity';
import { Country } from '../reference/country.entity';
import { Person } from './person.entity';

/**
 * A role held by a person in a scope. The check constraint ties each scope kind to exactly the
 * columns it needs, so a COUNTRY grant without a country cannot exist even if a bug tries.
 */
@Entity()
// Created by hand in the migration with NULLS NOT DISTINCT (TypeORM cannot declare that), so that
// the same grant cannot exist twice; synchronize: false keeps the schema diff from touching it.
@Index('uq_role_grant', { synchronize: false })
@Check('ck_role_grant_role', `role IN ('ADMIN','COORDINATOR','TRAINER','TUTOR','MANAGER','RESEARCHER','OBSERVER')`)
@Check(
  'ck_role_grant_scope',
  `(scope_kind = 'PROGRAMME' AND country_code IS NULL AND organisation_id IS NULL)
   OR (scope_kind = 'COUNTRY' AND country_code IS NOT NULL AND organisation_id IS NULL)
   OR (scope_kind = 'ORGANISATION' AND organisation_id IS NOT NULL AND country_code IS NULL)
   OR (scope_kind = 'SELF' AND country_code IS NULL AND organisation_id IS NULL)`,
)
export class RoleGrant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, (p) => p.roleGrants, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text' })
  scopeKind!: ScopeKind;

  @Column({ type: 'char', length: 2, nullable: true })
  countryCode!: string | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: Country;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

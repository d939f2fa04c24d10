import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Country } from '../reference/country.entity';

export const ORGANISATION_KINDS = ['VET_INSTITUTION', 'COMPANY', 'RESEARCH_INSTITUTE', 'AUTHORITY', 'SOCIAL_PARTNER'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A school, company or other body taking part. The directory issue adds sector, size and clusters. */
@Entity()
@Unique('uq_organisation_registry', ['countryCode', 'registryCode'])
@Check('ck_organisation_kind', `kind IN ('VET_INSTITUTION','COMPANY','RESEARCH_INSTITUTE','AUTHORITY','SOCIAL_PARTNER')`)
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Index()
  @Column({ type: 'char', length: 2 })
  countryCode!: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: Country;

  @Column({ type: 'text' })
  registryCode!: string;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

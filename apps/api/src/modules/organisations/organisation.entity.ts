import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Country } from '../reference/country.entity';

export const ORGANISATION_KINDS = [
  'VET_INSTITUTION',
  'COMPANY',
  'RESEARCH_INSTITUTE',
  'AUTHORITY',
  'SOCIAL_PARTNER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Economic sector: of a company's business, of the main field a school trains for. Codes, so the UI translates them. */
export const SECTORS = [
  'MANUFACTURING',
  'CONSTRUCTION',
  'ENERGY',
  'AUTOMOTIVE',
  'LOGISTICS',
  'ICT',
  'HOSPITALITY',
  'FOOD_AND_AGRICULTURE',
  'HEALTH_AND_CARE',
  'RETAIL_AND_SERVICES',
] as const;
export type Sector = (typeof SECTORS)[number];

/** EU SME size classes (headcount): micro < 10, small < 50, medium < 250, large. */
export const SIZE_CLASSES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(',');

/** A school, company or other body taking part. Companies are linked to their schools by ClusterLink. */
@Entity()
@Unique('uq_organisation_registry', ['countryCode', 'registryCode'])
// The target of the composite foreign keys that pin the kind of a linked organisation (cluster links, tutor profiles).
@Unique('uq_organisation_id_kind', ['id', 'kind'])
// The directory walks (name, id) keyset pages, filtered by country and kind or not at all.
@Index('ix_organisation_name', ['name', 'id'])
@Index('ix_organisation_country_kind_name', ['countryCode', 'kind', 'name', 'id'])
@Check(
  'ck_organisation_kind',
  `kind IN ('VET_INSTITUTION','COMPANY','RESEARCH_INSTITUTE','AUTHORITY','SOCIAL_PARTNER')`,
)
@Check('ck_organisation_sector', `sector IS NULL OR sector IN (${quoted(SECTORS)})`)
@Check('ck_organisation_size_class', `size_class IS NULL OR size_class IN (${quoted(SIZE_CLASSES)})`)
@Check('ck_organisation_website', `website IS NULL OR website ~ '^https?://[^\\s]+$'`)
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

  @Column({ type: 'text', nullable: true })
  sector!: Sector | null;

  @Column({ type: 'text', nullable: true })
  sizeClass!: SizeClass | null;

  /** http(s) address of the organisation's site. */
  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

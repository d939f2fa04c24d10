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
  Unique,
  VersionColumn,
} from 'typeorm';
import { Person } from '../people/person.entity';
import { Edition } from '../programmes/edition.entity';
import { Country } from '../reference/country.entity';
import type { NationalProgrammeItem } from './national-programme-item.entity';

export const NATIONAL_PROGRAMME_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const;
export type NationalProgrammeStatus = (typeof NATIONAL_PROGRAMME_STATUSES)[number];

/**
 * One revision of a country's programme for an edition: the ordered national and joint modules.
 * DRAFT → SUBMITTED → APPROVED by an admin, or RETURNED with comments (editing makes it DRAFT again).
 * An APPROVED revision is locked: a change starts revision n+1 as DRAFT, while revision n stays in
 * force until n+1 is approved; then n is marked superseded.
 *
 * So per edition and country at any time: at most one revision in force (APPROVED, not superseded)
 * and at most one in the making (DRAFT, SUBMITTED or RETURNED). Two partial unique indexes hold that.
 */
@Entity()
// A peer review carries the programme's country through a composite foreign key (issue 15).
@Unique('uq_national_programme_country', ['id', 'countryCode'])
@Index('uq_national_programme_revision', ['editionId', 'countryCode', 'revision'], { unique: true })
@Index('uq_national_programme_in_force', ['editionId', 'countryCode'], {
  unique: true,
  where: `status = 'APPROVED' AND superseded_at IS NULL`,
})
@Index('uq_national_programme_in_progress', ['editionId', 'countryCode'], {
  unique: true,
  where: `status <> 'APPROVED'`,
})
@Check('ck_national_programme_status', `status IN ('DRAFT','SUBMITTED','APPROVED','RETURNED')`)
@Check('ck_national_programme_revision', 'revision >= 1')
@Check('ck_national_programme_superseded', `superseded_at IS NULL OR status = 'APPROVED'`)
@Check('ck_national_programme_submitted', `status = 'DRAFT' OR submitted_at IS NOT NULL`)
@Check('ck_national_programme_decided', `status NOT IN ('APPROVED','RETURNED') OR decided_at IS NOT NULL`)
@Check('ck_national_programme_returned', `status <> 'RETURNED' OR length(trim(return_comments)) > 0`)
export class NationalProgramme {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Column({ type: 'char', length: 2 })
  countryCode!: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: Country;

  /** 1, 2, …: a change to an approved programme starts the next one. */
  @Column({ type: 'int' })
  revision!: number;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: NationalProgrammeStatus;

  /** What the admin asked to change when returning it the last time (kept until the next return). */
  @Column({ type: 'text', nullable: true })
  returnComments!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedBy?: Person;

  /** When an admin last approved or returned it. */
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: Person;

  /** Set on an approved revision when a later revision is approved in its place. */
  @Column({ type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;

  /** Optimistic lock: a save or transition may name the lock version it started from. */
  @VersionColumn({ default: 1 })
  lockVersion!: number;

  @OneToMany('NationalProgrammeItem', 'programme')
  items?: NationalProgrammeItem[];
}

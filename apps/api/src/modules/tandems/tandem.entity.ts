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
import { Person } from '../people/person.entity';
import { Edition } from '../programmes/edition.entity';

export const TANDEM_STATUSES = ['FORMING', 'ACTIVE', 'COMPLETED', 'DISSOLVED'] as const;
export type TandemStatus = (typeof TANDEM_STATUSES)[number];

/** How a tandem ended: the invited partner declined, the inviter withdrew the invitation, or it was dissolved. */
export const TANDEM_DISSOLUTION_KINDS = ['DECLINED', 'WITHDRAWN', 'DISSOLVED'] as const;
export type TandemDissolutionKind = (typeof TANDEM_DISSOLUTION_KINDS)[number];

/**
 * One school tutor and one company tutor learning together in an edition. FORMING (an invitation
 * waits for the partner) → ACTIVE → COMPLETED; or DISSOLVED at any point, kept as history.
 *
 * "A tutor is in at most one non-dissolved tandem per edition" is held by tandem_member (see there).
 */
@Entity()
// The key tandem_member's foreign key points at: its ON UPDATE CASCADE carries every status change.
@Unique('uq_tandem_member_key', ['id', 'editionId', 'status'])
@Index('ix_tandem_edition_status', ['editionId', 'status'])
@Index('ix_tandem_created', ['createdAt', 'id'])
@Check('ck_tandem_status', `status IN ('FORMING','ACTIVE','COMPLETED','DISSOLVED')`)
@Check('ck_tandem_two_people', 'school_tutor_id <> company_tutor_id')
@Check('ck_tandem_activated', `status NOT IN ('ACTIVE','COMPLETED') OR activated_at IS NOT NULL`)
@Check('ck_tandem_dissolved', `(status = 'DISSOLVED') = (dissolved_at IS NOT NULL AND dissolution_kind IS NOT NULL)`)
@Check(
  'ck_tandem_dissolution_kind',
  `dissolution_kind IS NULL OR dissolution_kind IN ('DECLINED','WITHDRAWN','DISSOLVED')`,
)
export class Tandem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Index()
  @Column({ type: 'uuid' })
  schoolTutorId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_tutor_id' })
  schoolTutor?: Person;

  @Index()
  @Column({ type: 'uuid' })
  companyTutorId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_tutor_id' })
  companyTutor?: Person;

  @Column({ type: 'text' })
  status!: TandemStatus;

  /** The coordinator who formed it, or the tutor who invited the partner. */
  @Column({ type: 'uuid', nullable: true })
  formedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'formed_by_id' })
  formedBy?: Person;

  /** True when a tutor invited the partner (the tandem was FORMING until the partner accepted). */
  @Column({ default: false })
  byInvitation!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  dissolvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  dissolvedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'dissolved_by_id' })
  dissolvedBy?: Person;

  @Column({ type: 'text', nullable: true })
  dissolutionKind!: TandemDissolutionKind | null;

  @Column({ type: 'text', nullable: true })
  dissolutionReason!: string | null;
}

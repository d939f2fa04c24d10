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
  UpdateDateColumn,
} from 'typeorm';
import type { CyclePhase } from './cycle-phase.entity';
import { Programme } from './programme.entity';

/** One run of the programme cycle: its dates, languages, target and phases. */
@Entity()
@Index('uq_edition_name', ['programmeId', 'name'], { unique: true })
@Check('ck_edition_dates', 'ends_on >= starts_on')
@Check('ck_edition_target', 'target_trained >= 0')
@Check('ck_edition_max_session_hours', 'max_session_hours_per_day > 0 AND max_session_hours_per_day <= 24')
@Check('ck_edition_languages', `'en' = ANY(languages) AND languages <@ ARRAY['en','et','lv','lt','ru']`)
export class Edition {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, (p) => p.editions, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Programme;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  /** How many tutors this edition sets out to train (800 for 2026–2027). */
  @Column({ type: 'int' })
  targetTrained!: number;

  /** Languages the edition works in (module texts, sessions); English always. */
  @Column({ type: 'text', array: true, default: () => "'{en}'" })
  languages!: string[];

  /** Whether a school tutor and a company tutor from different countries may form a tandem. */
  @Column({ default: false })
  crossBorderTandems!: boolean;

  /** IANA zone in which the edition's dates are meant (sessions carry their own zone). */
  @Column({ type: 'text', default: 'Europe/Riga' })
  timeZone!: string;

  /** The longest a training session of this edition may last (on one day; longer trainings are a series). */
  @Column({
    type: 'numeric',
    precision: 4,
    scale: 1,
    default: 10,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  maxSessionHoursPerDay!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany('CyclePhase', 'edition')
  phases?: CyclePhase[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';

const PURPOSE_CHECK = `purpose IN ('RESEARCH','PARTNER_SUGGESTIONS','ROSTER_NAME','STUDY_VISIT_MEDIA','EMAIL_REMINDERS')`;

/** Every consent decision a person made: kept for good (the history), with the text version shown. */
@Entity()
@Index('ix_consent_event_person', ['personId', 'changedAt'])
@Check('ck_consent_event_purpose', PURPOSE_CHECK)
export class ConsentEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'boolean' })
  granted!: boolean;

  @Column({ type: 'text' })
  textVersion!: string;

  @Column({ type: 'timestamptz' })
  changedAt!: Date;
}

/**
 * The decision in force per person and purpose (the last event): what the partner suggestions,
 * rosters and research exports join on. No row: not asked yet, which counts as refused.
 */
@Entity()
@Index('ix_person_consent_purpose', ['purpose', 'granted'])
@Check('ck_person_consent_purpose', PURPOSE_CHECK)
export class PersonConsent {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @PrimaryColumn({ type: 'text' })
  purpose!: string;

  @Column({ type: 'boolean' })
  granted!: boolean;

  @Column({ type: 'text' })
  textVersion!: string;

  @Column({ type: 'timestamptz' })
  changedAt!: Date;
}

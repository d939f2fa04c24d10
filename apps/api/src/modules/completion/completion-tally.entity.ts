import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * completion_status counted per organisation × status × on-track: rebuilt by every refresh in the
 * same transaction, so the cockpit aggregates a few thousand rows instead of one row per tutor
 * (country and side follow from the organisation and are copied for the scope filter).
 */
@Entity()
export class CompletionTally {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ type: 'text' })
  side!: 'SCHOOL' | 'COMPANY';

  @PrimaryColumn({ type: 'text' })
  status!: string;

  @PrimaryColumn({ type: 'boolean' })
  onTrack!: boolean;

  @Column({ type: 'char', length: 2 })
  countryCode!: string;

  @Column({ type: 'int' })
  tutors!: number;

  @Column({ type: 'int' })
  sessionsMarked!: number;

  @Column({ type: 'int' })
  sessionsPresent!: number;
}

/** TRAINED tutors per organisation and day they became trained: the burn-up without reading every tutor. */
@Entity()
export class CompletionTrainedDay {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ type: 'text' })
  side!: 'SCHOOL' | 'COMPANY';

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'char', length: 2 })
  countryCode!: string;

  @Column({ type: 'int' })
  tutors!: number;
}

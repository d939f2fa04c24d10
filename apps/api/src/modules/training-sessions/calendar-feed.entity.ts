import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../people/person.entity';

/**
 * A person's private calendar feed: the URL carries a secret token, of which only the SHA-256 is
 * stored. Revoking deletes the row; a new token makes the old URL stop working.
 */
@Entity()
@Index('uq_calendar_feed_token', ['tokenHash'], { unique: true })
export class CalendarFeed {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'text' })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

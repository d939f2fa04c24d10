import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';

/** What a client needs to render a notification: ids for links and texts known when it was sent. */
export type NotificationPayload = Record<string, string | number | null>;

/**
 * An in-app message to one person. Written in the transaction of the change it announces, so it
 * exists if and only if the change does. The kind is not constrained in the database: every feature
 * adds its own kinds (NotificationKind in the model) without a migration of this table.
 */
@Entity()
@Index('ix_notification_recipient_read', ['recipientPersonId', 'readAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recipientPersonId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_person_id' })
  recipient?: Person;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: NotificationPayload;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}

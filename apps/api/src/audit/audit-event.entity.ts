import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what, when. Written in the same transaction as the change it describes. */
@Entity()
@Index('ix_audit_event_target', ['targetType', 'targetId'])
@Index('ix_audit_event_actor_at', ['actorPersonId', 'occurredAt'])
@Index('ix_audit_event_operation_at', ['operation', 'occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  /** Null for the system (migrations, demo loader, jobs) and for anonymous actions. */
  @Column({ type: 'uuid', nullable: true })
  actorPersonId!: string | null;

  /** The GraphQL operation (use case) name, e.g. `login`, `setPreferredLanguage`. */
  @Column({ type: 'text' })
  operation!: string;

  @Column({ type: 'text' })
  targetType!: string;

  @Column({ type: 'text', nullable: true })
  targetId!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;

  @Index()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';

/**
 * A person's request to be erased (GDPR Art. 17), confirmed by a coordinator of their country or an
 * ADMIN who sees the legal holds first. The person row stays, anonymised, so that the programme's
 * counts (attendance, completion) keep adding up without any link to who it was.
 */
@Entity()
@Index('uq_erasure_request_open', ['personId'], { unique: true, where: `status = 'REQUESTED'` })
@Check('ck_erasure_request_status', `status IN ('REQUESTED','ERASED')`)
@Check('ck_erasure_request_decided', `(status = 'ERASED') = (decided_at IS NOT NULL)`)
export class ErasureRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'text', default: 'REQUESTED' })
  status!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: Person;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}

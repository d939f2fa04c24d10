import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Enrolment, EnrolmentStatus } from './enrolment.entity';

/**
 * The people an enrolment seats: the tandem's two tutors at booking time (a later dissolution does
 * not rewrite who attended), or the single tutor. The enrolment's session and status are copied
 * here through the foreign key ON UPDATE CASCADE, so that the database holds "a person has at most
 * one active enrolment per session" with a partial unique index.
 */
@Entity()
@Index('uq_enrolment_person_session', ['sessionId', 'personId'], {
  unique: true,
  where: `enrolment_status <> 'CANCELLED'`,
})
@Index('ix_enrolment_person_person', ['personId'])
export class EnrolmentPerson {
  @PrimaryColumn({ type: 'uuid' })
  enrolmentId!: string;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'text' })
  enrolmentStatus!: EnrolmentStatus;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn([
    { name: 'enrolment_id', referencedColumnName: 'id' },
    { name: 'session_id', referencedColumnName: 'sessionId' },
    { name: 'enrolment_status', referencedColumnName: 'status' },
  ])
  enrolment?: Enrolment;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;
}

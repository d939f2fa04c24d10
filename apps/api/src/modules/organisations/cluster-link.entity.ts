import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from './organisation.entity';

/**
 * A company in the cluster of a VET school (the local companies whose workplaces its learners train in).
 * The kinds are part of the foreign keys, (school_id, school_kind) → organisation (id, kind), and
 * fixed by checks: the database itself refuses linking two companies, or a school to an authority,
 * and refuses changing the kind of an organisation that is linked.
 */
@Entity()
@Index('ix_cluster_link_company', ['companyId'])
@Check('ck_cluster_link_school_kind', `school_kind = 'VET_INSTITUTION'`)
@Check('ck_cluster_link_company_kind', `company_kind = 'COMPANY'`)
export class ClusterLink {
  @PrimaryColumn({ type: 'uuid' })
  schoolId!: string;

  @Column({ type: 'text', default: 'VET_INSTITUTION' })
  schoolKind!: 'VET_INSTITUTION';

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'school_id', referencedColumnName: 'id' },
    { name: 'school_kind', referencedColumnName: 'kind' },
  ])
  school?: Organisation;

  @PrimaryColumn({ type: 'uuid' })
  companyId!: string;

  @Column({ type: 'text', default: 'COMPANY' })
  companyKind!: 'COMPANY';

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'company_id', referencedColumnName: 'id' },
    { name: 'company_kind', referencedColumnName: 'kind' },
  ])
  company?: Organisation;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

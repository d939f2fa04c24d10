import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { Edition } from './edition.entity';

/** The programme as a whole, e.g. "Baltic WBL tutors"; it runs in editions. */
@Entity()
export class Programme {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @OneToMany('Edition', 'programme')
  editions?: Edition[];
}

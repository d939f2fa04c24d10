import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Edition } from '../programmes/edition.entity';

export interface Signatory {
  name: string;
  /** The signatory's position per language ({"en": "Programme director", …}). */
  position: Record<string, string>;
}

/** What an edition's certificates say about who issues them and who signs (ADMIN sets it; defaults otherwise). */
@Entity()
export class CertificateSettings {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  /** The issuing body per language. */
  @Column({ type: 'jsonb' })
  issuerName!: Record<string, string>;

  /** The issuer's web site, shown on the PDF and in the issuer profile. */
  @Column({ type: 'text', nullable: true })
  issuerUrl!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  signatories!: Signatory[];

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: Person;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

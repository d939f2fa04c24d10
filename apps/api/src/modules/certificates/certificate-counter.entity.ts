import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The last number handed out per year and country: TND-<year>-<country>-<000123>, taken with one UPSERT. */
@Entity()
@Check('ck_certificate_counter_last', `last_number >= 1`)
export class CertificateCounter {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @PrimaryColumn({ type: 'char', length: 2 })
  countryCode!: string;

  @Column({ type: 'int' })
  lastNumber!: number;
}

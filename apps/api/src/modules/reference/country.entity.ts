import { Column, Entity, PrimaryColumn } from 'typeorm';

/** ISO 3166-1 alpha-2 reference data; loaded by a migration, never edited by users. */
@Entity()
export class Country {
  @PrimaryColumn({ type: 'char', length: 2 })
  code!: string;

  /** EE, LV and LT run national programmes; other countries (e.g. FI) may host visits or partners. */
  @Column({ default: false })
  programmeCountry!: boolean;
}

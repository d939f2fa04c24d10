import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Finding } from './evidence.entity';

/**
 * A finding's statement in another language. The finding stays as written (its `language`); a
 * reader of a language with a translation reads it, the others read the original.
 */
@Entity()
@Check('ck_finding_translation_language', `language IN ('en','et','lv','lt','ru')`)
@Check('ck_finding_translation_statement', 'length(trim(statement)) BETWEEN 1 AND 2000')
export class FindingTranslation {
  @PrimaryColumn({ type: 'uuid' })
  findingId!: string;

  @ManyToOne(() => Finding, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'finding_id' })
  finding?: Finding;

  @PrimaryColumn({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  statement!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

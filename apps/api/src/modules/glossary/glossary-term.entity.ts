import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Person } from '../people/person.entity';

export const GLOSSARY_DOMAINS = ['WBL', 'CONSTRUCTION', 'ICT', 'METALWORK', 'TOURISM'] as const;
export type GlossaryDomain = (typeof GLOSSARY_DOMAINS)[number];
export const GLOSSARY_ENTRY_STATUSES = ['PROPOSED', 'REVIEWED'] as const;
export type GlossaryEntryStatus = (typeof GLOSSARY_ENTRY_STATUSES)[number];
export const PARTS_OF_SPEECH = ['NOUN', 'VERB', 'ADJECTIVE', 'ADVERB', 'PHRASE'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** A concept of the vocational dictionary: one entry per language (a missing language has no row). */
@Entity()
@Check('ck_glossary_term_domain', `domain IN ('WBL','CONSTRUCTION','ICT','METALWORK','TOURISM')`)
export class GlossaryTerm {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  domain!: GlossaryDomain;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @OneToMany('GlossaryEntry', 'glossaryTerm')
  entries?: GlossaryEntry[];
}

/**
 * The term in one language. `search_text` is the folded (lower case, no diacritics) term and
 * synonyms, written by the repository through the immutable `tandem_fold()`; a trigram index
 * (made in the migration, opclasses are beyond the entity) serves the forgiving search; an index on
 * (language, tandem_fold(term)) serves the exact look-up of phrases found in texts.
 */
@Entity()
@Index('ix_glossary_entry_search', { synchronize: false })
@Index('ix_glossary_entry_folded_term', { synchronize: false })
@Check('ck_glossary_entry_language', `language IN ('en','et','lv','lt','ru')`)
@Check('ck_glossary_entry_status', `status IN ('PROPOSED','REVIEWED')`)
@Check(
  'ck_glossary_entry_pos',
  `part_of_speech IS NULL OR part_of_speech IN ('NOUN','VERB','ADJECTIVE','ADVERB','PHRASE')`,
)
@Check('ck_glossary_entry_term', `length(trim(term)) > 0`)
export class GlossaryEntry {
  @PrimaryColumn({ type: 'uuid' })
  termId!: string;

  @ManyToOne(() => GlossaryTerm, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'term_id' })
  glossaryTerm?: GlossaryTerm;

  @PrimaryColumn({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  term!: string;

  @Column({ type: 'text', nullable: true })
  partOfSpeech!: PartOfSpeech | null;

  @Column({ type: 'text', nullable: true })
  definition!: string | null;

  @Column({ type: 'text', nullable: true })
  example!: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  synonyms!: string[];

  @Column({ type: 'text', default: 'PROPOSED' })
  status!: GlossaryEntryStatus;

  @Column({ type: 'text' })
  searchText!: string;

  @Column({ type: 'uuid', nullable: true })
  proposedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy?: Person;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Related concepts (stored both ways). */
@Entity()
@Check('ck_glossary_relation_self', 'term_id <> related_id')
export class GlossaryTermRelation {
  @PrimaryColumn({ type: 'uuid' })
  termId!: string;

  @ManyToOne(() => GlossaryTerm, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'term_id' })
  glossaryTerm?: GlossaryTerm;

  @PrimaryColumn({ type: 'uuid' })
  relatedId!: string;

  @ManyToOne(() => GlossaryTerm, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'related_id' })
  related?: GlossaryTerm;
}

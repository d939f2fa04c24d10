import { LOCALES } from '@tandem/shared-domain';
import type { GlossaryTermView } from '../glossary.mapper';

/** The fields of one language of a concept, as the files carry them (CSV/XLSX column suffixes). */
export const ENTRY_FIELDS = ['term', 'part_of_speech', 'definition', 'example', 'synonyms', 'status'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** One concept as read from a file, every value still text: validation happens in one place for all formats. */
export interface RawConcept {
  /** Spreadsheet row (header = 1) or, in TBX, the concept's position in the file (1-based). */
  row: number;
  id: string;
  domain: string;
  related: string[];
  entries: Partial<Record<string, RawEntry>>;
}

export interface RawEntry {
  term: string;
  part_of_speech: string;
  definition: string;
  example: string;
  synonyms: string[];
  status: string;
  /** Fields whose column the file does not have: the term keeps what it has there. */
  absent?: EntryField[];
}

/** Synonyms and related ids share a cell, separated by semicolons (spreadsheet users' habit in the Baltics). */
export const LIST_SEPARATOR = '; ';

export const emptyEntry = (): RawEntry => ({
  term: '',
  part_of_speech: '',
  definition: '',
  example: '',
  synonyms: [],
  status: '',
});

/** A term's view as a raw concept: what an export writes, so that importing the export changes nothing. */
export function conceptOf(view: GlossaryTermView): Omit<RawConcept, 'row'> {
  const entries: RawConcept['entries'] = {};
  for (const e of view.entries) {
    entries[e.language] = {
      term: e.term,
      part_of_speech: e.partOfSpeech ?? '',
      definition: e.definition ?? '',
      example: e.example ?? '',
      synonyms: e.synonyms,
      status: e.status,
    };
  }
  return { id: view.term.id, domain: view.term.domain, related: view.related.map((r) => r.id).sort(), entries };
}

export const LANGUAGES: readonly string[] = LOCALES;

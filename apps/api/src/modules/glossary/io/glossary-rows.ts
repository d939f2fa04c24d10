import { isUuid } from '@tandem/shared-domain';
import { invalidTextReason } from '../../../common/text';
import {
  GLOSSARY_DOMAINS,
  GLOSSARY_ENTRY_STATUSES,
  PARTS_OF_SPEECH,
  type GlossaryDomain,
  type GlossaryEntryStatus,
  type PartOfSpeech,
} from '../glossary-term.entity';
import type { EntryValues } from '../glossary.repository';
import { type EntryField, LANGUAGES, type RawConcept } from './glossary-concept';

/** Per-row problems; the web app translates `code`, `message` is the English fallback. */
export const ROW_ERRORS = {
  REQUIRED: 'is required',
  INVALID_DOMAIN: `must be one of ${GLOSSARY_DOMAINS.join(', ')}`,
  INVALID_PART_OF_SPEECH: `must be one of ${PARTS_OF_SPEECH.join(', ')} or empty`,
  INVALID_STATUS: `must be ${GLOSSARY_ENTRY_STATUSES.join(' or ')} or empty (REVIEWED)`,
  INVALID_ID: 'must be the id of a term (as exported) or empty',
  INVALID_TEXT: 'contains characters that cannot be stored',
  TOO_LONG: 'is longer than {max} characters',
  TOO_MANY_SYNONYMS: 'has more than {max} synonyms',
  NO_TERMS: 'the concept has no term in any language',
  UNKNOWN_ID: 'is not a term of the dictionary',
  UNKNOWN_RELATED: 'names a related term that is not in the dictionary: {id}',
  AMBIGUOUS_MATCH: 'matches several terms of the dictionary with this English term and domain: give the id',
  DUPLICATE: 'is the same concept as row {other}',
} as const;
export type RowErrorCode = keyof typeof ROW_ERRORS;

export interface RowError {
  row: number;
  /** The CSV/XLSX column (`lv_term`); a TBX concept has the same names for its parts. */
  column: string;
  language: string | null;
  code: RowErrorCode;
  message: string;
}

export interface ImportEntry extends EntryValues {
  status: GlossaryEntryStatus;
  /** Fields the file has no column for: an existing entry keeps its own (a new one stays empty). */
  keep: EntryField[];
}

export interface ImportConcept {
  row: number;
  id: string | null;
  domain: GlossaryDomain;
  /** null: the file says nothing about relations, the term keeps its own. */
  related: string[] | null;
  entries: ImportEntry[];
}

export const rowError = (
  row: number,
  column: string,
  code: RowErrorCode,
  params: Record<string, string | number> = {},
  language: string | null = null,
): RowError => ({
  row,
  column,
  language,
  code,
  message: ROW_ERRORS[code].replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? '')),
});

const LIMITS = { term: 200, definition: 2000, example: 1000 } as const;
const MAX_SYNONYMS = 10;

/** Checks every cell of every row (all errors at once, so one preview shows everything to fix). */
export function validateConcepts(raw: readonly RawConcept[]): { concepts: ImportConcept[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const concepts: ImportConcept[] = [];
  for (const c of raw) {
    const before = errors.length;
    const err = (column: string, code: RowErrorCode, params?: Record<string, string | number>, lang?: string) =>
      errors.push(rowError(c.row, column, code, params, lang ?? null));
    const texts: [string, string, string | undefined][] = [
      ['id', c.id, undefined],
      ['domain', c.domain, undefined],
      ...c.related.map((r): [string, string, undefined] => ['related', r, undefined]),
    ];
    for (const [l, e] of Object.entries(c.entries)) {
      if (!e) continue;
      texts.push(
        [`${l}_term`, e.term, l],
        [`${l}_definition`, e.definition, l],
        [`${l}_example`, e.example, l],
        ...e.synonyms.map((s): [string, string, string] => [`${l}_synonyms`, s, l]),
      );
    }
    const badText = texts.find(([, v]) => invalidTextReason(v));
    if (badText) {
      err(badText[0], 'INVALID_TEXT', {}, badText[2]);
      continue;
    }
    if (c.id && !isUuid(c.id)) err('id', 'INVALID_ID');
    const domain = c.domain.toUpperCase();
    if (!c.domain) err('domain', 'REQUIRED');
    else if (!(GLOSSARY_DOMAINS as readonly string[]).includes(domain)) err('domain', 'INVALID_DOMAIN');
    const badRelated = c.related.find((r) => !isUuid(r));
    if (badRelated) err('related', 'INVALID_ID');
    const entries: ImportEntry[] = [];
    for (const language of LANGUAGES) {
      const e = c.entries[language];
      if (!e) continue;
      const col = (f: string) => `${language}_${f}`;
      if (!e.term) err(col('term'), 'REQUIRED', {}, language);
      for (const f of ['term', 'definition', 'example'] as const)
        if (e[f].length > LIMITS[f]) err(col(f), 'TOO_LONG', { max: LIMITS[f] }, language);
      const pos = e.part_of_speech.toUpperCase();
      if (pos && !(PARTS_OF_SPEECH as readonly string[]).includes(pos))
        err(col('part_of_speech'), 'INVALID_PART_OF_SPEECH', {}, language);
      const status = e.status.toUpperCase() || 'REVIEWED';
      if (!(GLOSSARY_ENTRY_STATUSES as readonly string[]).includes(status))
        err(col('status'), 'INVALID_STATUS', {}, language);
      if (e.synonyms.length > MAX_SYNONYMS) err(col('synonyms'), 'TOO_MANY_SYNONYMS', { max: MAX_SYNONYMS }, language);
      if (e.synonyms.some((s) => s.length > LIMITS.term))
        err(col('synonyms'), 'TOO_LONG', { max: LIMITS.term }, language);
      entries.push({
        language,
        term: e.term,
        partOfSpeech: (pos || null) as PartOfSpeech | null,
        definition: e.definition || null,
        example: e.example || null,
        synonyms: [...new Set(e.synonyms)],
        status: status as GlossaryEntryStatus,
        keep: e.absent ?? [],
      });
    }
    if (!Object.values(c.entries).some((e) => e?.term) && errors.length === before) err('en_term', 'NO_TERMS');
    if (errors.length > before) continue;
    concepts.push({
      row: c.row,
      id: c.id || null,
      domain: domain as GlossaryDomain,
      related: c.related.length ? [...new Set(c.related)].filter((r) => r !== c.id).sort() : null,
      entries,
    });
  }
  return { concepts, errors };
}

import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { csvLine } from '../../../common/csv-cell';
import { firstSheetTable } from '../../../common/spreadsheet';
import {
  ENTRY_FIELDS,
  emptyEntry,
  LANGUAGES,
  LIST_SEPARATOR,
  type RawConcept,
  type RawEntry,
} from './glossary-concept';
import { GlossaryFileError } from './glossary-file-error';

/** One row per concept: id, domain, related, then a group of columns per language (`lv_term`, `lv_definition`, ...). */
export const TABLE_COLUMNS = [
  'id',
  'domain',
  'related',
  ...LANGUAGES.flatMap((l) => ENTRY_FIELDS.map((f) => `${l}_${f}`)),
] as const;

function cells(concept: Omit<RawConcept, 'row'>): string[] {
  return [
    concept.id,
    concept.domain,
    concept.related.join(LIST_SEPARATOR),
    ...LANGUAGES.flatMap((l) => {
      const e = concept.entries[l];
      return ENTRY_FIELDS.map((f) => (!e ? '' : f === 'synonyms' ? e.synonyms.join(LIST_SEPARATOR) : e[f]));
    }),
  ];
}

/** UTF-8 with a BOM (Excel then reads õ, ā, ė, ж); cells that look like formulas get csvCell's apostrophe. */
export function conceptsCsv(concepts: readonly Omit<RawConcept, 'row'>[]): string {
  return '\ufeff' + csvLine([...TABLE_COLUMNS]) + concepts.map((c) => csvLine(cells(c))).join('');
}

export async function conceptsXlsx(concepts: readonly Omit<RawConcept, 'row'>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Dictionary');
  sheet.addRow([...TABLE_COLUMNS]).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
  // Strings stay strings in XLSX (exceljs writes no formula for "=..."), so no apostrophe is needed here.
  for (const c of concepts) sheet.addRow(cells(c));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function readXlsxTable(bytes: Buffer): Promise<string[][]> {
  let rows: string[][] | null;
  try {
    rows = await firstSheetTable(bytes);
  } catch {
    throw new GlossaryFileError('UNREADABLE');
  }
  if (!rows) throw new GlossaryFileError('NO_ROWS');
  return rows;
}

export function readCsvTable(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t'] }).data;
}

/** Undoes csvCell's guard: `'=x` was written for the text `=x`. */
const unguard = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);
const list = (text: string) =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** The table's rows as raw concepts; the header needs `domain` and at least one `<language>_term`. */
export function conceptsOfTable(table: string[][], maxRows: number): RawConcept[] {
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = [
    ...(header.includes('domain') ? [] : ['domain']),
    ...(LANGUAGES.some((l) => header.includes(`${l}_term`)) ? [] : ['en_term']),
  ];
  if (missing.length) throw new GlossaryFileError('MISSING_COLUMNS', { columns: missing.join(', ') });
  const at = (raw: string[], column: string) => {
    const i = header.indexOf(column);
    return i < 0 ? '' : unguard(String(raw[i] ?? '').trim());
  };
  const concepts: RawConcept[] = [];
  for (let i = 1; i < table.length; i++) {
    const raw = table[i] ?? [];
    if (raw.every((c) => !c || !String(c).trim())) continue;
    if (concepts.length >= maxRows) throw new GlossaryFileError('TOO_MANY_ROWS', { max: maxRows });
    const entries: RawConcept['entries'] = {};
    for (const l of LANGUAGES) {
      const e: RawEntry = emptyEntry();
      e.absent = ENTRY_FIELDS.filter((f) => f !== 'term' && !header.includes(`${l}_${f}`));
      for (const f of ENTRY_FIELDS) {
        const v = at(raw, `${l}_${f}`);
        if (f === 'synonyms') e.synonyms = list(v);
        else e[f] = v;
      }
      if (e.term || e.part_of_speech || e.definition || e.example || e.synonyms.length || e.status) entries[l] = e;
    }
    concepts.push({
      row: i + 1,
      id: at(raw, 'id'),
      domain: at(raw, 'domain'),
      related: list(at(raw, 'related')),
      entries,
    });
  }
  return concepts;
}

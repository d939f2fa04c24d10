import Papa from 'papaparse';
import { ImportMessageKey } from './import-messages';
import { firstSheetTable, isZip } from '../../common/spreadsheet';
import { invalidTextReason } from '../../common/text';

export const TUTOR_IMPORT_COLUMNS = [
  'email',
  'given_name',
  'family_name',
  'organisation_registry_code',
  'occupation_field',
  'years_of_experience',
  'languages',
  'preferred_language',
] as const;
export type TutorImportColumn = (typeof TUTOR_IMPORT_COLUMNS)[number];
export const MAX_IMPORT_ROWS = 20_000;

/** The file as a table: the header's columns and, per data row, its spreadsheet row number and cells by column. */
export interface ParsedSheet {
  rows: { row: number; cells: Record<TutorImportColumn, string> }[];
}

export class ImportFileError extends Error {
  constructor(
    readonly key: ImportMessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

async function readTable(bytes: Buffer): Promise<string[][]> {
  if (isZip(bytes)) {
    let rows: string[][] | null;
    try {
      rows = await firstSheetTable(bytes);
    } catch {
      throw new ImportFileError('UNREADABLE');
    }
    if (!rows) throw new ImportFileError('NO_ROWS');
    // A cell PostgreSQL cannot store (a NUL, broken Unicode): the file is unreadable, as such a CSV is.
    if (rows.some((r) => r.some((c) => invalidTextReason(c)))) throw new ImportFileError('UNREADABLE');
    return rows;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError('NOT_UTF8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (invalidTextReason(text)) throw new ImportFileError('UNREADABLE');
  // Spreadsheet programs in the Baltics often save CSV with semicolons: papaparse detects the delimiter.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t'] });
  return parsed.data;
}

/** Parses a CSV (UTF-8) or XLSX upload into rows by column name; refuses missing columns and too many rows. */
export async function parseTutorSheet(bytes: Buffer): Promise<ParsedSheet> {
  const table = await readTable(bytes);
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = TUTOR_IMPORT_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) throw new ImportFileError('MISSING_COLUMNS', { columns: missing.join(', ') });
  const index = Object.fromEntries(TUTOR_IMPORT_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    TutorImportColumn,
    number
  >;
  const rows: ParsedSheet['rows'] = [];
  for (let i = 1; i < table.length; i++) {
    const raw = table[i] ?? [];
    if (raw.every((c) => !c || !String(c).trim())) continue;
    const cells = Object.fromEntries(
      TUTOR_IMPORT_COLUMNS.map((c) => [c, String(raw[index[c]] ?? '').trim()]),
    ) as Record<TutorImportColumn, string>;
    rows.push({ row: i + 1, cells });
  }
  if (!rows.length) throw new ImportFileError('NO_ROWS');
  if (rows.length > MAX_IMPORT_ROWS) throw new ImportFileError('TOO_MANY_ROWS', { max: MAX_IMPORT_ROWS });
  return { rows };
}

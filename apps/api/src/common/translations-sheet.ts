import { LOCALES, type FieldError } from '@tandem/shared-domain';
import ExcelJS from 'exceljs';
import { invalid } from './field-error';
import { plainCell, xlsxCellText } from './spreadsheet';
import { invalidTextReason } from './text';

/**
 * The translators' spreadsheet, shared by the competence profile and the survey templates: one row
 * per text, the columns that name the text first, then one column per language, English first.
 * Empty cells (the missing translations) are filled yellow; text that a spreadsheet would run as a
 * formula is stored with a leading apostrophe (plainCell) and read back without it.
 */
export interface TranslationsSheet {
  /** At most 31 characters (Excel's rule). */
  name: string;
  /** The headers of the columns that name a text (e.g. `key`, or `code` and `field`). */
  keyColumns: { header: string; width: number }[];
  /** The header of a language's column; the language code itself unless given. */
  languageHeader?: (language: string) => string;
  rows: { keys: string[]; texts: Partial<Record<string, string>> }[];
  /** A second sheet of instructions: one line per row, a label and its text. */
  readme?: { name: string; lines: [string, string][] };
}

const MISSING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF3BF' } };

export async function translationsWorkbook(sheet: TranslationsSheet): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Tandem';
  const ws = book.addWorksheet(sheet.name.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', xSplit: sheet.keyColumns.length, ySplit: 1 }],
  });
  const header = sheet.languageHeader ?? ((l: string) => l);
  ws.columns = [
    ...sheet.keyColumns.map((c) => ({ header: c.header, key: c.header, width: c.width })),
    ...LOCALES.map((l) => ({ header: header(l), key: l, width: 48 })),
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of sheet.rows) {
    const row = ws.addRow([...r.keys, ...LOCALES.map((l) => plainCell(r.texts[l] ?? ''))]);
    row.alignment = { wrapText: true, vertical: 'top' };
    LOCALES.forEach((l, i) => {
      if (!r.texts[l]?.trim()) row.getCell(sheet.keyColumns.length + 1 + i).fill = MISSING_FILL;
    });
  }
  if (sheet.readme) {
    const readme = book.addWorksheet(sheet.readme.name.slice(0, 31));
    readme.columns = [
      { header: '', key: 'label', width: 28 },
      { header: '', key: 'text', width: 100 },
    ];
    sheet.readme.lines.forEach(([label, text], i) => {
      const row = readme.getRow(i + 1);
      row.values = [plainCell(label), plainCell(text)];
      row.alignment = { wrapText: true, vertical: 'top' };
      row.getCell(1).font = { bold: true };
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Our export stores formula-like text with a leading apostrophe; reading it back removes it again. */
const unplain = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

export interface TranslationsSheetRow {
  /** The row number in the sheet (2 is the first row after the header). */
  row: number;
  /** The cells of the key columns, by their header (lower case), trimmed. */
  keys: Record<string, string>;
  /** The non-empty cells of the language columns, trimmed. */
  texts: Record<string, string>;
}

export interface TranslationsSheetContent {
  rows: TranslationsSheetRow[];
  /** Cells whose text cannot be stored (a NUL, broken Unicode), as `rows.<row>.<column>`. */
  errors: FieldError[];
  /** The lines of the instructions sheet named `readme` (label → text), when the workbook has one. */
  readme: Record<string, string>;
}

/** The language code of a header: its first word (`en`, `EN`, `en — English`). */
const languageOf = (header: string) => header.split(/[\s—–-]+/)[0].toLowerCase();

/**
 * Reads the first sheet that has every key column and an `en` column. Rows that are wholly empty
 * are left out. Throws `fileNotSpreadsheet` when the bytes are not a workbook, and `translationsHeader`
 * when no sheet has the columns (a file of something else).
 */
export async function readTranslationsSheet(
  bytes: Buffer,
  keyHeaders: string[],
  readmeName?: string,
): Promise<TranslationsSheetContent> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new TranslationsFileError('fileNotSpreadsheet');
  }
  const headerOf = (ws: ExcelJS.Worksheet) =>
    (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) =>
      xlsxCellText(v ?? null)
        .trim()
        .toLowerCase(),
    );
  const ws = book.worksheets.find((w) => {
    const h = headerOf(w);
    return keyHeaders.every((k) => h.includes(k)) && h.some((c) => languageOf(c) === 'en');
  });
  if (!ws) throw new TranslationsFileError('translationsHeader');
  const header = headerOf(ws);
  const languageColumn = Object.fromEntries(
    LOCALES.map((l) => [l, header.findIndex((c, i) => i > 0 && languageOf(c) === l)]),
  );
  const rows: TranslationsSheetRow[] = [];
  const errors: FieldError[] = [];
  ws.eachRow((row, number) => {
    if (number === 1) return;
    const cell = (column: number, name: string) => {
      if (column <= 0) return '';
      const text = xlsxCellText(row.getCell(column).value).trim();
      const reason = invalidTextReason(text);
      if (reason) {
        errors.push(invalid(`rows.${number}.${name}`, reason));
        return '';
      }
      return unplain(text);
    };
    const keys = Object.fromEntries(keyHeaders.map((k) => [k, cell(header.indexOf(k), k)]));
    const texts = Object.fromEntries(LOCALES.map((l) => [l, cell(languageColumn[l], l)] as const).filter(([, v]) => v));
    if (Object.values(keys).some(Boolean) || Object.keys(texts).length) rows.push({ row: number, keys, texts });
  });
  const readme: Record<string, string> = {};
  const readmeSheet = readmeName ? book.getWorksheet(readmeName) : undefined;
  readmeSheet?.eachRow((row) => {
    const label = xlsxCellText(row.getCell(1).value).trim();
    if (label) readme[label] = unplain(xlsxCellText(row.getCell(2).value).trim());
  });
  return { rows, errors, readme };
}

/** The whole file is not a translators' spreadsheet: `rule` says why (a validation rule on `file`). */
export class TranslationsFileError extends Error {
  constructor(readonly rule: 'fileNotSpreadsheet' | 'translationsHeader') {
    super(rule);
  }
}

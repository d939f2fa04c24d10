import ExcelJS from 'exceljs';

/** An XLSX file is a zip: its first bytes say so, whatever its name. */
export const isZip = (bytes: Buffer) =>
  bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Cell text as typed: a formula stays its text (`=HYPERLINK(...)`), never its result or a link. */
export function xlsxCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value && value.formula) return `=${value.formula}`;
    if ('sharedFormula' in value && value.sharedFormula) return `=${value.sharedFormula}`;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

/**
 * The first sheet of a workbook as rows of cell texts (empty rows kept, so indexes are row numbers - 1),
 * or null when the workbook has no sheet. Throws when the bytes are not a workbook.
 */
export async function firstSheetTable(bytes: Buffer): Promise<string[][] | null> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = xlsxCellText(cell.value);
    });
    table[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(table, (r) => r ?? []);
}

export type SheetCell = string | number | null;

export interface SheetTable {
  /** At most 31 characters and none of * ? : \\ / [ ] (Excel's rules); replaced where needed. */
  name: string;
  header: string[];
  rows: SheetCell[][];
}

/** Text that a spreadsheet would read as a formula is stored with a leading apostrophe, as in the CSV (csv-cell.ts). */
export const plainCell = (v: SheetCell): SheetCell => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** A workbook of one sheet per table: a bold, frozen header row, every text cell plain (never a formula). */
export async function workbookOf(tables: readonly SheetTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tandem';
  for (const table of tables) {
    const ws = workbook.addWorksheet(table.name.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31) || 'Sheet', {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.columns = table.header.map((h) => ({ header: h, key: h, width: Math.max(12, h.length + 4) }));
    ws.getRow(1).font = { bold: true };
    for (const row of table.rows) ws.addRow(row.map(plainCell));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

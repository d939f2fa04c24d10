/**
 * A cell for a CSV or spreadsheet export. Text starting with = + - @ (or a tab / carriage return)
 * would run as a formula in Excel or LibreOffice (`=HYPERLINK(...)` exfiltrating data): a leading
 * apostrophe makes it plain text. Quotes and separators are escaped per RFC 4180.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

/** A table (header and rows) as CSV lines, every cell neutralised (csvCell). */
export function csvOf(table: { header: readonly string[]; rows: readonly (string | number | null)[][] }): string {
  return csvLine([...table.header]) + table.rows.map((r) => csvLine(r)).join('');
}

import ExcelJS from 'exceljs';
import { csvLine } from '../../common/csv-cell';

export interface RosterRow {
  name: string;
  organisation: string;
  tandem: string;
  enrolmentStatus: string;
  waitlistPosition: number | null;
  attendance: string;
}

const HEADER = ['Name', 'Organisation', 'Tandem', 'Enrolment', 'Waitlist position', 'Attendance'];
const cells = (r: RosterRow) => [r.name, r.organisation, r.tandem, r.enrolmentStatus, r.waitlistPosition, r.attendance];

export function rosterCsv(rows: RosterRow[]): string {
  return csvLine(HEADER) + rows.map((r) => csvLine(cells(r))).join('');
}

/** Text that starts like a formula is written with a leading apostrophe, as in the CSV (see csv-cell.ts). */
const plain = (v: string | number | null) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

export async function rosterXlsx(rows: RosterRow[], title: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(title.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31) || 'Roster');
  sheet.addRow(HEADER).font = { bold: true };
  for (const r of rows) sheet.addRow(cells(r).map(plain));
  sheet.columns.forEach((c) => (c.width = 24));
  return Buffer.from(await book.xlsx.writeBuffer());
}

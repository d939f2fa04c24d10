import { csvLine } from '../../common/csv-cell';
import { workbookOf } from '../../common/spreadsheet';

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

export function rosterXlsx(rows: RosterRow[], title: string): Promise<Buffer> {
  return workbookOf([{ name: title || 'Roster', header: HEADER, rows: rows.map(cells) }]);
}

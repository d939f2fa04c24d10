import { csvLine } from '../../common/csv-cell';
import { workbookOf, type SheetTable } from '../../common/spreadsheet';
import type { CompletionPersonModel, TargetProgressModel } from './cockpit.model';

export const EXPORT_TABLES = ['matrix', 'funnel', 'burn-up', 'people'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export type ExportSheet = SheetTable;

export function matrixSheet(p: TargetProgressModel): ExportSheet {
  return {
    name: 'matrix',
    header: [
      'country',
      'side',
      'target',
      'registered',
      'in_tandem',
      'in_training',
      'trained',
      'withdrawn',
      'gap',
      'on_track',
      'forecast_trained',
      'shortfall',
      'seats_to_schedule',
    ],
    rows: p.byCountry.map((c) => [
      c.country,
      c.side,
      c.target,
      c.registered,
      c.inTandem,
      c.inTraining,
      c.trained,
      c.withdrawn,
      c.gap,
      c.onTrack,
      c.forecastTrained,
      c.shortfall,
      c.seatsToSchedule,
    ]),
  };
}

export function funnelSheet(p: TargetProgressModel): ExportSheet {
  return {
    name: 'funnel',
    header: ['stage', 'tutors'],
    rows: [
      ['registered', p.funnel.registered],
      ['in_tandem', p.funnel.inTandem],
      ['in_training', p.funnel.inTraining],
      ['trained', p.funnel.trained],
      ['target', p.target],
      ['forecast_trained', p.forecastTrained],
    ],
  };
}

export function burnUpSheet(p: TargetProgressModel): ExportSheet {
  return {
    name: 'burn-up',
    header: ['date', 'trained', 'target', 'plan', 'forecast'],
    rows: p.burnUp.map((b) => [b.date, b.trained, b.target, b.plan, b.forecast]),
  };
}

export function peopleSheet(people: CompletionPersonModel[]): ExportSheet {
  return {
    name: 'people',
    header: [
      'name',
      'email',
      'country',
      'side',
      'organisation',
      'status',
      'national_hours',
      'joint_modules',
      'self_assessment',
      'assignments_accepted',
      'assignments_required',
      'trained_at',
    ],
    rows: people.map((x) => [
      x.name,
      x.email,
      x.countryCode,
      x.side,
      x.organisationName,
      x.status,
      x.nationalHours,
      x.jointAttended.join(' '),
      x.selfAssessmentDone ? 'yes' : 'no',
      x.assignmentsAccepted,
      x.assignmentsRequired,
      x.trainedAt ? x.trainedAt.toISOString() : null,
    ]),
  };
}

export function toCsv(sheet: ExportSheet): string {
  // A BOM so that Excel opens the file as UTF-8 (names with õ, ā, ė).
  return '\ufeff' + csvLine(sheet.header) + sheet.rows.map((r) => csvLine(r)).join('');
}

export function toXlsx(sheet: ExportSheet): Promise<Buffer> {
  return workbookOf([sheet]);
}

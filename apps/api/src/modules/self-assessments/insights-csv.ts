import { csvCell } from '../../common/csv-cell';
import type { InsightsView } from './competence-insights.service';

/** Numbers are written as numbers (csvCell would guard a negative change like a formula). */
const num = (v: number | null) => (v === null ? '' : String(v));

/** The aggregates as the UI shows them: a suppressed cell carries "too few to show" and no values. */
export function insightsCsv(view: InsightsView): string {
  const title = new Map(view.profile.areas.flatMap((a) => a.competences).map((c) => [c.code, c.title['en'] ?? c.code]));
  const header = [
    'competence',
    'title',
    'country',
    'side',
    'people',
    'mean_level',
    'people_with_baseline',
    'mean_change_from_baseline',
    'note',
  ];
  const lines = view.cells.map((c) =>
    [
      csvCell(c.competenceCode),
      csvCell(title.get(c.competenceCode) ?? ''),
      csvCell(c.countryCode ?? 'ALL'),
      csvCell(c.side ?? 'BOTH'),
      num(c.count),
      num(c.meanLevel),
      num(c.changeCount),
      num(c.meanChange),
      csvCell(c.suppressed ? 'too few to show' : c.changeSuppressed ? 'change: too few to show' : ''),
    ].join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

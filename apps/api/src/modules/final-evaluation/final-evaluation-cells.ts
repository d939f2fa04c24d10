import { cellKey, MIN_GROUP_SIZE, suppressedCells } from '../self-assessments/suppression';
import type { CompetenceChangeCellModel, ModuleSatisfactionCellModel } from './final-evaluation.model';
import type { ChangeRow, SatisfactionRow } from './final-evaluation.repository';
import { pairedChange } from './paired-change';

const SIDES = ['SCHOOL', 'COMPANY'];
const round2 = (v: number) => Math.round(v * 100) / 100;

/** Keeps the cells of the viewer's countries: a country-scoped reader sees no margin over all countries. */
export const inScope = (scope: 'ALL' | string[], country: string | null) =>
  scope === 'ALL' || (country !== null && scope.includes(country));

/**
 * Every cell of the paired change, for all countries: each area's country × side table (with its
 * margins) is suppressed as the competence insights are (suppression.ts: under 5 plus the
 * complementary cells), before the viewer's scope cuts it — a narrower view is a subset, never a
 * differently suppressed table.
 */
export function competenceChangeCells(
  rows: readonly ChangeRow[],
  areaOrder: readonly string[],
): CompetenceChangeCellModel[] {
  const countries = [...new Set(rows.map((r) => r.country).filter((c): c is string => !!c))].sort();
  const cells: CompetenceChangeCellModel[] = [];
  for (const area of new Set(rows.map((r) => r.area))) {
    const mine = rows.filter((r) => r.area === area);
    const hidden = suppressedCells(
      new Map(mine.map((r) => [cellKey(r.country, r.side), r.n])),
      countries,
      SIDES,
      MIN_GROUP_SIZE,
    );
    for (const r of mine) {
      const suppressed = hidden.has(cellKey(r.country, r.side));
      const stat = suppressed ? null : pairedChange({ n: r.n, sum: r.sum, sumSquares: r.sum_squares });
      cells.push({
        areaCode: area,
        countryCode: r.country,
        side: r.side as 'SCHOOL' | 'COMPANY' | null,
        suppressed,
        n: stat?.n ?? null,
        meanBaseline: stat ? round2(r.baseline_total / r.n) : null,
        meanFinal: stat ? round2(r.final_total / r.n) : null,
        meanChange: stat?.meanChange ?? null,
        ciLow: stat?.ciLow ?? null,
        ciHigh: stat?.ciHigh ?? null,
        sd: stat?.sd ?? null,
        effectSize: stat?.effectSize ?? null,
      });
    }
  }
  const order = new Map(areaOrder.map((code, i) => [code, i]));
  return cells.sort(
    (a, b) =>
      (order.get(a.areaCode) ?? 99) - (order.get(b.areaCode) ?? 99) ||
      (a.countryCode ?? '~').localeCompare(b.countryCode ?? '~') ||
      (a.side ?? '~').localeCompare(b.side ?? '~'),
  );
}

interface Sums {
  n: number;
  total: number;
  high: number;
  low: number;
}

/**
 * Satisfaction per joint module: the table country × module version with its margins (a country
 * over all versions, a version over all countries, the module), suppressed like the competence
 * tables (suppression.ts), for all countries first.
 */
export function satisfactionCells(rows: readonly SatisfactionRow[]): ModuleSatisfactionCellModel[] {
  const cells: ModuleSatisfactionCellModel[] = [];
  for (const moduleId of new Set(rows.map((r) => r.module_id))) {
    const mine = rows.filter((r) => r.module_id === moduleId);
    const countries = [...new Set(mine.map((r) => r.country))].sort();
    const versions = [...new Set(mine.map((r) => r.version_id))];
    const versionNumber = new Map(mine.map((r) => [r.version_id, r.version]));
    const sums = new Map<string, Sums>();
    const add = (key: string, r: SatisfactionRow) => {
      const s = sums.get(key) ?? { n: 0, total: 0, high: 0, low: 0 };
      sums.set(key, { n: s.n + r.n, total: s.total + r.total, high: s.high + r.high, low: s.low + r.low });
    };
    for (const r of mine)
      for (const key of [
        cellKey(r.country, r.version_id),
        cellKey(r.country, null),
        cellKey(null, r.version_id),
        cellKey(null, null),
      ])
        add(key, r);
    const hidden = suppressedCells(
      new Map([...sums].map(([key, s]) => [key, s.n])),
      countries,
      versions,
      MIN_GROUP_SIZE,
    );
    const cell = (country: string | null, version: string | null): ModuleSatisfactionCellModel => {
      const key = cellKey(country, version);
      const s = sums.get(key) ?? { n: 0, total: 0, high: 0, low: 0 };
      const suppressed = hidden.has(key);
      const shown = !suppressed && s.n > 0;
      return {
        moduleId,
        moduleCode: mine[0].module_code,
        jointNumber: mine[0].joint_number,
        moduleVersion: version ? (versionNumber.get(version) ?? null) : null,
        countryCode: country,
        suppressed,
        count: suppressed ? null : s.n,
        mean: shown ? round2(s.total / s.n) : null,
        shareHigh: shown ? round2(s.high / s.n) : null,
        shareLow: shown ? round2(s.low / s.n) : null,
      };
    };
    // With one version the margin over all versions is that version again: not repeated.
    const sorted = versions.sort((a, b) => (versionNumber.get(a) ?? 0) - (versionNumber.get(b) ?? 0));
    for (const version of sorted.length > 1 ? [...sorted, null] : sorted)
      for (const country of [...countries, null]) cells.push(cell(country, version));
  }
  return cells.sort((a, b) => a.jointNumber - b.jointNumber);
}

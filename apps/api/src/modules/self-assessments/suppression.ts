/**
 * k-anonymity for the competence insights table (country × side, with totals).
 *
 * The rule (documented for researchers and tested):
 * 1. Primary: a group of 1..k−1 people is suppressed (no count, no mean). An empty group shows 0.
 * 2. Complementary: published cells satisfy additive equations (a country total is the sum of its two
 *    sides; a side total the sum over countries; the grand total both ways). Sums and counts of a
 *    suppressed group must not follow from those equations. While one can be derived (the equations
 *    restricted to the suppressed cells determine it: linear algebra, not a heuristic), one more
 *    published cell is suppressed: one that protects it on its own if there is one, else a
 *    cross-country total, else the smallest group.
 * 3. The table is always computed and suppressed for all countries, then cut to the viewer's scope and
 *    filters: narrowing a filter shows a subset of the same cells, never a differently suppressed table,
 *    so subtracting a narrowed view from a wider one reveals nothing.
 */
export const MIN_GROUP_SIZE = 5;

export type CellKey = string;
export const cellKey = (country: string | null, side: string | null): CellKey => `${country ?? '*'}|${side ?? '*'}`;

interface Line {
  parent: CellKey;
  children: CellKey[];
}

export function linesOf(countries: string[], sides: string[]): Line[] {
  return [
    ...countries.map((c) => ({ parent: cellKey(c, null), children: sides.map((s) => cellKey(c, s)) })),
    ...sides.map((s) => ({ parent: cellKey(null, s), children: countries.map((c) => cellKey(c, s)) })),
    { parent: cellKey(null, null), children: countries.map((c) => cellKey(c, null)) },
    { parent: cellKey(null, null), children: sides.map((s) => cellKey(null, s)) },
  ];
}

const EPS = 1e-9;
function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c]) > EPS);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r || Math.abs(m[i][c]) < EPS) continue;
      const f = m[i][c] / m[r][c];
      for (let j = c; j < cols; j++) m[i][j] -= f * m[r][j];
    }
    r++;
  }
  return r;
}

/** Whether the value of `target` follows from the equations once every cell outside `hidden` is known. */
export function isDerivable(target: CellKey, hidden: Set<CellKey>, lines: Line[]): boolean {
  const unknowns = [...hidden];
  const col = new Map(unknowns.map((k, i) => [k, i]));
  const rows = lines
    .map((l) => {
      const row = new Array<number>(unknowns.length).fill(0);
      l.children.forEach((k) => col.has(k) && (row[col.get(k) as number] += 1));
      if (col.has(l.parent)) row[col.get(l.parent) as number] -= 1;
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  const unit = new Array<number>(unknowns.length).fill(0);
  unit[col.get(target) as number] = 1;
  return rank([...rows, unit]) === rank(rows);
}

/**
 * The cells to suppress, given the size of every group (missing keys count as empty groups).
 * Deterministic: ties go to the cell that sorts first.
 */
export function suppressedCells(
  sizes: Map<CellKey, number>,
  countries: string[],
  sides: string[],
  k = MIN_GROUP_SIZE,
): Set<CellKey> {
  const lines = linesOf(countries, sides);
  const n = (key: CellKey) => sizes.get(key) ?? 0;
  const all = [...new Set(lines.flatMap((l) => [l.parent, ...l.children]))].sort();
  const primary = all.filter((key) => n(key) > 0 && n(key) < k);
  const hidden = new Set(primary);
  for (let guard = 0; guard < all.length; guard++) {
    const exposed = primary.find((p) => isDerivable(p, hidden, lines));
    if (!exposed) return hidden;
    // Cross-country margins first (country-scoped viewers never see them), then the smallest group.
    const candidates = lines
      .filter((l) => [l.parent, ...l.children].some((key) => key === exposed || hidden.has(key)))
      .flatMap((l) => [...l.children, l.parent])
      .filter((key, i, keys) => !hidden.has(key) && n(key) > 0 && keys.indexOf(key) === i)
      .sort((a, b) => Number(!a.startsWith('*|')) - Number(!b.startsWith('*|')) || n(a) - n(b) || a.localeCompare(b));
    // Nothing left to hide: hide everything (cannot happen with consistent totals).
    if (!candidates.length) return new Set(all.filter((key) => n(key) > 0));
    // One step of look-ahead: a cell that protects the exposed group on its own is the best choice.
    const protecting = candidates.find((key) => !isDerivable(exposed, new Set([...hidden, key]), lines));
    hidden.add(protecting ?? candidates[0]);
  }
  return new Set(all.filter((key) => n(key) > 0));
}

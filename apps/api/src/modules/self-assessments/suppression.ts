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

export interface Line {
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

/**
 * The hidden cells whose values follow from the equations once every cell outside `hidden` is known:
 * one Gauss–Jordan elimination of the equations restricted to the hidden cells; a cell follows exactly
 * when its pivot row has nothing left in the free columns (its unit vector is in the row space).
 */
export function derivableCells(hidden: Set<CellKey>, lines: Line[]): Set<CellKey> {
  const unknowns = [...hidden];
  const cols = unknowns.length;
  const col = new Map(unknowns.map((k, i) => [k, i]));
  const m: Float64Array[] = [];
  for (const l of lines) {
    const row = new Float64Array(cols);
    for (const k of l.children) {
      const c = col.get(k);
      if (c !== undefined) row[c] += 1;
    }
    const p = col.get(l.parent);
    if (p !== undefined) row[p] -= 1;
    if (row.some((v) => v !== 0)) m.push(row);
  }
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let pivot = r;
    while (pivot < m.length && Math.abs(m[pivot][c]) <= EPS) pivot++;
    if (pivot === m.length) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    const head = m[r][c];
    for (let j = c; j < cols; j++) m[r][j] /= head;
    for (let i = 0; i < m.length; i++) {
      const f = m[i][c];
      if (i === r || Math.abs(f) < EPS) continue;
      for (let j = c; j < cols; j++) m[i][j] -= f * m[r][j];
    }
    pivots.push(c);
    r++;
  }
  const isPivot = new Set(pivots);
  const derivable = new Set<CellKey>();
  pivots.forEach((c, i) => {
    for (let j = 0; j < cols; j++) if (!isPivot.has(j) && Math.abs(m[i][j]) > EPS) return;
    derivable.add(unknowns[c]);
  });
  return derivable;
}

/** Whether the value of `target` follows from the equations once every cell outside `hidden` is known. */
export function isDerivable(target: CellKey, hidden: Set<CellKey>, lines: Line[]): boolean {
  return derivableCells(hidden, lines).has(target);
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
  return suppressedCellsOf(sizes, linesOf(countries, sides), k);
}

/**
 * The same rule over any additive equations (`lines`: each parent the sum of its children). `fixed`
 * extends a table already published: its `hidden` cells stay hidden and are protected like small
 * groups; its `shown` cells are known and never chosen as complementary cells. Without `lookAhead`
 * (large tables) every exposed group gets its next cell from its own equations at once, without trying
 * each: faster, possibly hiding a cell more, never less safe (the result is checked the same way).
 */
export function suppressedCellsOf(
  sizes: Map<CellKey, number>,
  lines: Line[],
  k = MIN_GROUP_SIZE,
  fixed: { hidden: Set<CellKey>; shown: Set<CellKey> } = { hidden: new Set(), shown: new Set() },
  lookAhead = true,
): Set<CellKey> {
  const n = (key: CellKey) => sizes.get(key) ?? 0;
  const margin = (key: CellKey) => (lookAhead ? Number(!key.startsWith('*|')) : 0);
  const all = [...new Set(lines.flatMap((l) => [l.parent, ...l.children]))].sort();
  const primary = all.filter((key) => (n(key) > 0 && n(key) < k && !fixed.shown.has(key)) || fixed.hidden.has(key));
  const hidden = new Set(primary);
  for (let guard = 0; guard < all.length; guard++) {
    const known = derivableCells(hidden, lines);
    const exposed = primary.find((p) => known.has(p));
    if (!exposed) return hidden;
    // Cross-country margins first (country-scoped viewers never see them), then the smallest group; without
    // look-ahead the smallest group (in a large table a margin is what most views show).
    const candidatesIn = (touching: (key: CellKey) => boolean) =>
      [
        ...new Set(
          lines
            .filter((l) => touching(l.parent) || l.children.some(touching))
            .flatMap((l) => [...l.children, l.parent]),
        ),
      ]
        .filter((key) => !hidden.has(key) && !fixed.shown.has(key) && n(key) > 0)
        .sort((a, b) => margin(a) - margin(b) || n(a) - n(b) || a.localeCompare(b));
    const candidates = candidatesIn((key) => key === exposed || hidden.has(key));
    // Nothing left to hide: hide everything (cannot happen with consistent totals).
    if (!candidates.length) return new Set(all.filter((key) => n(key) > 0 && !fixed.shown.has(key)));
    if (!lookAhead) {
      // Every group exposed now gets a cell more from its own equations before the next check.
      for (const p of primary.filter((key) => known.has(key))) {
        const pick = candidatesIn((key) => key === p)[0] ?? candidatesIn((key) => key === p || hidden.has(key))[0];
        if (pick) hidden.add(pick);
      }
      continue;
    }
    // One step of look-ahead: a cell that protects the exposed group on its own is the best choice.
    const protecting = candidates.find((key) => !derivableCells(new Set([...hidden, key]), lines).has(exposed));
    hidden.add(protecting ?? candidates[0]);
  }
  return new Set(all.filter((key) => n(key) > 0 && !fixed.shown.has(key)));
}

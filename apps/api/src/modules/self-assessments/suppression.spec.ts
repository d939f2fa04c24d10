import { cellKey, isDerivable, linesOf, suppressedCells } from './suppression';

const sizes = (rows: Record<string, [number, number]>) => {
  const m = new Map<string, number>();
  let school = 0;
  let company = 0;
  for (const [c, [s, k]] of Object.entries(rows)) {
    m.set(cellKey(c, 'SCHOOL'), s);
    m.set(cellKey(c, 'COMPANY'), k);
    m.set(cellKey(c, null), s + k);
    school += s;
    company += k;
  }
  m.set(cellKey(null, 'SCHOOL'), school);
  m.set(cellKey(null, 'COMPANY'), company);
  m.set(cellKey(null, null), school + company);
  return m;
};
const SIDES = ['SCHOOL', 'COMPANY'];

describe('k-anonymity suppression', () => {
  it('finds a lone hidden cell derivable and a hidden pair not', () => {
    const lines = linesOf(['EE', 'LV'], SIDES);
    expect(isDerivable(cellKey('EE', 'SCHOOL'), new Set([cellKey('EE', 'SCHOOL')]), lines)).toBe(true);
    const pair = new Set([
      cellKey('EE', 'SCHOOL'),
      cellKey('EE', 'COMPANY'),
      cellKey('LV', 'SCHOOL'),
      cellKey('LV', 'COMPANY'),
    ]);
    expect(isDerivable(cellKey('EE', 'SCHOOL'), pair, lines)).toBe(false);
  });

  it('shows every group of 5 or more and nothing else is hidden', () => {
    expect(suppressedCells(sizes({ EE: [5, 5], LV: [6, 7] }), ['EE', 'LV'], SIDES).size).toBe(0);
  });

  it('suppresses a group of 4 and a sibling, so that it cannot be derived from its total', () => {
    const hidden = suppressedCells(sizes({ EE: [4, 10], LV: [8, 9] }), ['EE', 'LV'], SIDES);
    expect(hidden.has(cellKey('EE', 'SCHOOL'))).toBe(true);
    expect(hidden.size).toBeGreaterThan(1);
    // Neither from the country line nor from the side line.
    expect(isDerivable(cellKey('EE', 'SCHOOL'), hidden, linesOf(['EE', 'LV'], SIDES))).toBe(false);
  });

  it('leaves no suppressed small group derivable in a three-country table', () => {
    const m = sizes({ EE: [4, 12], LV: [9, 3], LT: [7, 8] });
    const countries = ['EE', 'LT', 'LV'];
    const hidden = suppressedCells(m, countries, SIDES);
    expect(hidden.has(cellKey('EE', 'SCHOOL'))).toBe(true);
    expect(hidden.has(cellKey('LV', 'COMPANY'))).toBe(true);
    const lines = linesOf(countries, SIDES);
    expect(isDerivable(cellKey('EE', 'SCHOOL'), hidden, lines)).toBe(false);
    expect(isDerivable(cellKey('LV', 'COMPANY'), hidden, lines)).toBe(false);
  });

  it('hides a whole small country, which its total alone would reveal', () => {
    const hidden = suppressedCells(sizes({ EE: [2, 2], LV: [10, 10] }), ['EE', 'LV'], SIDES);
    expect(hidden.has(cellKey('EE', null))).toBe(true);
    expect(hidden.has(cellKey('EE', 'SCHOOL'))).toBe(true);
  });

  it('hides the other side and the side totals for a small group in a two-country table, and nothing else', () => {
    const hidden = suppressedCells(sizes({ EE: [4, 6], LV: [5, 7] }), ['EE', 'LV'], SIDES);
    expect([...hidden].sort()).toEqual(
      [cellKey(null, 'COMPANY'), cellKey(null, 'SCHOOL'), cellKey('EE', 'COMPANY'), cellKey('EE', 'SCHOOL')].sort(),
    );
  });

  it('shows empty groups as 0 without hiding them', () => {
    const hidden = suppressedCells(sizes({ EE: [0, 6], LV: [5, 5] }), ['EE', 'LV'], SIDES);
    expect(hidden.size).toBe(0);
  });
});

import {
  cellKey,
  MIN_GROUP_SIZE,
  suppressedCells,
  suppressedCellsOf,
  type CellKey,
  type Line,
} from '../self-assessments/suppression';

/** Responses answering the compared question in one survey, country, side and response language. */
export interface ComparedLeaf {
  survey_id: string;
  country_code: string | null;
  side: string | null;
  language: string;
  n: number;
}

/** The group the filters pick: a country, a side and a response language (null: all). */
export interface ComparisonSlice {
  country: string | null;
  side: string | null;
  language: string | null;
}

export interface SliceCell {
  n: number;
  hidden: boolean;
}

/** A compared survey as the grid needs it. */
export interface GridSurvey {
  id: string;
  version_id: string;
  trainer_ids: string[];
}

const NONE = 'NONE';
const STAR = '*';
const join = (values: (string | null)[]) => values.map((v) => v ?? STAR).join('|');
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** The equations of a table with totals over every dimension: each total is the sum of its cells along each one. */
function marginLines(dims: string[][]): Line[] {
  let combos: (string | null)[][] = [[]];
  for (const dim of dims) combos = combos.flatMap((c) => [...dim, null].map((v) => [...c, v]));
  return combos.flatMap((combo) =>
    combo.flatMap((v, i) =>
      v === null
        ? [{ parent: join(combo), children: dims[i].map((d) => join(combo.map((x, j) => (j === i ? d : x)))) }]
        : [],
    ),
  );
}

/** Adds the leaf to every total it counts in. */
function addTo(sizes: Map<CellKey, number>, values: string[], n: number): void {
  let keys: (string | null)[][] = [[]];
  for (const v of values)
    keys = keys.flatMap((k) => [
      [...k, v],
      [...k, null],
    ]);
  for (const k of keys) sizes.set(join(k), (sizes.get(join(k)) ?? 0) + n);
}

/**
 * The slice's cell of one table of leaves (a survey, a version, a trainer's sessions…). The country × side
 * table is suppressed as the survey results are; a response language extends that table by one
 * dimension without changing it: its shown cells stay known, its hidden ones stay hidden and protected,
 * and complementary cells are found among the language cells only. So neither a language filter nor a
 * subtraction from the results (or from another language) reveals a group under k.
 */
export function sliceCell(leaves: readonly ComparedLeaf[], slice: ComparisonSlice, k = MIN_GROUP_SIZE): SliceCell {
  const country = (l: ComparedLeaf) => l.country_code ?? NONE;
  const side = (l: ComparedLeaf) => l.side ?? NONE;
  const countries = sorted(leaves.map(country));
  const sides = sorted(['SCHOOL', 'COMPANY', ...leaves.map(side)]);
  const plain = new Map<CellKey, number>();
  for (const l of leaves) addTo(plain, [country(l), side(l)], l.n);
  const hiddenPlain = suppressedCells(plain, countries, sides, k);
  const target = cellKey(slice.country, slice.side);
  if (slice.language === null) return { n: plain.get(target) ?? 0, hidden: hiddenPlain.has(target) };

  const sizes = new Map<CellKey, number>();
  for (const l of leaves) addTo(sizes, [country(l), side(l), l.language], l.n);
  const plainKeys = [...countries, null].flatMap((c) => [...sides, null].map((s) => cellKey(c, s)));
  const fixed = {
    hidden: new Set(plainKeys.filter((key) => hiddenPlain.has(key)).map((key) => `${key}|${STAR}`)),
    shown: new Set(plainKeys.filter((key) => !hiddenPlain.has(key)).map((key) => `${key}|${STAR}`)),
  };
  const lines = marginLines([countries, sides, sorted(leaves.map((l) => l.language))]);
  const hidden = suppressedCellsOf(sizes, lines, k, fixed, false);
  const key = join([slice.country, slice.side, slice.language]);
  return { n: sizes.get(key) ?? 0, hidden: hidden.has(key) };
}

export const surveyCell = (id: string): CellKey => cellKey(id, null);
export const versionCell = (versionId: string | null): CellKey => cellKey(null, versionId);
/** A trainer's sessions (of one version): an aggregate like a version, so chosen before a session to hide. */
export const trainerCell = (trainerId: string, versionId: string | null): CellKey =>
  cellKey(null, `T:${trainerId}:${versionId ?? '*'}`);

/**
 * The slice's cells of every session, version, trainer (over all their sessions and per version) and of
 * the total, then the table of them all suppressed together: a version is the sum of its sessions, a
 * trainer's version the sum of their sessions of it, the total the sum of the versions. A cell already
 * hidden in its own table counts as a group under k, so that no sum minus published parts reveals one.
 */
export function comparisonCells(
  surveys: readonly GridSurvey[],
  leaves: readonly ComparedLeaf[],
  slice: ComparisonSlice,
  k = MIN_GROUP_SIZE,
): { cells: Map<CellKey, SliceCell>; hidden: Set<CellKey> } {
  const versions = sorted(surveys.map((s) => s.version_id));
  const trainers = sorted(surveys.flatMap((s) => s.trainer_ids));
  const leavesOf = (members: readonly GridSurvey[]) => {
    const ids = new Set(members.map((s) => s.id));
    return leaves.filter((l) => ids.has(l.survey_id));
  };
  const groups = new Map<CellKey, GridSurvey[]>();
  const lines: Line[] = [];
  const group = (key: CellKey, members: GridSurvey[], children: CellKey[]) => {
    groups.set(key, members);
    if (children.length) lines.push({ parent: key, children });
  };
  for (const s of surveys) group(surveyCell(s.id), [s], []);
  for (const v of versions) {
    const members = surveys.filter((s) => s.version_id === v);
    group(
      versionCell(v),
      members,
      members.map((s) => surveyCell(s.id)),
    );
  }
  group(versionCell(null), [...surveys], versions.map(versionCell));
  for (const t of trainers) {
    const own = surveys.filter((s) => s.trainer_ids.includes(t));
    const ownVersions = versions.filter((v) => own.some((s) => s.version_id === v));
    for (const v of ownVersions) {
      const members = own.filter((s) => s.version_id === v);
      group(
        trainerCell(t, v),
        members,
        members.map((s) => surveyCell(s.id)),
      );
    }
    group(
      trainerCell(t, null),
      own,
      ownVersions.map((v) => trainerCell(t, v)),
    );
  }
  // Groups of the same sessions (a trainer of every session of a version) share one table.
  const tables = new Map<string, SliceCell>();
  const cellOf = (members: GridSurvey[]) => {
    const id = members.map((s) => s.id).join(',');
    if (!tables.has(id)) tables.set(id, sliceCell(leavesOf(members), slice, k));
    return tables.get(id) as SliceCell;
  };
  const cells = new Map([...groups].map(([key, members]) => [key, cellOf(members)]));
  const forced = new Map([...cells].map(([key, c]) => [key, c.hidden && c.n >= k ? 1 : c.n]));
  return { cells, hidden: suppressedCellsOf(forced, lines, k) };
}

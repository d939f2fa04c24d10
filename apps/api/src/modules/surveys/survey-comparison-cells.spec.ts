import { derivableCells, MIN_GROUP_SIZE, type Line } from '../self-assessments/suppression';
import {
  comparisonCells,
  sliceCell,
  surveyCell,
  trainerCell,
  versionCell,
  type ComparedLeaf,
} from './survey-comparison-cells';

const COUNTRIES = ['EE', 'LV', 'LT'];
const SIDES = ['SCHOOL', 'COMPANY'];
const LANGUAGES = ['en', 'et', 'ru'];

function randomLeaves(seed: number, surveyId = 's'): ComparedLeaf[] {
  let x = seed;
  const next = () => (x = (x * 16807) % 2147483647) / 2147483647;
  return COUNTRIES.flatMap((country_code) =>
    SIDES.flatMap((side) =>
      LANGUAGES.map((language) => ({ survey_id: surveyId, country_code, side, language, n: Math.floor(next() * 9) })),
    ),
  );
}

/** Every cell of the country × side × language table with its totals, and its equations. */
function table(leaves: ComparedLeaf[]) {
  const key = (c: string | null, s: string | null, l: string | null) => `${c ?? '*'}|${s ?? '*'}|${l ?? '*'}`;
  const sizes = new Map<string, number>();
  for (const c of [...COUNTRIES, null])
    for (const s of [...SIDES, null])
      for (const l of [...LANGUAGES, null])
        sizes.set(
          key(c, s, l),
          leaves
            .filter((x) => (!c || x.country_code === c) && (!s || x.side === s) && (!l || x.language === l))
            .reduce((sum, x) => sum + x.n, 0),
        );
  const lines: Line[] = [];
  for (const c of [...COUNTRIES, null])
    for (const s of [...SIDES, null])
      for (const l of [...LANGUAGES, null]) {
        if (!c) lines.push({ parent: key(c, s, l), children: COUNTRIES.map((v) => key(v, s, l)) });
        if (!s) lines.push({ parent: key(c, s, l), children: SIDES.map((v) => key(c, v, l)) });
        if (!l) lines.push({ parent: key(c, s, l), children: LANGUAGES.map((v) => key(c, s, v)) });
      }
  return { key, sizes, lines };
}

describe('comparison cells', () => {
  it.each([1, 7, 42, 99, 1234, 4321, 777, 2026])(
    'lets no filter (country, side, response language) and subtraction reveal a group under 5 (data %i)',
    (seed) => {
      const leaves = randomLeaves(seed);
      const { key, sizes, lines } = table(leaves);
      // Everything any viewer could be shown, over all filters at once.
      const hidden = new Set<string>();
      for (const country of [...COUNTRIES, null])
        for (const side of [...SIDES, null])
          for (const language of [...LANGUAGES, null]) {
            const cell = sliceCell(leaves, { country, side, language });
            expect(cell.n).toBe(sizes.get(key(country, side, language)));
            if (cell.hidden) hidden.add(key(country, side, language));
          }
      const small = [...sizes].filter(([, n]) => n > 0 && n < MIN_GROUP_SIZE).map(([k]) => k);
      for (const k of small) expect([k, hidden.has(k)]).toEqual([k, true]);
      const derivable = derivableCells(hidden, lines);
      expect(small.filter((k) => derivable.has(k))).toEqual([]);
    },
  );

  it('keeps the country × side cells of the survey results when a language is asked', () => {
    const leaves = randomLeaves(5);
    for (const language of LANGUAGES) {
      const plain = sliceCell(leaves, { country: 'EE', side: 'SCHOOL', language: null });
      expect(plain.n).toBe(
        leaves.filter((l) => l.country_code === 'EE' && l.side === 'SCHOOL').reduce((s, l) => s + l.n, 0),
      );
      expect(sliceCell(leaves, { country: 'EE', side: 'SCHOOL', language }).n).toBeLessThanOrEqual(plain.n);
    }
  });

  it('hides a trainer’s sessions when they and a shown session would give away a small one', () => {
    const leaf = (survey_id: string, n: number): ComparedLeaf => ({
      survey_id,
      country_code: 'EE',
      side: 'SCHOOL',
      language: 'et',
      n,
    });
    const surveys = [
      { id: 'p', version_id: 'v1', trainer_ids: ['P', 'X'] },
      { id: 'q', version_id: 'v1', trainer_ids: ['Q', 'X'] },
      { id: 'r', version_id: 'v1', trainer_ids: ['Q'] },
    ];
    const { hidden } = comparisonCells(surveys, [leaf('p', 12), leaf('q', 4), leaf('r', 12)], {
      country: null,
      side: null,
      language: null,
    });
    const shown = (key: string) => !hidden.has(key);
    expect(shown(surveyCell('q'))).toBe(false);
    // Neither X's sessions (p + q) minus p, nor Q's (q + r) minus r, nor the version minus p and r.
    expect(shown(trainerCell('X', 'v1')) && shown(surveyCell('p'))).toBe(false);
    expect(shown(trainerCell('Q', 'v1')) && shown(surveyCell('r'))).toBe(false);
    expect(shown(versionCell('v1')) && shown(surveyCell('p')) && shown(surveyCell('r'))).toBe(false);
    expect(shown(versionCell(null)) && shown(surveyCell('p')) && shown(surveyCell('r'))).toBe(false);
    // P's sessions are p alone: shown with it.
    expect([shown(surveyCell('p')), shown(trainerCell('P', 'v1'))]).toEqual([true, true]);
  });
});

import { kindsPresent, mobilityByPair, mobilityByYear } from './mobility-counts';

const count = (
  kind: 'STUDY_VISIT' | 'JOB_SHADOWING' | 'LEARNER_PLACEMENT',
  from: string,
  host: string,
  year: number,
  mobilities: number,
  learners = 0,
) => ({
  __typename: 'MobilityCount' as const,
  kind,
  fromCountry: from,
  hostCountry: host,
  year,
  mobilities,
  learners,
});

const counts = [
  count('STUDY_VISIT', 'EE', 'FI', 2026, 3),
  count('JOB_SHADOWING', 'LV', 'DE', 2025, 2),
  count('STUDY_VISIT', 'LV', 'FI', 2025, 1),
  count('LEARNER_PLACEMENT', 'EE', 'FI', 2025, 4, 12),
];

describe('mobility counts for the chart and its tables', () => {
  it('adds up each kind per year, oldest year first', () => {
    const rows = mobilityByYear(counts);
    expect(rows.map((r) => r.year)).toEqual(['2025', '2026']);
    expect(rows[0]).toMatchObject({
      STUDY_VISIT: 1,
      JOB_SHADOWING: 2,
      LEARNER_PLACEMENT: 4,
      EXPERT_VISIT: 0,
      total: 7,
    });
    expect(rows[1]).toMatchObject({ STUDY_VISIT: 3, total: 3 });
  });

  it('adds up each country pair over years and kinds, busiest first', () => {
    expect(mobilityByPair(counts)).toEqual([
      { fromCountry: 'EE', hostCountry: 'FI', mobilities: 7, learners: 12 },
      { fromCountry: 'LV', hostCountry: 'DE', mobilities: 2, learners: 0 },
      { fromCountry: 'LV', hostCountry: 'FI', mobilities: 1, learners: 0 },
    ]);
  });

  it('names only the kinds that occur, in the schema order', () => {
    expect(kindsPresent(counts)).toEqual(['STUDY_VISIT', 'JOB_SHADOWING', 'LEARNER_PLACEMENT']);
    expect(mobilityByYear([])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { areaMeans, changesSinceBaseline } from './progress';

const r = (code: string, areaCode: string, level: number) => ({ competence: { code, areaCode }, level });

describe('my progress', () => {
  const baseline = { roundKey: 'b', ratings: [r('A.1', 'A', 1), r('A.2', 'A', 2), r('B.1', 'B', 3)] };
  const after = { roundKey: 'm1', ratings: [r('A.1', 'A', 3), r('A.2', 'A', 2), r('B.1', 'B', 3)] };

  it('averages the levels of each area per round', () => {
    expect(areaMeans([baseline, after], ['A', 'B'])).toEqual([
      { area: 'A', b: 1.5, m1: 2.5 },
      { area: 'B', b: 3, m1: 3 },
    ]);
  });

  it('gives the change since baseline per competence, none without a later round', () => {
    expect(changesSinceBaseline(baseline, after, ['A.1', 'B.1'])).toEqual([
      { code: 'A.1', baseline: 1, latest: 3, change: 2 },
      { code: 'B.1', baseline: 3, latest: 3, change: 0 },
    ]);
    expect(changesSinceBaseline(baseline, baseline, ['A.1'])).toEqual([
      { code: 'A.1', baseline: 1, latest: null, change: null },
    ]);
  });
});

import { pairedChange, tQuantile } from './paired-change';

describe('tQuantile', () => {
  it.each([
    [1, 12.706205],
    [2, 4.302653],
    [4, 2.776445],
    [9, 2.262157],
    [30, 2.042272],
    [1000, 1.962339],
  ])('gives the two-sided 95 %% critical value with %i degrees of freedom', (dof, expected) => {
    expect(tQuantile(0.975, dof)).toBeCloseTo(expected, 5);
  });

  it('is symmetric around 0', () => {
    expect(tQuantile(0.025, 7)).toBeCloseTo(-tQuantile(0.975, 7), 10);
    expect(tQuantile(0.5, 7)).toBeCloseTo(0, 10);
  });

  it('refuses a probability outside (0, 1) or no degrees of freedom', () => {
    expect(() => tQuantile(1, 4)).toThrow(RangeError);
    expect(() => tQuantile(0.975, 0)).toThrow(RangeError);
  });
});

describe('pairedChange', () => {
  it('gives mean, 95 % interval and d_z of five changes, as computed by hand', () => {
    // Changes 1, 0.5, 0, 1.5, 1: mean 0.8, sd √0.325 = 0.570088, se 0.254951, t(0.975, 4) 2.776445.
    const d = [1, 0.5, 0, 1.5, 1];
    const result = pairedChange({
      n: d.length,
      sum: d.reduce((s, x) => s + x, 0),
      sumSquares: d.reduce((s, x) => s + x * x, 0),
    });
    expect(result).toEqual({ n: 5, meanChange: 0.8, sd: 0.57, ciLow: 0.092, ciHigh: 1.508, effectSize: 1.4 });
  });

  it('has no interval and no effect size for one tutor', () => {
    expect(pairedChange({ n: 1, sum: 0.5, sumSquares: 0.25 })).toEqual({
      n: 1,
      meanChange: 0.5,
      sd: null,
      ciLow: null,
      ciHigh: null,
      effectSize: null,
    });
  });

  it('has an interval of width 0 and no effect size when every change is the same', () => {
    expect(pairedChange({ n: 3, sum: 1.5, sumSquares: 0.75 })).toEqual({
      n: 3,
      meanChange: 0.5,
      sd: 0,
      ciLow: 0.5,
      ciHigh: 0.5,
      effectSize: null,
    });
  });

  it('is nothing for an empty group', () => {
    expect(pairedChange({ n: 0, sum: 0, sumSquares: 0 })).toBeNull();
  });
});

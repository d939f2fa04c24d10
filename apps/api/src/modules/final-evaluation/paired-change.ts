import { jStat } from 'jstat';

/**
 * The paired statistic of the final evaluation: per tutor the change final − baseline, then over
 * the group its mean with a two-sided 95 % confidence interval from Student's t distribution
 * (mean ± t(0.975, n − 1) · sd / √n) and Cohen's d_z (mean / sd of the changes), the effect size
 * of paired data. The database gives n, Σd and Σd² per group (paired-change SQL); this turns them
 * into the figures, so the page, the PDF and the tests read one computation.
 */
export interface PairedSums {
  n: number;
  /** Σ of the per-tutor changes. */
  sum: number;
  /** Σ of their squares. */
  sumSquares: number;
}

export interface PairedChange {
  n: number;
  meanChange: number;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  effectSize: number | null;
}

/** The quantile `p` of Student's t distribution with `dof` degrees of freedom (jStat). */
export function tQuantile(p: number, dof: number): number {
  if (!(dof > 0) || !(p > 0 && p < 1))
    throw new RangeError(`t quantile needs 0 < p < 1 and dof > 0 (p ${p}, dof ${dof})`);
  return jStat.studentt.inv(p, dof);
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * Mean change, 95 % interval and d_z of `n` paired differences from their sums. One tutor has no
 * spread (no interval, no d_z); a spread of 0 has an interval of width 0 and no d_z. Rounded to
 * three decimals (levels of a 1..N scale): what the page and the PDF print.
 */
export function pairedChange({ n, sum, sumSquares }: PairedSums, confidence = 0.95): PairedChange | null {
  if (n < 1) return null;
  const mean = sum / n;
  if (n < 2) return { n, meanChange: round(mean, 3), sd: null, ciLow: null, ciHigh: null, effectSize: null };
  // Σ(d − d̄)² = Σd² − n·d̄²; clamp the rounding noise of equal changes at 0.
  const variance = Math.max(0, (sumSquares - n * mean * mean) / (n - 1));
  const sd = Math.sqrt(variance) < 1e-12 ? 0 : Math.sqrt(variance);
  const half = tQuantile(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n));
  return {
    n,
    meanChange: round(mean, 3),
    sd: round(sd, 3),
    ciLow: round(mean - half, 3),
    ciHigh: round(mean + half, 3),
    effectSize: sd > 0 ? round(mean / sd, 2) : null,
  };
}

import type { MobilityCountsQuery, MobilityKind } from '@tandem/web-graphql';
import { MOBILITY_KINDS } from './labels';

type MobilityCount = MobilityCountsQuery['mobilityCounts'][number];

export type YearRow = { year: string; total: number } & Record<MobilityKind, number>;

/** One row per year (oldest first) with the mobilities of each kind: the bars and their table. */
export function mobilityByYear(counts: readonly MobilityCount[]): YearRow[] {
  const rows = new Map<number, YearRow>();
  for (const c of counts) {
    let row = rows.get(c.year);
    if (!row) {
      row = {
        year: String(c.year),
        total: 0,
        ...(Object.fromEntries(MOBILITY_KINDS.map((k) => [k, 0])) as Record<MobilityKind, number>),
      };
      rows.set(c.year, row);
    }
    row[c.kind] += c.mobilities;
    row.total += c.mobilities;
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
}

export interface PairRow {
  fromCountry: string;
  hostCountry: string;
  mobilities: number;
  learners: number;
}

/** Every sender → host pair over all years and kinds, the busiest first (ties: A–Z). */
export function mobilityByPair(counts: readonly MobilityCount[]): PairRow[] {
  const pairs = new Map<string, PairRow>();
  for (const c of counts) {
    const key = `${c.fromCountry}>${c.hostCountry}`;
    const row = pairs.get(key) ?? {
      fromCountry: c.fromCountry,
      hostCountry: c.hostCountry,
      mobilities: 0,
      learners: 0,
    };
    row.mobilities += c.mobilities;
    row.learners += c.learners;
    pairs.set(key, row);
  }
  return [...pairs.values()].sort(
    (a, b) =>
      b.mobilities - a.mobilities ||
      a.fromCountry.localeCompare(b.fromCountry) ||
      a.hostCountry.localeCompare(b.hostCountry),
  );
}

/** The kinds that occur at all, so the chart has no empty series. */
export function kindsPresent(counts: readonly MobilityCount[]): MobilityKind[] {
  const seen = new Set(counts.filter((c) => c.mobilities > 0).map((c) => c.kind));
  return MOBILITY_KINDS.filter((k) => seen.has(k));
}

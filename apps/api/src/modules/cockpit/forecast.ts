/**
 * The cockpit's arithmetic, pure so it is unit-tested at its edges.
 *
 * Cell targets: with splits by country AND by side, a cell gets country × side / total (the two
 * splits assumed independent), rounded; with only one of them the cell has no target of its own.
 *
 * Forecast: trained now + the on-track tutors (all their missing joint modules and hours are
 * covered by confirmed bookings of future sessions) × the attendance rate seen so far
 * (PRESENT / all marked attendance) of the cell's country over the whole edition — the same cell
 * gets the same forecast whoever looks at it. Self-assessment and assignments of those tutors are
 * assumed to follow. Seats still to schedule for a shortfall: shortfall / rate, rounded up (at
 * least one seat per missing tutor).
 */
export interface CellCounts {
  country: string;
  side: 'SCHOOL' | 'COMPANY';
  registered: number;
  inTandem: number;
  inTraining: number;
  trained: number;
  withdrawn: number;
  onTrack: number;
}

export interface TargetSplits {
  total: number;
  byCountry: Map<string, number>;
  bySide: Map<string, number>;
}

export function cellTarget(t: TargetSplits, country: string, side: string): number | null {
  const c = t.byCountry.get(country);
  const s = t.bySide.get(side);
  if (c === undefined || s === undefined || t.total === 0) return null;
  return Math.round((c * s) / t.total);
}

export function forecastOf(trained: number, onTrack: number, rate: number): number {
  return trained + Math.round(onTrack * rate);
}

export function seatsFor(shortfall: number, rate: number): number {
  if (shortfall <= 0) return 0;
  return rate > 0 ? Math.ceil(shortfall / rate) : shortfall;
}

export function attendanceRate(marked: number, present: number): number {
  // no attendance marked yet: nothing to discount by, the forecast counts bookings as attended
  return marked > 0 ? present / marked : 1;
}

import { wallClock } from '@tandem/shared-domain';

/** The two readings of a local time that happens twice in a zone (the night daylight saving time ends). */
export interface TwiceLocalTime {
  local: string;
  /** UTC offsets of the first (summer time) and the second (winter time) occurrence, e.g. "+03:00". */
  earlierOffset: string;
  laterOffset: string;
  /** The two instants, in milliseconds since the epoch. */
  earlier: number;
  later: number;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const offsetLabel = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/**
 * Whether a local time entered in a zone happens twice there (then the server needs `dstChoice`),
 * found as the browser's time-zone data sees it: every quarter-hour offset from -14 to +14 hours
 * whose instant shows that wall-clock time.
 */
export function localTimeTwice(local: string, zone: string): TwiceLocalTime | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  const offsets: number[] = [];
  try {
    for (let offset = 14 * 60; offset >= -14 * 60; offset -= 15)
      if (wallClock(wall - offset * 60_000, zone) === local) offsets.push(offset);
  } catch {
    return null; // not a zone the browser knows: the server says so
  }
  if (offsets.length < 2) return null;
  // The first occurrence is the earlier instant: the larger offset.
  const [first, last] = [offsets[0], offsets[offsets.length - 1]];
  return {
    local,
    earlierOffset: offsetLabel(first),
    laterOffset: offsetLabel(last),
    earlier: wall - first * 60_000,
    later: wall - last * 60_000,
  };
}

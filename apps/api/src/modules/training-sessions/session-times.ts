import { type FieldError, wallClock } from '@tandem/shared-domain';
import { DateTime, IANAZone } from 'luxon';
import { invalid } from '../../common/field-error';

/** A local wall-clock time as entered: `YYYY-MM-DDTHH:mm`, read in a named IANA zone. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Which of the two instants an ambiguous local time means (the autumn hour that happens twice). */
export const DST_CHOICES = ['EARLIER', 'LATER'] as const;
export type DstChoice = (typeof DST_CHOICES)[number];

export interface SessionTimesInput {
  startsAt: string;
  endsAt: string;
  enrolmentDeadline?: string | null;
  timeZone: string;
  hours?: number | null;
  /** For a local time that happens twice in the zone: the first (summer time) or the second occurrence. */
  dstChoice?: DstChoice | null;
}

export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
  enrolmentDeadline: Date;
  hours: number;
}

/** What an edition allows: sessions within its dates, each on one day and at most this many hours long. */
export interface EditionRules {
  startsOn: string;
  endsOn: string;
  maxHoursPerDay: number;
}

export function editionRulesOf(row: {
  edition_starts_on: string;
  edition_ends_on: string;
  max_session_hours_per_day: string;
}): EditionRules {
  return {
    startsOn: row.edition_starts_on,
    endsOn: row.edition_ends_on,
    maxHoursPerDay: Number(row.max_session_hours_per_day),
  };
}

export function isTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

export type LocalReading =
  | { kind: 'OK'; instant: Date }
  | { kind: 'INVALID' }
  /** Inside the spring gap: the clocks skip this hour, it never happens. */
  | { kind: 'GAP' }
  /** Inside the autumn overlap: it happens twice, at two offsets. */
  | { kind: 'AMBIGUOUS'; earlier: Date; later: Date };

const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";

/** Reads a local wall-clock time in a zone, telling a time that does not exist or happens twice apart. */
export function readLocal(local: string, zone: string): LocalReading {
  if (!LOCAL_DATE_TIME.test(local)) return { kind: 'INVALID' };
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid) return { kind: 'INVALID' };
  if (dt.toFormat(LOCAL_FORMAT) !== local) return { kind: 'GAP' };
  // Every instant that shows this wall-clock time: try the zone's offsets of the day before and after.
  const wall = DateTime.fromISO(local, { zone: 'utc' }).toMillis();
  const offsets = new Set([dt.minus({ days: 1 }).offset, dt.offset, dt.plus({ days: 1 }).offset]);
  const instants = [...offsets]
    .map((o) => wall - o * 60_000)
    .filter((ms) => DateTime.fromMillis(ms, { zone }).toFormat(LOCAL_FORMAT) === local)
    .sort((a, b) => a - b);
  if (instants.length > 1)
    return { kind: 'AMBIGUOUS', earlier: new Date(instants[0]), later: new Date(instants[instants.length - 1]) };
  return { kind: 'OK', instant: dt.toJSDate() };
}

/** The UTC instant of a local time in a zone; null when it is not a real time there (or is ambiguous without a choice). */
export function fromLocal(local: string, zone: string, choice?: DstChoice | null): Date | null {
  const r = readLocal(local, zone);
  if (r.kind === 'OK') return r.instant;
  if (r.kind === 'AMBIGUOUS' && choice) return choice === 'EARLIER' ? r.earlier : r.later;
  return null;
}

const offsetName = (instant: Date, zone: string) => {
  const dt = DateTime.fromJSDate(instant, { zone });
  return `${dt.toFormat('HH:mm')} UTC${dt.toFormat('ZZ')}`;
};

/** A local time of the input as an instant, or the field error that explains why it is not one. */
function instantOf(
  field: string,
  local: string,
  zone: string,
  choice: DstChoice | null | undefined,
): { instant: Date | null; error?: FieldError } {
  const r = readLocal(local, zone);
  if (r.kind === 'OK') return { instant: r.instant };
  if (r.kind === 'INVALID') return { instant: null, error: invalid(field, 'dateTime') };
  if (r.kind === 'GAP')
    return {
      instant: null,
      error: invalid(field, 'skippedHour', { zone }),
    };
  if (choice) return { instant: choice === 'EARLIER' ? r.earlier : r.later };
  return {
    instant: null,
    error: invalid(field, 'repeatedHour', {
      zone,
      earlier: offsetName(r.earlier, zone),
      later: offsetName(r.later, zone),
    }),
  };
}

/** The wall-clock time of an instant in a zone, as the forms enter it (`YYYY-MM-DDTHH:mm`). */
export function toLocal(instant: Date, zone: string): string {
  return wallClock(instant, zone);
}

/** A date and time for people (mail, calendar texts), in their language and zone, with the zone named. */
export function formatForPerson(instant: Date, zone: string, language: string): string {
  return DateTime.fromJSDate(instant, { zone }).setLocale(language).toLocaleString({
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Checks and converts the times of a session. `previous` holds the values already stored: a start
 * in the past is accepted only when it is unchanged (editing the venue of a running session).
 * The deadline defaults to the start. Within the edition's rules, a session lies inside the
 * edition's dates, on one day, at most `maxHoursPerDay` long: a training over several days is a series.
 */
export function resolveSessionTimes(
  input: SessionTimesInput,
  now: Date,
  rules: EditionRules,
  previous?: { startsAt: Date },
): { times: SessionTimes | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!isTimeZone(input.timeZone)) {
    errors.push(invalid('timeZone', 'timeZone'));
    return { times: null, errors };
  }
  const zone = input.timeZone;
  const read = (field: string, local: string) => {
    const { instant, error } = instantOf(field, local, zone, input.dstChoice);
    if (error) errors.push(error);
    return instant;
  };
  const startsAt = read('startsAt', input.startsAt);
  const endsAt = read('endsAt', input.endsAt);
  const deadline = input.enrolmentDeadline ? read('enrolmentDeadline', input.enrolmentDeadline) : startsAt;
  if (!startsAt || !endsAt || !deadline) return { times: null, errors };
  const unchangedStart = previous && previous.startsAt.getTime() === startsAt.getTime();
  if (!unchangedStart && startsAt.getTime() <= now.getTime()) errors.push(invalid('startsAt', 'inFuture'));
  const duration = round2((endsAt.getTime() - startsAt.getTime()) / 3_600_000);
  const startDay = DateTime.fromJSDate(startsAt, { zone }).toISODate() as string;
  // A session ending at midnight ends on its own day.
  const endDay = DateTime.fromJSDate(new Date(endsAt.getTime() - 1), { zone }).toISODate() as string;
  if (endsAt.getTime() <= startsAt.getTime()) errors.push(invalid('endsAt', 'afterStart'));
  else if (endDay !== startDay || duration > rules.maxHoursPerDay)
    errors.push(invalid('endsAt', 'sessionDayTooLong', { hours: rules.maxHoursPerDay }));
  if (startDay < rules.startsOn || endDay > rules.endsOn)
    errors.push(invalid('startsAt', 'withinEdition', { startsOn: rules.startsOn, endsOn: rules.endsOn }));
  if (deadline.getTime() > startsAt.getTime()) errors.push(invalid('enrolmentDeadline', 'onOrBeforeStart'));
  const hours = input.hours ?? duration;
  if (duration > 0 && (hours < 0 || hours > duration)) errors.push(invalid('hours', 'withinSessionDuration'));
  if (errors.length) return { times: null, errors };
  return { times: { startsAt, endsAt, enrolmentDeadline: deadline, hours: round2(hours) }, errors };
}

/** A session happens somewhere: a venue, an online link, or both. */
export function placeErrors(input: { venue?: string | null; onlineUrl?: string | null }): FieldError[] {
  return input.venue?.trim() || input.onlineUrl?.trim() ? [] : [invalid('venue', 'venueOrLink')];
}

import type { FieldError } from '@tandem/shared-domain';
import { DateTime, IANAZone } from 'luxon';

/** A local wall-clock time as entered: `YYYY-MM-DDTHH:mm`, read in a named IANA zone. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export interface SessionTimesInput {
  startsAt: string;
  endsAt: string;
  enrolmentDeadline?: string | null;
  timeZone: string;
  hours?: number | null;
}

export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
  enrolmentDeadline: Date;
  hours: number;
}

export function isTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** The UTC instant of a local time in a zone; null when it is not a real time there. */
export function fromLocal(local: string, zone: string): Date | null {
  if (!LOCAL_DATE_TIME.test(local)) return null;
  const dt = DateTime.fromISO(local, { zone });
  return dt.isValid ? dt.toJSDate() : null;
}

/** The wall-clock time of an instant in a zone, as the forms enter it. */
export function toLocal(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
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
 * The deadline defaults to the start.
 */
export function resolveSessionTimes(
  input: SessionTimesInput,
  now: Date,
  previous?: { startsAt: Date },
): { times: SessionTimes | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!isTimeZone(input.timeZone)) {
    errors.push({
      field: 'timeZone',
      message: 'is not a known IANA time zone',
    });
    return { times: null, errors };
  }
  const startsAt = fromLocal(input.startsAt, input.timeZone);
  const endsAt = fromLocal(input.endsAt, input.timeZone);
  const deadline = input.enrolmentDeadline ? fromLocal(input.enrolmentDeadline, input.timeZone) : startsAt;
  if (!startsAt)
    errors.push({
      field: 'startsAt',
      message: 'is not a date and time (YYYY-MM-DDTHH:mm)',
    });
  if (!endsAt)
    errors.push({
      field: 'endsAt',
      message: 'is not a date and time (YYYY-MM-DDTHH:mm)',
    });
  if (!deadline)
    errors.push({
      field: 'enrolmentDeadline',
      message: 'is not a date and time (YYYY-MM-DDTHH:mm)',
    });
  if (!startsAt || !endsAt || !deadline) return { times: null, errors };
  const unchangedStart = previous && previous.startsAt.getTime() === startsAt.getTime();
  if (!unchangedStart && startsAt.getTime() <= now.getTime())
    errors.push({ field: 'startsAt', message: 'must be in the future' });
  if (endsAt.getTime() <= startsAt.getTime()) errors.push({ field: 'endsAt', message: 'must be after the start' });
  if (deadline.getTime() > startsAt.getTime())
    errors.push({
      field: 'enrolmentDeadline',
      message: 'must be on or before the start',
    });
  const duration = round2((endsAt.getTime() - startsAt.getTime()) / 3_600_000);
  const hours = input.hours ?? Math.min(duration, 999.99);
  if (duration > 0 && (hours < 0 || hours > duration || hours > 999.99))
    errors.push({
      field: 'hours',
      message: 'must be between 0 and the duration of the session',
    });
  if (errors.length) return { times: null, errors };
  return {
    times: {
      startsAt,
      endsAt,
      enrolmentDeadline: deadline,
      hours: round2(hours),
    },
    errors,
  };
}

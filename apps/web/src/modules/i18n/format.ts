import type { Locale } from '@tandem/shared-domain';
import { intlLocale } from '@tandem/shared-i18n';

/**
 * All date, time, number and country formatting of the app, in the viewer's language and time
 * zone. Instants (`DateTime`, UTC) are shown in the viewer's zone; calendar dates (`YYYY-MM-DD`)
 * have no zone and are shown as they are, whatever the zone.
 */
export interface Formatter {
  locale: Locale;
  timeZone: string;
  /** 2026-09-01 → "1 September 2026" (en), "1. september 2026" (et). */
  date(isoDate: string): string;
  /** 2026-09-01, 2027-08-31 → "1 Sept 2026 – 31 Aug 2027". */
  dateRange(startIsoDate: string, endIsoDate: string): string;
  /** An instant, e.g. 2026-11-23T09:30:00Z → "23 Nov 2026, 11:30" in Europe/Tallinn. */
  dateTime(instant: string | Date): string;
  number(value: number): string;
  /** ISO 3166 code → "Estonia" / "Eesti" / "Эстония"; the code itself if unknown. */
  country(code: string): string;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function isValidTimeZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `YYYY-MM-DD` as midnight UTC, formatted in UTC: the calendar date never shifts a day. */
function calendarDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function createFormatter(locale: Locale, timeZone: string | null | undefined): Formatter {
  const tag = intlLocale(locale);
  const zone = isValidTimeZone(timeZone) ? timeZone : browserTimeZone();
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const rangeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  const numberFormat = new Intl.NumberFormat(tag);
  const regionNames = new Intl.DisplayNames([tag], { type: 'region', fallback: 'code' });

  return {
    locale,
    timeZone: zone,
    date: (isoDate) => dateFormat.format(calendarDate(isoDate)),
    dateRange: (start, end) => rangeFormat.formatRange(calendarDate(start), calendarDate(end)),
    dateTime: (instant) => dateTimeFormat.format(typeof instant === 'string' ? new Date(instant) : instant),
    number: (value) => numberFormat.format(value),
    country: (code) => {
      try {
        return regionNames.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
  };
}

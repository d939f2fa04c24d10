import type { ProgrammeCountry } from '@tandem/shared-domain';

/** The zones of the programme countries, offered first. */
export const PROGRAMME_TIME_ZONES: Readonly<Record<ProgrammeCountry, string>> = {
  EE: 'Europe/Tallinn',
  LV: 'Europe/Riga',
  LT: 'Europe/Vilnius',
};

/** Every IANA zone the browser knows (UTC included), without the programme zones. */
export function otherTimeZones(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const programme = new Set(Object.values(PROGRAMME_TIME_ZONES));
  return [...new Set([...all, 'UTC'])].filter((zone) => !programme.has(zone)).sort();
}

/** "Europe/Tallinn (GMT+02:00)": the id people search for, with today's offset. */
export function timeZoneLabel(zone: string, intlLocaleTag: string, now = new Date()): string {
  try {
    const offset = new Intl.DateTimeFormat(intlLocaleTag, { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(now)
      .find((part) => part.type === 'timeZoneName')?.value;
    return offset ? `${zone.replaceAll('_', ' ')} (${offset})` : zone;
  } catch {
    return zone;
  }
}

/** One formatter per zone: building one (or a luxon DateTime) per time was a tenth of a session list's CPU. */
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time of an instant in an IANA zone, as the session forms enter it: `YYYY-MM-DDTHH:mm`.
 * Throws a RangeError for a zone the runtime does not know.
 */
export function wallClock(instant: Date | number, zone: string): string {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(zone, format);
  }
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = value;
  return `${part.year?.padStart(4, '0')}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

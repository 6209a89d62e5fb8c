const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // Unknown names come from user input: keep the cache bounded.
    if (formatters.size > 5_000) formatters.clear();
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const offsets = new Map<string, number | undefined>();

const QUARTER_HOUR_MS = 900_000;

/**
 * UTC offset of an IANA time zone at `at`, in minutes, or undefined when Intl does not know the zone.
 * Offsets only change at transitions, which fall on quarter hours of UTC (offsets are multiples of 15 minutes and
 * transitions happen at local times on the quarter hour), so results are cached per zone and quarter hour: an API
 * that moves its index to "now" on every request does not call Intl each time.
 */
export function getTimeZoneOffset(timeZone: string, at: Date): number | undefined {
  const key = `${timeZone}@${Math.floor(at.getTime() / QUARTER_HOUR_MS)}`;
  if (offsets.has(key)) return offsets.get(key);
  if (offsets.size > 10_000) offsets.clear();
  const offset = computeOffset(timeZone, at);
  offsets.set(key, offset);
  return offset;
}

function computeOffset(timeZone: string, at: Date): number | undefined {
  const formatter = formatterFor(timeZone);
  if (formatter === null) return undefined;
  const label = formatter.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(label);
  if (!match) return undefined;
  if (match[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

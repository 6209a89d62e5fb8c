/**
 * A `<input type="datetime-local">` holds a wall-clock reading ("2026-12-01T10:00") with no zone. The recruiter
 * picks interview times in their own zone (which may not be the browser's), so these convert between that
 * reading in a named IANA zone and an instant, without depending on the browser's zone.
 */

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  try {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
    return formatter;
  } catch {
    return null;
  }
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClockAt(instantMs: number, formatter: Intl.DateTimeFormat): WallClock {
  const parts = formatter.formatToParts(new Date(instantMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

const asUtcMs = (clock: WallClock) =>
  Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);

/** The zone's offset from UTC at an instant, in ms (positive east of Greenwich). */
function offsetAt(instantMs: number, formatter: Intl.DateTimeFormat): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return asUtcMs(wallClockAt(wholeSecond, formatter)) - wholeSecond;
}

/**
 * "2026-12-01T10:00" read in `timeZone` → "2026-12-01T10:00:00.000Z" (an ISO instant), or null when the reading
 * or the zone is not valid. Around daylight-saving changes it does what calendars do: a time that is skipped
 * (the clocks jump from 01:00 to 02:00, so 01:30 never happens) moves forward by the jump (02:30); a time that
 * happens twice (the clocks fall back) is the first of the two.
 */
export function localTimeToUtc(local: string, timeZone: string): string | null {
  const match = LOCAL_TIME.exec(local);
  const formatter = formatterFor(timeZone);
  if (!match || !formatter) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((value) => Number(value ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wallMs);
  // Date.UTC rolls 31 Feb over to 3 Mar; a reading that is not a real calendar time is refused instead.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;

  // The offsets in force a day either side cover any single transition near this reading.
  const offsets = [...new Set([offsetAt(wallMs - DAY_MS, formatter), offsetAt(wallMs + DAY_MS, formatter)])];
  const valid = offsets.map((offset) => wallMs - offset).filter((instant) => offsetAt(instant, formatter) === wallMs - instant);
  if (valid.length > 0) return new Date(Math.min(...valid)).toISOString();
  // Skipped by a jump forward: read it with the offset from before the jump, which lands after it.
  return new Date(wallMs - offsetAt(wallMs - DAY_MS, formatter)).toISOString();
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant → the "2026-12-01T10:00" a datetime-local input shows for it in `timeZone` ('' if invalid). */
export function utcToLocalTime(iso: string, timeZone: string): string {
  const instant = new Date(iso).getTime();
  const formatter = formatterFor(timeZone);
  if (Number.isNaN(instant) || !formatter) return '';
  const clock = wallClockAt(instant, formatter);
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** The calendar date in `timeZone` at `now`, `days` later: "2026-12-03" (for a date input's default). */
export function dateInZone(now: Date, timeZone: string, days = 0): string {
  const today = utcToLocalTime(now.toISOString(), timeZone).slice(0, 10);
  const match = LOCAL_DATE.exec(today);
  if (!match) return '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return date.toISOString().slice(0, 10);
}

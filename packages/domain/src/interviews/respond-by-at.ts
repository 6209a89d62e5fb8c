import { getZonedParts } from './get-zoned-parts.ts';

/**
 * The hour of the chosen day a respond-by ends, on the CANDIDATE's clock (B13): the end of their working day, a
 * time that means something to them, rather than the end of the recruiter's day (which reads "00:59" in Berlin).
 */
export const RESPOND_BY_HOUR = 17;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_MS = 60_000;

/** The zone's offset from UTC at an instant, in ms (positive east of Greenwich), or null for an unknown zone. */
function offsetAt(instantMs: number, timeZone: string): number | null {
  const parts = getZonedParts(new Date(instantMs), timeZone);
  if (!parts) return null;
  const wallMs = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  return wallMs - Math.floor(instantMs / MINUTE_MS) * MINUTE_MS;
}

/**
 * The instant a respond-by chosen as a day ("2026-12-11") ends: `hour`:00 that day in `timeZone` (the candidate's),
 * across daylight-saving changes. A wall time a spring-forward skips is read as just after the gap, and a repeated one
 * (a fall-back) as one of its two readings; no zone changes its clocks near RESPOND_BY_HOUR. Null for a
 * malformed day or an unknown zone.
 */
export function respondByAt(day: string, timeZone: string, hour = RESPOND_BY_HOUR): Date | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const wallMs = Date.UTC(year, month - 1, date, hour);
  const check = new Date(wallMs);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  // The offset at the wall time read as UTC is a first guess; the offset at the instant it gives settles it.
  const first = offsetAt(wallMs, timeZone);
  if (first === null) return null;
  const second = offsetAt(wallMs - first, timeZone)!;
  if (second === first) return new Date(wallMs - first);
  // The guesses disagree only near a change: take the instant whose reading is the wall time, if either is.
  for (const offset of [second, first]) {
    if (offsetAt(wallMs - offset, timeZone) === offset) return new Date(wallMs - offset);
  }
  // In a spring-forward gap: the moment the clocks jump, read as just after it.
  return new Date(wallMs - Math.min(first, second));
}

/** The day ("2026-12-11") an instant falls on in `timeZone`, `plusDays` later; what a date input holds. */
export function dayInZone(at: Date, timeZone: string, plusDays = 0): string {
  const parts = getZonedParts(at, timeZone) ?? getZonedParts(at, 'UTC')!;
  const day = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + plusDays));
  return day.toISOString().slice(0, 10);
}

/**
 * The first day a respond-by can end on: today in the candidate's zone if its `hour`:00 is still ahead of `now`,
 * else tomorrow.
 */
export function firstRespondByDay(now: Date, timeZone: string, hour = RESPOND_BY_HOUR): string {
  const today = dayInZone(now, timeZone);
  const endsToday = respondByAt(today, timeZone, hour);
  return endsToday && endsToday > now ? today : dayInZone(now, timeZone, 1);
}

/** The last day a respond-by can end on when it may be at most `maxDays` after `now` (the API's limit). */
export function lastRespondByDay(now: Date, timeZone: string, maxDays: number, hour = RESPOND_BY_HOUR): string {
  const limit = new Date(now.getTime() + maxDays * 24 * 60 * MINUTE_MS);
  const day = dayInZone(limit, timeZone);
  const endsThen = respondByAt(day, timeZone, hour);
  return endsThen && endsThen <= limit ? day : dayInZone(limit, timeZone, -1);
}

import { formatInZone } from './format-in-zone.ts';
import { getZonedParts } from './get-zoned-parts.ts';

/**
 * A moment as the reader needs it: just "10:15" when it falls on the same local day as `now`, else the full
 * "Tue 1 Dec, 10:15 (Europe/Berlin)".
 */
export function formatMoment(date: Date, timeZone: string, now: Date): string {
  const at = getZonedParts(date, timeZone);
  const today = getZonedParts(now, timeZone);
  const isSameDay = at && today && at.year === today.year && at.month === today.month && at.day === today.day;
  if (!isSameDay) return formatInZone(date, timeZone);
  return `${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}`;
}

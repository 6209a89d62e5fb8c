import { getZonedParts } from './get-zoned-parts.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Renders a moment for messages, in the zone it was set in: "Tue 1 Dec, 10:00 (Europe/Berlin)". Month and day
 * names are fixed English words (not ICU's, which change between versions). An invalid zone falls back to UTC,
 * so a message is never lost to a bad zone.
 */
export function formatInZone(date: Date, timeZone: string): string {
  if (Number.isNaN(date.getTime())) return 'an unknown time';
  const zone = getZonedParts(date, timeZone) ? timeZone : 'UTC';
  const parts = getZonedParts(date, zone);
  if (!parts) return date.toISOString();
  const { weekday, day, month, hour, minute } = parts;
  return `${WEEKDAYS[weekday]} ${day} ${MONTHS[month - 1]}, ${pad(hour)}:${pad(minute)} (${zone})`;
}

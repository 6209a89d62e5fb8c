import { timeZoneOptions } from '../../ui/zone-and-currency-options';

export interface LabelledZone {
  zone: string;
  /** Minutes east of UTC, now. */
  offsetMinutes: number;
  /** "(UTC+01:00) Europe/Berlin" */
  label: string;
}

/** The zone's offset from UTC at `at`, in minutes (from Intl's "GMT+5:30" short offset name). */
export function offsetMinutesOf(zone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

const formatOffset = (minutes: number) => {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/**
 * Every zone labelled with its current offset, west to east, then by name; only those whose name or offset contains
 * `search` (case and "_" ignored), the current one always kept so the select never loses its value.
 */
export function labelTimeZones(current: string, search: string, at: Date = new Date()): LabelledZone[] {
  const words = search.trim().toLowerCase().replace(/_/g, ' ');
  return timeZoneOptions(current)
    .map((zone) => {
      const offsetMinutes = offsetMinutesOf(zone, at);
      return { zone, offsetMinutes, label: `(${formatOffset(offsetMinutes)}) ${zone.replace(/_/g, ' ')}` };
    })
    .filter(({ zone, label }) => zone === current || !words || label.toLowerCase().replace('−', '-').includes(words))
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.zone.localeCompare(b.zone));
}

/**
 * "Tuesday 8 December 2026, 15:00–15:45 (Europe/Berlin)": a time as an e-mail words it, in the reader's zone, with the
 * zone named so a forwarded message stays true. An unknown zone falls back to UTC rather than failing the message.
 */
export function formatEmailTime(startsAt: Date, timeZone: string, endsAt?: Date | null): string {
  const zone = isKnownZone(timeZone) ? timeZone : 'UTC';
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(startsAt);
  const clock = (at: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return `${day}, ${clock(startsAt)}${endsAt ? `–${clock(endsAt)}` : ''} (${zone})`;
}

function isKnownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

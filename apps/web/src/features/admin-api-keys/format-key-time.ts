/** Formats in the admin's zone; an unknown zone (an old browser, a bad value) falls back to UTC rather than failing. */
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
  }
}

/** "4 Dec 2026": when a key was created or revoked. */
export function formatKeyDay(iso: string, timeZone: string): string {
  return formatter(timeZone, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

/** "4 Dec 2026, 14:05": when a key was last used (the API records use about once a minute). */
export function formatKeyDayAndTime(iso: string, timeZone: string): string {
  return formatter(timeZone, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}

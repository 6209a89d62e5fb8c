/** Formats in the admin's zone; an unknown zone (an old browser, a bad value) falls back to UTC rather than failing. */
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
  }
}

/** "4 Dec 2026, 14:05": as the API keys screen shows times, for settings (registered, overlap end). */
export function formatWebhookTime(iso: string, timeZone: string): string {
  return formatter(timeZone, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}

/** "4 Dec, 14:05:09": a delivery or attempt in the log, to the second (retries can come seconds apart). */
export function formatLogTime(iso: string, timeZone: string): string {
  return formatter(timeZone, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}

import { formatInZone } from '@shortlist/domain/interviews';

/** "Tue 1 Dec, 10:00 (Europe/Berlin)": times always say their zone (the same words the API's messages use). */
export function formatDateTime(iso: string, timeZone: string): string {
  return formatInZone(new Date(iso), timeZone);
}

/** "in 2 days", "in 5 hours", "in 12 minutes", or "passed": for respond-by countdowns. */
export function describeTimeLeft(iso: string, now: Date = new Date()): string {
  const minutes = Math.floor((new Date(iso).getTime() - now.getTime()) / 60_000);
  if (minutes < 0) return 'passed';
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.floor(hours / 24);
  return `in ${days} days`;
}

/** The browser's own IANA zone, e.g. "Europe/Berlin" (UTC when the browser does not say). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

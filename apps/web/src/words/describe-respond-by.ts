import { describeTimeLeft, formatDateTime } from '../ui/format-date-time';

/**
 * "Respond by Tue 1 Dec, 10:00 (Europe/Berlin) — in 2 days", in the candidate's zone; once the time has passed,
 * "Respond-by passed: Tue 1 Dec, 10:00 (Europe/Berlin)".
 */
export function describeRespondBy(respondBy: string, timeZone: string, now: Date): string {
  const when = formatDateTime(respondBy, timeZone);
  const left = describeTimeLeft(respondBy, now);
  return left === 'passed' ? `Respond-by passed: ${when}` : `Respond by ${when} — ${left}`;
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** Minutes under an hour, hours under 48 hours, days beyond; always rounded down, so it never overstates notice. */
export function describeDuration(minutes: number): string {
  if (minutes < 1) return 'Less than a minute';
  if (minutes < 60) return plural(minutes, 'minute');
  if (minutes < 48 * 60) return plural(Math.floor(minutes / 60), 'hour');
  return plural(Math.floor(minutes / (24 * 60)), 'day');
}

/** "24-hour", "90-minute": a policy length as an adjective. */
export function describePolicy(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60}-hour` : `${minutes}-minute`;
}

/**
 * The honest one-liner shown with a cancellation:
 * "6 hours before the start: this is late notice under Northwind Talent's 24-hour policy."
 */
export function describeNotice(input: {
  noticeGivenMinutes: number;
  isLate: boolean;
  lateNoticeMinutes: number;
  agencyName: string;
}): string {
  const policy = `${input.agencyName}'s ${describePolicy(input.lateNoticeMinutes)} policy`;
  const notice = `${describeDuration(Math.max(0, Math.floor(input.noticeGivenMinutes)))} before the start`;
  return input.isLate ? `${notice}: this is late notice under ${policy}.` : `${notice}: within ${policy}.`;
}

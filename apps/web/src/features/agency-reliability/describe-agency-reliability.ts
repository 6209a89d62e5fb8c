import type { AgencyReliabilitySummary } from '@shortlist/domain/interviews';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "3 hours' notice", "1 day's notice": rounded down, so it never overstates the notice. */
function describeNoticeLength(hours: number): string {
  if (hours < 1) return "less than an hour's notice";
  if (hours < 48) {
    const whole = Math.floor(hours);
    return whole === 1 ? "1 hour's notice" : `${whole} hours' notice`;
  }
  const days = Math.floor(hours / 24);
  return days === 1 ? "1 day's notice" : `${days} days' notice`;
}

/** "24 hours", "90 minutes": the agency's policy as a length. */
function describePolicyLength(minutes: number): string {
  return minutes % 60 === 0 ? plural(minutes / 60, 'hour') : plural(minutes, 'minute');
}

/**
 * The agency's record in plain sentences, the way a candidate's is told: how much notice it gives when it sets a
 * time, its own cancellations, its own no-shows, and, only when there are any, the client's.
 */
export function describeAgencyReliability(record: AgencyReliabilitySummary & { lateNoticeMinutes: number }): string[] {
  const policy = describePolicyLength(record.lateNoticeMinutes);

  let scheduling: string;
  if (record.interviewsScheduled === 0) {
    scheduling = 'No interview times set by the agency yet';
  } else {
    scheduling = `Set ${plural(record.interviewsScheduled, 'interview time')}`;
    if (record.medianSchedulingNoticeHours !== null) {
      scheduling += `, ${record.interviewsScheduled === 1 ? 'with' : 'usually with'} ${describeNoticeLength(record.medianSchedulingNoticeHours)}`;
    }
    scheduling += record.shortNoticeInterviews > 0 ? ` (${record.shortNoticeInterviews} at short notice, under ${policy})` : ` (none under ${policy})`;
  }

  let cancellations: string;
  if (record.cancellations === 0) {
    cancellations = 'No interviews cancelled by the agency';
  } else {
    const one = record.cancellations === 1;
    cancellations = `Cancelled ${plural(record.cancellations, 'interview')}`;
    if (record.medianCancellationNoticeHours !== null) {
      cancellations += `, ${one ? 'with' : 'usually with'} ${describeNoticeLength(record.medianCancellationNoticeHours)}`;
    }
    if (one) cancellations += record.lateCancellations > 0 ? ' (late)' : ' (in time)';
    else cancellations += record.lateCancellations > 0 ? ` (${record.lateCancellations} late)` : ' (none late)';
  }

  const contested = record.noShowsContested === 0 ? '' : record.noShows === 1 ? ', contested' : `; ${record.noShowsContested} contested`;
  const noShows = record.noShows === 0 ? 'No no-shows by the agency' : `Did not come to ${plural(record.noShows, 'interview')} (no-show${contested})`;

  const sentences = [scheduling, cancellations, noShows];
  const client = [
    record.clientLateCancellations > 0 ? plural(record.clientLateCancellations, 'late cancellation') : null,
    record.clientNoShows > 0 ? plural(record.clientNoShows, 'no-show') : null,
  ].filter(Boolean);
  if (client.length > 0) sentences.push(`The clients it represents: ${client.join(', ')}`);
  return sentences;
}

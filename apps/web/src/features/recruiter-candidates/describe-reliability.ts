import type { ReliabilitySummary } from '@shortlist/domain/interviews';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "within an hour", "within 6 hours", "within 3 days": how fast, rounded to what a person would say. */
function describeResponseTime(hours: number): string {
  if (hours < 1) return 'within an hour';
  if (hours < 48) return `within ${plural(Math.round(hours), 'hour')}`;
  return `within ${plural(Math.round(hours / 24), 'day')}`;
}

/** "3 hours' notice", "1 hour's notice", "2 days' notice": rounded down, so it never overstates the notice. */
function describeNoticeLength(hours: number): string {
  if (hours < 1) return "less than an hour's notice";
  if (hours < 48) {
    const whole = Math.floor(hours);
    return whole === 1 ? "1 hour's notice" : `${whole} hours' notice`;
  }
  const days = Math.floor(hours / 24);
  return days === 1 ? "1 day's notice" : `${days} days' notice`;
}

/**
 * A candidate's reliability record in three plain sentences (responses, cancellations, no-shows), e.g.
 * "Answered 4 of 5 proposals, usually within 6 hours", "Cancelled 1 interview, with 3 hours' notice (late)",
 * "No no-shows". Only what the candidate did counts (see summarizeReliability in the domain).
 */
export function describeReliability(record: ReliabilitySummary): [responses: string, cancellations: string, noShows: string] {
  const decided = record.proposalsAnswered + record.proposalsExpired;
  let responses: string;
  if (decided === 0) {
    responses = 'No proposals answered or expired yet';
  } else {
    responses = `Answered ${record.proposalsAnswered} of ${plural(decided, 'proposal')}`;
    if (record.proposalsAnswered > 0 && record.medianResponseHours !== null) {
      responses += `, usually ${describeResponseTime(record.medianResponseHours)}`;
    }
  }

  let cancellations: string;
  if (record.cancellations === 0) {
    cancellations = 'No cancelled interviews';
  } else {
    const one = record.cancellations === 1;
    cancellations = `Cancelled ${plural(record.cancellations, 'interview')}`;
    if (record.medianNoticeHours !== null) {
      cancellations += `, ${one ? 'with' : 'usually with'} ${describeNoticeLength(record.medianNoticeHours)}`;
    }
    if (one) cancellations += record.lateCancellations > 0 ? ' (late)' : ' (in time)';
    else cancellations += record.lateCancellations > 0 ? ` (${record.lateCancellations} late)` : ' (none late)';
  }

  // A contested no-show still counts; the record says so, and the candidate's account is on the interview.
  const contested = record.noShowsContested === 0 ? '' : record.noShows === 1 ? ', contested' : `; ${record.noShowsContested} contested`;
  const noShows = record.noShows === 0 ? 'No no-shows' : `Did not come to ${plural(record.noShows, 'interview')} (no-show${contested})`;
  return [responses, cancellations, noShows];
}

import { formatInZone } from '@shortlist/domain/interviews';

/**
 * "Tue 14 Oct, 10:00 (Europe/Berlin), video": an interview time as notifications word it, in the READER's zone
 * (the one their pages show), not the zone it was set in.
 */
export function formatInterviewTime(interview: { startsAt: Date; format: string }, readerTimeZone: string): string {
  return `${formatInZone(interview.startsAt, readerTimeZone)}, ${interview.format.toLowerCase()}`;
}

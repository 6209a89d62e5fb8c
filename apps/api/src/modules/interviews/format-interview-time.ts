import { formatInZone } from '@shortlist/domain/interviews';

/** "Tue 14 Oct, 10:00 (Europe/Berlin), video": an interview time as notifications word it. */
export function formatInterviewTime(interview: { startsAt: Date; timeZone: string; format: string }): string {
  return `${formatInZone(interview.startsAt, interview.timeZone)}, ${interview.format.toLowerCase()}`;
}

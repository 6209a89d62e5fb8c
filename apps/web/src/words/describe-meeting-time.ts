import { formatDateTime } from '../ui/format-date-time';

export type MeetingTime = {
  /** "Mon 30 Nov, 10:00 (Europe/Berlin)": in the candidate's own zone. */
  inYourZone: string;
  /** The same moment in the zone it was set in, when that is another zone; otherwise null. */
  inItsZone: string | null;
  /** "45 minutes", "1 hour 30 minutes". */
  duration: string;
};

function describeDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours > 0) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (rest > 0 || hours === 0) parts.push(`${rest} minute${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** An interview or slot time as the candidate reads it: their zone first, the zone it was set in when it differs. */
export function describeMeetingTime(
  meeting: { startsAt: string; endsAt: string; timeZone: string },
  yourTimeZone: string,
): MeetingTime {
  const minutes = Math.max(0, Math.round((new Date(meeting.endsAt).getTime() - new Date(meeting.startsAt).getTime()) / 60_000));
  return {
    inYourZone: formatDateTime(meeting.startsAt, yourTimeZone),
    inItsZone: meeting.timeZone === yourTimeZone ? null : formatDateTime(meeting.startsAt, meeting.timeZone),
    duration: describeDuration(minutes),
  };
}

import type { Prisma } from '@shortlist/db/prisma';
import { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';

/** What an interview's calendar event is built from. */
export const calendarInterviewSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  format: true,
  location: true,
  calendarUid: true,
  calendarSequence: true,
  agency: { select: { name: true } },
  proposal: {
    select: {
      id: true,
      recruiter: { select: { name: true, email: true } },
      candidate: { select: { fullName: true, email: true, user: { select: { email: true } } } },
      job: { select: { title: true, clientCompany: { select: { name: true } } } },
    },
  },
} satisfies Prisma.InterviewSelect;

export type CalendarInterview = Prisma.InterviewGetPayload<{ select: typeof calendarInterviewSelect }>;

/**
 * REQUEST and CANCEL are the e-mailed invite and its cancellation (RFC 5546: calendars update the event with the same
 * UID when the SEQUENCE is higher); PUBLISH is the downloaded file, which calendars import as an event without
 * treating the importer as an invitee who must answer.
 */
export type CalendarMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export interface CalendarInviteOptions {
  method: CalendarMethod;
  /** The page the reader acts on (their proposal or interview page), in the description and as the event's URL. */
  link: string;
  /** The DTSTAMP: when this version of the event was written. */
  now?: Date;
}

/** The calendar's word for an interview in a downloaded file: it happened or will happen, it is off, or its time is not settled. */
const PUBLISHED_STATUS: Record<string, ICalEventStatus> = {
  SCHEDULED: ICalEventStatus.CONFIRMED,
  COMPLETED: ICalEventStatus.CONFIRMED,
  NO_SHOW: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
  NEEDS_RESCHEDULING: ICalEventStatus.TENTATIVE,
};

/** The domain of UIDs and of the organizer's address: the one e-mails come from (`SHORTLIST_MAIL_FROM`), else `SHORTLIST_MAIL_DOMAIN`. */
export function calendarOrganizerAddress(env: NodeJS.ProcessEnv = process.env): string {
  const from = env.SHORTLIST_MAIL_FROM?.trim();
  const address = from ? (/<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? (/^\S+@\S+$/.test(from) ? from : null)) : null;
  return address ?? `no-reply@${env.SHORTLIST_MAIL_DOMAIN?.trim() || 'shortlist.local'}`;
}

/** The event's UID: one per interview and the interviews that replace it, so every calendar keeps one event. */
export function calendarEventUid(interview: { calendarUid: string }, env: NodeJS.ProcessEnv = process.env): string {
  return `${interview.calendarUid}@${calendarOrganizerAddress(env).split('@')[1]}`;
}

/**
 * ical-generator writes a zoned DTSTART from a Date's *local* fields. A Date built from the wall-clock parts in the
 * interview's zone therefore prints that wall clock with TZID=<zone>, whatever the server's own zone.
 */
function wallClockIn(at: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return new Date(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** The VTIMEZONE of an IANA zone (timezones-ical-library's data), or none for a zone it does not know. */
function vtimezoneOf(timeZone: string): string | null {
  try {
    const block = tzlib_get_ical_block(timeZone);
    const vtimezone = Array.isArray(block) ? block[0] : null;
    return vtimezone && vtimezone.includes('BEGIN:VTIMEZONE') ? vtimezone : null;
  } catch {
    return null;
  }
}

const FORMAT_WORDS: Record<string, string> = { VIDEO: 'Video call', PHONE: 'Phone call', ONSITE: 'On site' };

/**
 * One interview as a VCALENDAR: `UID:<calendarUid>@<mail domain>` and `SEQUENCE:<calendarSequence>` (both carried
 * over when a reschedule replaces the interview), DTSTART/DTEND with the interview's TZID and its VTIMEZONE, the
 * agency's sender as ORGANIZER with the recruiter's name (so the recruiter's own calendar takes the invite like the
 * candidate's: a calendar ignores invites it thinks it sent), and both people as attendees.
 */
export function buildCalendarInvite(interview: CalendarInterview, options: CalendarInviteOptions): string {
  const { proposal } = interview;
  const { job } = proposal;
  const client = job.clientCompany.name;
  const method = ICalCalendarMethod[options.method];
  const calendar = new ICalCalendar({
    prodId: { company: 'Shortlist', product: 'Shortlist', language: 'EN' },
    method,
    timezone: { name: null, generator: vtimezoneOf },
  });
  const status =
    options.method === 'CANCEL'
      ? ICalEventStatus.CANCELLED
      : options.method === 'REQUEST'
        ? ICalEventStatus.CONFIRMED
        : (PUBLISHED_STATUS[interview.status] ?? ICalEventStatus.TENTATIVE);
  const format = FORMAT_WORDS[interview.format] ?? interview.format.toLowerCase();
  const description = [
    `${proposal.candidate.fullName} meets ${client} for ${job.title}.`,
    `${format}${interview.location ? `: ${interview.location}` : ''}.`,
    `Organised by ${proposal.recruiter.name}, ${interview.agency.name}.`,
    options.method === 'CANCEL' ? 'This interview is cancelled.' : `Details, a new time or cancelling: ${options.link}`,
  ].join('\n');
  const event = calendar.createEvent({
    id: calendarEventUid(interview),
    sequence: interview.calendarSequence,
    stamp: options.now ?? new Date(),
    start: wallClockIn(interview.startsAt, interview.timeZone),
    end: wallClockIn(interview.endsAt, interview.timeZone),
    timezone: interview.timeZone,
    summary: `Interview: ${job.title} at ${client}`,
    description,
    location: interview.location,
    url: options.link,
    status,
    organizer: { name: `${proposal.recruiter.name} (${interview.agency.name})`, email: calendarOrganizerAddress() },
  });
  // RFC 5546: a PUBLISH carries no attendees; a REQUEST and a CANCEL name everyone they are for.
  if (options.method !== 'PUBLISH') {
    const people = [
      { name: proposal.candidate.fullName, email: proposal.candidate.user?.email ?? proposal.candidate.email },
      { name: proposal.recruiter.name, email: proposal.recruiter.email },
    ];
    for (const person of people) {
      event.createAttendee({ ...person, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION });
    }
  }
  return calendar.toString();
}

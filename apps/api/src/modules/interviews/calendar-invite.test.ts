// An interview's calendar invite as calendars read it (node-ical's parser), on each engine: the interview is scheduled,
// moved, asked to move and cancelled through the API, and each invite built from the row as it then is.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import ical, { type CalendarComponent, type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';
import { interviewLink } from '../email/email-links.ts';
import { buildCalendarInvite, calendarInterviewSelect, type CalendarMethod } from './calendar-invite.ts';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

let server: TestServer;
let recruiter: TestBrowser;
let candidate: TestBrowser;
let people: { candidateEmail: string; recruiterEmail: string; recruiterName: string };
const usedJobs = new Set<string>();
const dbId = (globalId: string) => decodeGlobalID(globalId).id;

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ recruiter, candidate } = await signInDemoUsers(server));
  const [sam, riley] = await Promise.all([
    server.db.prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' } }),
    server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } }),
  ]);
  people = { candidateEmail: sam.email, recruiterEmail: riley.email, recruiterName: riley.name };
});
afterAll(() => server.close());

/** 14:00 UTC some days ahead, in December: 15:00 in Berlin, 14:00 in London. */
function winterAfternoon(daysAhead: number): Date {
  const day = new Date(Date.now() + daysAhead * DAY);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 14, 0));
}

const slot = (startsAt: Date) => ({
  startsAt: startsAt.toISOString(),
  endsAt: new Date(startsAt.getTime() + 45 * MINUTE).toISOString(),
  timeZone: 'Europe/Berlin',
  format: 'VIDEO',
  location: 'https://meet.example.com/abc',
});

/** Proposed by the demo recruiter (London) to the demo candidate (Berlin), who takes the one time offered. */
async function scheduledInterview(startsAt: Date): Promise<string> {
  const sam = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' }, include: { candidateProfile: true } });
  const job = await server.db.prisma.job.findFirstOrThrow({
    where: { agencyId: sam.agencyId, status: 'OPEN', id: { notIn: [...usedJobs] }, proposals: { none: { candidateId: sam.candidateProfile!.id } } },
    orderBy: { id: 'desc' },
  });
  usedJobs.add(job.id);
  const proposed = await recruiter.graphql(
    `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { __typename ... on ProposeMatchSuccess { proposal { id slots { id } } } } }`,
    { input: { jobId: encodeGlobalID('Job', job.id), candidateId: encodeGlobalID('Candidate', sam.candidateProfile!.id), message: 'This team needs exactly your experience.', slots: [slot(startsAt)] } },
  );
  const proposal = proposed.body.data.proposeMatch.proposal;
  const accepted = await candidate.graphql(
    `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { __typename ... on AcceptProposalSuccess { proposal { interviews { id } } } } }`,
    { input: { proposalId: proposal.id, slotId: proposal.slots[0].id } },
  );
  return accepted.body.data.acceptProposal.proposal.interviews[0].id as string;
}

async function reschedule(interviewId: string, startsAt: Date, reason?: string): Promise<string> {
  const { body } = await recruiter.graphql(
    `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { __typename ... on Error { message } ... on RescheduleInterviewSuccess { interview { id } } } }`,
    { input: { interviewId, ...slot(startsAt), reason } },
  );
  expect(body.data.rescheduleInterview.__typename, JSON.stringify(body)).toBe('RescheduleInterviewSuccess');
  return body.data.rescheduleInterview.interview.id as string;
}

/** The invite for an interview as its row is now, parsed: the calendar's METHOD, the event, and the VTIMEZONEs. */
async function invite(interviewGlobalId: string, method: CalendarMethod) {
  const row = await server.db.prisma.interview.findUniqueOrThrow({ where: { id: dbId(interviewGlobalId) }, select: calendarInterviewSelect });
  const text = buildCalendarInvite(row, { method, link: interviewLink(row.id, row.proposal.id, 'CANDIDATE') });
  const parsed = ical.sync.parseICS(text);
  const components = Object.values(parsed) as Array<CalendarComponent & { method?: string; tzid?: string }>;
  const events = components.filter((c): c is VEvent => c.type === 'VEVENT');
  expect(events).toHaveLength(1);
  return {
    text,
    method: components.find((c) => c.type === 'VCALENDAR')?.method,
    event: events[0]!,
    timezones: components.filter((c) => c.type === 'VTIMEZONE').map((c) => c.tzid),
  };
}

const clockIn = (at: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);

describe('an interview invite as calendars read it', () => {
  it('is a REQUEST for the interview instant, in Europe/Berlin with its VTIMEZONE, from the agency for the recruiter, to both people', async () => {
    const startsAt = winterAfternoon(9);
    const { method, event, timezones, text } = await invite(await scheduledInterview(startsAt), 'REQUEST');

    expect(method).toBe('REQUEST');
    expect(event.start.toISOString()).toBe(startsAt.toISOString());
    expect(event.start.tz).toBe('Europe/Berlin');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:');
    expect(timezones).toEqual(['Europe/Berlin']);
    // The candidate's calendar shows 15:00 in Berlin; the recruiter's, 14:00 in London: one instant.
    expect([clockIn(event.start, 'Europe/Berlin'), clockIn(event.start, 'Europe/London')]).toEqual(['15:00', '14:00']);
    expect(event.end!.getTime() - event.start.getTime()).toBe(45 * MINUTE);
    expect(event.summary).toMatch(/^Interview: .+ at .+$/);
    expect(String(event.description)).toContain('/me/interviews/');

    const organizer = event.organizer as unknown as { params: { CN: string }; val: string };
    expect(organizer.params.CN).toContain(people.recruiterName);
    expect(organizer.val).toMatch(/^mailto:.+@.+/);
    const attendees = (Array.isArray(event.attendee) ? event.attendee : [event.attendee]) as unknown as Array<{ params: Record<string, string>; val: string }>;
    expect(attendees.map((a) => a.val.replace(/^mailto:/i, '')).sort()).toEqual([people.candidateEmail, people.recruiterEmail].sort());
    expect(attendees.map((a) => a.params.PARTSTAT)).toEqual(['NEEDS-ACTION', 'NEEDS-ACTION']);
  });

  it('keeps its UID with SEQUENCE + 1 when the recruiter moves the interview (a new interview row) and again when the candidate asks for a new time and gets one', async () => {
    const first = await scheduledInterview(winterAfternoon(10));
    const original = await invite(first, 'REQUEST');

    const movedTo = winterAfternoon(12);
    const moved = await reschedule(first, movedTo, 'The hiring manager is travelling that week.');
    expect(dbId(moved)).not.toBe(dbId(first));
    const afterMove = await invite(moved, 'REQUEST');
    expect(afterMove.event.uid).toBe(original.event.uid);
    expect(afterMove.event.sequence).toBe(Number(original.event.sequence) + 1);
    expect(afterMove.event.start.toISOString()).toBe(movedTo.toISOString());

    const asked = await candidate.graphql(`mutation($input: RequestRescheduleInput!) { requestReschedule(input: $input) { __typename } }`, {
      input: { interviewId: moved, reason: 'A clash with a medical appointment' },
    });
    expect(asked.body.data.requestReschedule.__typename).toBe('RequestRescheduleSuccess');
    const answered = await reschedule(moved, winterAfternoon(14));
    const afterAnswer = await invite(answered, 'REQUEST');
    expect(afterAnswer.event.uid).toBe(original.event.uid);
    expect(Number(afterAnswer.event.sequence)).toBeGreaterThan(Number(afterMove.event.sequence));
  });

  it('is a CANCEL with STATUS CANCELLED, the same UID and a higher SEQUENCE once the interview is cancelled', async () => {
    const interviewId = await scheduledInterview(winterAfternoon(11));
    const invited = await invite(interviewId, 'REQUEST');
    const { body } = await candidate.graphql(
      `mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { __typename ... on Error { message } } }`,
      { input: { interviewId, reason: 'SCHEDULE_CONFLICT', message: 'I am sorry, I have a clash I cannot move that day.' } },
    );
    expect(body.data.cancelInterview.__typename, JSON.stringify(body)).toBe('CancelInterviewSuccess');

    const cancelled = await invite(interviewId, 'CANCEL');
    expect(cancelled.method).toBe('CANCEL');
    expect(cancelled.event.status).toBe('CANCELLED');
    expect(cancelled.event.uid).toBe(invited.event.uid);
    expect(Number(cancelled.event.sequence)).toBeGreaterThan(Number(invited.event.sequence));
  });

  it('downloads as a PUBLISH of the same event (UID and SEQUENCE), without attendees', async () => {
    const interviewId = await scheduledInterview(winterAfternoon(13));
    const invited = await invite(interviewId, 'REQUEST');
    const response = await fetch(`${server.url}/interviews/${encodeURIComponent(interviewId)}.ics`, { headers: { cookie: candidate.cookie! } });
    const parsed = Object.values(ical.sync.parseICS(await response.text())) as Array<CalendarComponent & { method?: string }>;
    const event = parsed.find((c): c is VEvent => c.type === 'VEVENT')!;
    expect(parsed.find((c) => c.type === 'VCALENDAR')?.method).toBe('PUBLISH');
    expect([event.uid, event.sequence]).toEqual([invited.event.uid, invited.event.sequence]);
    expect(event.attendee).toBeUndefined();
  });
});

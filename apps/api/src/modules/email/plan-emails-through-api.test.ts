// The planner behind the real mutations, on each engine: the test server's e-mail workers plan from the change log
// while the demo recruiter schedules and moves an interview and the demo candidate cancels it. One calendar event
// throughout (the same UID), its SEQUENCE rising with each change, both sides invited each time; the moved
// interview's old reminders cancelled and new ones planned; the cancellation sent to both and every reminder cancelled.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createProposal } from '../../../test/factories.ts';
import { startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';
import { eventually } from '../../../test/webhook-receiver.ts';

process.env.SHORTLIST_EMAIL_POLL_MS = '200';
const engine = inject('shortlistTestDb');
const DAY = 24 * 60 * 60 * 1000;

let server: TestServer;
let recruiter: TestBrowser;
let candidate: TestBrowser;
let people: { recruiterId: string; candidateUserId: string };
let proposalId: string;

beforeAll(async () => {
  server = await startTestServer('demo');
  const prisma = server.db.prisma;
  const recruiterUser = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
  const candidateUser = await prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' }, include: { candidateProfile: true } });
  const job = await prisma.job.findFirstOrThrow({ where: { agencyId: recruiterUser.agencyId, status: 'OPEN' }, orderBy: { id: 'asc' } });
  const proposal = await createProposal(
    prisma,
    { agencyId: recruiterUser.agencyId, jobId: job.id, candidateId: candidateUser.candidateProfile!.id, recruiterId: recruiterUser.id },
    { status: 'ACCEPTED' },
  );
  proposalId = proposal.id;
  people = { recruiterId: recruiterUser.id, candidateUserId: candidateUser.id };
  recruiter = server.browser();
  candidate = server.browser();
  await Promise.all([recruiter.signIn('recruiter@shortlist.test'), candidate.signIn('candidate@shortlist.test')]);
}, 60_000);
afterAll(async () => {
  await server?.close();
});

const time = (startsAt: Date) => ({
  startsAt: startsAt.toISOString(),
  endsAt: new Date(startsAt.getTime() + 60 * 60 * 1000).toISOString(),
  timeZone: 'Europe/Berlin',
  format: 'VIDEO',
  location: 'https://meet.example.com/planner',
});
const ERROR = '__typename ... on Error { message }';
const idOf = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

/** The interview's outbox rows once `count` rows of `kinds` exist (the workers plan within a poll). */
async function rowsOnce(interviewId: string, kinds: string[], count: number) {
  return eventually(async () => {
    const rows = await server.db.prisma.emailMessage.findMany({ where: { interviewId, kind: { in: kinds } }, orderBy: [{ kind: 'asc' }, { userId: 'asc' }] });
    return rows.length >= count && rows;
  }, `${count} ${kinds.join('/')} rows for interview ${interviewId}`);
}

describe(`invites and reminders planned from the mutations (${engine})`, () => {
  it('scheduling, moving and cancelling one interview: invites with a rising SEQUENCE under one UID to both sides, reminders replaced, then cancelled', async () => {
    const both = [people.candidateUserId, people.recruiterId].sort();
    const firstStart = new Date(Date.now() + 3 * DAY);
    const scheduled = await recruiter.graphql(
      `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { ${ERROR} ... on ScheduleInterviewSuccess { interview { id } } } }`,
      { input: { proposalId: encodeGlobalID('Proposal', proposalId), ...time(firstStart) } },
    );
    expect(scheduled.body.data.scheduleInterview.__typename, JSON.stringify(scheduled.body)).toBe('ScheduleInterviewSuccess');
    const first = await server.db.prisma.interview.findUniqueOrThrow({ where: { id: idOf(scheduled.body.data.scheduleInterview.interview.id) } });

    const invites = await rowsOnce(first.id, ['interview.invite'], 2);
    expect(invites.map((row) => row.userId).sort()).toEqual(both);
    for (const invite of invites) {
      expect(invite).toMatchObject({ category: 'INTERVIEWS', data: { sequence: 0, reason: 'scheduled' }, dedupeKey: `invite:${first.calendarUid}:0:${invite.userId}` });
    }
    const firstReminders = await rowsOnce(first.id, ['reminder.interview.24h', 'reminder.interview.2h'], 4);
    expect(firstReminders.map((row) => [row.kind, row.userId, row.dueAt.getTime()])).toEqual(
      ['reminder.interview.24h', 'reminder.interview.2h'].flatMap((kind) =>
        both.map((userId) => [kind, userId, firstStart.getTime() - (kind === 'reminder.interview.24h' ? DAY : 2 * 60 * 60 * 1000)]),
      ),
    );

    // The recruiter moves it: a new interview row, the same calendar event one SEQUENCE on.
    const secondStart = new Date(Date.now() + 4 * DAY);
    const moved = await recruiter.graphql(
      `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { ${ERROR} ... on RescheduleInterviewSuccess { interview { id } } } }`,
      { input: { interviewId: encodeGlobalID('Interview', first.id), ...time(secondStart), reason: 'The hiring manager is travelling that day' } },
    );
    expect(moved.body.data.rescheduleInterview.__typename, JSON.stringify(moved.body)).toBe('RescheduleInterviewSuccess');
    const second = await server.db.prisma.interview.findUniqueOrThrow({ where: { id: idOf(moved.body.data.rescheduleInterview.interview.id) } });
    expect(second.calendarUid).toBe(first.calendarUid);

    const movedInvites = await rowsOnce(second.id, ['interview.invite'], 2);
    for (const invite of movedInvites) {
      expect(invite).toMatchObject({ data: { sequence: second.calendarSequence, reason: 'rescheduled' }, dedupeKey: `invite:${first.calendarUid}:${second.calendarSequence}:${invite.userId}` });
    }
    expect(second.calendarSequence).toBeGreaterThan(first.calendarSequence);
    const secondReminders = await rowsOnce(second.id, ['reminder.interview.24h', 'reminder.interview.2h'], 4);
    expect(secondReminders.every((row) => row.status === 'PENDING' && row.data && (row.data as { startsAt: string }).startsAt === secondStart.toISOString())).toBe(true);
    await eventually(async () => {
      const old = await server.db.prisma.emailMessage.findMany({ where: { interviewId: first.id, kind: { startsWith: 'reminder.' } } });
      return old.length === 4 && old.every((row) => row.status === 'CANCELLED');
    }, 'the first time\'s reminders cancelled');

    // The candidate cancels: the calendar cancellation to both, with a higher SEQUENCE, and no reminder left to send.
    const cancelled = await candidate.graphql(`mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { ${ERROR} } }`, {
      input: { interviewId: encodeGlobalID('Interview', second.id), reason: 'SCHEDULE_CONFLICT', message: 'I am sorry, I can no longer make it.' },
    });
    expect(cancelled.body.data.cancelInterview.__typename, JSON.stringify(cancelled.body)).toBe('CancelInterviewSuccess');
    const afterCancel = await server.db.prisma.interview.findUniqueOrThrow({ where: { id: second.id } });
    const cancels = await rowsOnce(second.id, ['interview.cancel'], 2);
    expect(cancels.map((row) => row.userId).sort()).toEqual(both);
    for (const cancel of cancels) {
      expect(cancel).toMatchObject({ data: { sequence: afterCancel.calendarSequence }, dedupeKey: `cancel:${first.calendarUid}:${afterCancel.calendarSequence}:${cancel.userId}` });
    }
    await eventually(async () => {
      const left = await server.db.prisma.emailMessage.count({ where: { interviewId: { in: [first.id, second.id] }, kind: { startsWith: 'reminder.' }, status: 'PENDING' } });
      return left === 0;
    }, 'no reminder left pending');
    // The candidate's "How did it go?" prompt, one per time, went with each cancelled time.
    const prompts = await server.db.prisma.emailMessage.findMany({ where: { interviewId: { in: [first.id, second.id] }, kind: 'reflection.prompt' } });
    expect(prompts.map((row) => row.status)).toEqual(['CANCELLED', 'CANCELLED']);
    // Each message once: two invites per time, two cancellations, four reminders and one prompt per time.
    expect(await server.db.prisma.emailMessage.count({ where: { interviewId: { in: [first.id, second.id] } } })).toBe(2 + 4 + 1 + 2 + 4 + 1 + 2);
  });
});

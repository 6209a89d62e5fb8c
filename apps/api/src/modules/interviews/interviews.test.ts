import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterview, createPartnerKey, createProposal } from '../../../test/factories.ts';
import { calendarEventUid } from './calendar-invite.ts';
import { rescheduleInterview } from './reschedule-interview.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let server: TestServer;
let recruiter: TestBrowser;
let candidate: TestBrowser;
let otherRecruiter: TestBrowser;
let refs: { agencyId: string; candidateId: string; recruiterId: string };
const usedJobs = new Set<string>();
const dbId = (globalId: string) => decodeGlobalID(globalId).id;

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ recruiter, otherRecruiter, candidate } = await signInDemoUsers(server));
  const [sam, rec] = await Promise.all([
    server.db.prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' }, include: { candidateProfile: true } }),
    server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } }),
  ]);
  refs = { agencyId: sam.agencyId, candidateId: sam.candidateProfile!.id, recruiterId: rec.id };
});
afterAll(() => server.close());

async function freshJob() {
  const job = await server.db.prisma.job.findFirstOrThrow({
    where: { agencyId: refs.agencyId, status: 'OPEN', id: { notIn: [...usedJobs] }, proposals: { none: { candidateId: refs.candidateId } } },
    orderBy: { id: 'desc' },
  });
  usedJobs.add(job.id);
  return job;
}

/** An interview that already started `minutesAgo` minutes ago, on an INTERVIEWING proposal of Sam's. */
async function startedInterview(minutesAgo: number) {
  const job = await freshJob();
  const proposal = await createProposal(server.db.prisma, { ...refs, jobId: job.id }, { status: 'INTERVIEWING' });
  const interview = await createInterview(server.db.prisma, proposal, new Date(Date.now() - minutesAgo * MINUTE));
  return encodeGlobalID('Interview', interview.id);
}

/** Proposed by the recruiter and accepted by Sam over the API: the scheduled interview's global ID. */
async function scheduledInterview(startsAt: Date) {
  const job = await freshJob();
  const proposed = await recruiter.graphql(
    `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { __typename ... on ProposeMatchSuccess { proposal { id slots { id } } } } }`,
    {
      input: {
        jobId: encodeGlobalID('Job', job.id),
        candidateId: encodeGlobalID('Candidate', refs.candidateId),
        message: 'This team needs exactly your experience.',
        slots: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 45 * MINUTE).toISOString(), timeZone: 'Europe/Berlin', format: 'VIDEO', location: 'https://meet.example.com/abc' }],
      },
    },
  );
  const proposal = proposed.body.data.proposeMatch.proposal;
  const accepted = await candidate.graphql(
    `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { __typename ... on AcceptProposalSuccess { proposal { interviews { id status } } } } }`,
    { input: { proposalId: proposal.id, slotId: proposal.slots[0].id } },
  );
  return accepted.body.data.acceptProposal.proposal.interviews[0].id as string;
}

const CANCEL = `mutation($input: CancelInterviewInput!) {
  cancelInterview(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { fieldErrors { field } }
    ... on CancelInterviewSuccess { interview { status cancellation { by reason message noticeGivenMinutes isLate noticeDescription } } }
  }
}`;

const NO_SHOW = `mutation($input: RecordNoShowInput!) {
  recordNoShow(input: $input) { __typename ... on Error { message } ... on RecordNoShowSuccess { interview { status noShowParty } } }
}`;

describe('cancelling an interview', () => {
  it('records a candidate cancelling 3 hours before the start as late, with about 180 minutes of notice, and tells the recruiter', async () => {
    const interviewId = await scheduledInterview(new Date(Date.now() + 3 * HOUR));
    const message = 'I am so sorry, something urgent came up at home.';
    const { body } = await candidate.graphql(CANCEL, { input: { interviewId, reason: 'ILLNESS_OR_EMERGENCY', message } });
    const result = body.data.cancelInterview;
    expect(result.__typename).toBe('CancelInterviewSuccess');
    expect(result.interview.status).toBe('CANCELLED');
    expect(result.interview.cancellation).toMatchObject({ by: 'CANDIDATE', reason: 'ILLNESS_OR_EMERGENCY', message, isLate: true });
    expect(result.interview.cancellation.noticeGivenMinutes).toBeGreaterThanOrEqual(178);
    expect(result.interview.cancellation.noticeGivenMinutes).toBeLessThanOrEqual(180);
    expect(result.interview.cancellation.noticeDescription).toMatch(/^(2|3) hours before the start: this is late notice under .+'s 24-hour policy\.$/);

    const notifications = await recruiter.graphql('{ notifications(first: 5) { edges { node { title body } } } }');
    expect(notifications.body.data.notifications.edges[0].node).toEqual({
      title: 'Sam Okafor cancelled an interview at short notice',
      body: expect.stringContaining(message),
    });
  });

  it('lets the candidate cancel while their request for a new time is pending, late notice recorded as usual, and not once the new time is set (B12)', async () => {
    const interviewId = await scheduledInterview(new Date(Date.now() + 5 * HOUR));
    const asked = await candidate.graphql(`mutation($input: RequestRescheduleInput!) { requestReschedule(input: $input) { __typename } }`, {
      input: { interviewId, reason: 'I have a medical appointment then.' },
    });
    expect(asked.body.data.requestReschedule.__typename).toBe('RequestRescheduleSuccess');
    const message = 'I am sorry, I have accepted another offer and should not take up the team\'s time.';
    const { body } = await candidate.graphql(CANCEL, { input: { interviewId, reason: 'ACCEPTED_ANOTHER_OFFER', message } });
    expect(body.data.cancelInterview.interview).toMatchObject({ status: 'CANCELLED', cancellation: { by: 'CANDIDATE', reason: 'ACCEPTED_ANOTHER_OFFER', message, isLate: true } });
    expect(body.data.cancelInterview.interview.cancellation.noticeGivenMinutes).toBeGreaterThanOrEqual(298);
    const notifications = await recruiter.graphql('{ notifications(first: 1) { edges { node { title } } } }');
    expect(notifications.body.data.notifications.edges[0].node.title).toBe('Sam Okafor cancelled an interview at short notice');
    // The recruiter can no longer give it a new time.
    const late = await recruiter.graphql(RESCHEDULE, { input: { interviewId, ...newTime(new Date(Date.now() + 4 * DAY)) } });
    expect(late.body.data.rescheduleInterview.__typename).toBe('InvalidTransitionError');

    // Once moved, the old interview is not the one to cancel.
    const movedFrom = await scheduledInterview(new Date(Date.now() + 2 * DAY));
    await candidate.graphql(`mutation($input: RequestRescheduleInput!) { requestReschedule(input: $input) { __typename } }`, { input: { interviewId: movedFrom, reason: 'A clash.' } });
    expect((await recruiter.graphql(RESCHEDULE, { input: { interviewId: movedFrom, ...newTime(new Date(Date.now() + 4 * DAY)) } })).body.data.rescheduleInterview.__typename).toBe('RescheduleInterviewSuccess');
    const old = await candidate.graphql(CANCEL, { input: { interviewId: movedFrom, reason: 'SCHEDULE_CONFLICT', message: 'I cannot make it after all.' } });
    expect(old.body.data.cancelInterview).toEqual({
      __typename: 'InvalidTransitionError',
      message: 'This interview has moved to a new time and can no longer be cancelled; act on the new one instead.',
    });
  });

  it('refuses to cancel an interview that has already started, and changes nothing', async () => {
    const interviewId = await startedInterview(5);
    const { body } = await candidate.graphql(CANCEL, { input: { interviewId, reason: 'SCHEDULE_CONFLICT', message: 'I cannot make it after all.' } });
    expect(body.data.cancelInterview.__typename).toBe('InvalidTransitionError');
    expect(body.data.cancelInterview.message).toMatch(/started/);
    const row = await server.db.prisma.interview.findUniqueOrThrow({ where: { id: dbId(interviewId) } });
    expect([row.status, row.version]).toEqual(['SCHEDULED', 0]);
  });

  it('does not let another agency\'s recruiter cancel, or even find, the interview', async () => {
    const interviewId = await scheduledInterview(new Date(Date.now() + 2 * DAY));
    const { body } = await otherRecruiter.graphql(CANCEL, { input: { interviewId, reason: 'POSITION_FILLED', message: 'The position has been filled.' } });
    expect(body.data.cancelInterview.__typename).toBe('NotFoundError');
    expect((await server.db.prisma.interview.findUniqueOrThrow({ where: { id: dbId(interviewId) } })).status).toBe('SCHEDULED');
  });
});

const RESCHEDULE = `mutation($input: RescheduleInterviewInput!) {
  rescheduleInterview(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { fieldErrors { field message } }
    ... on RescheduleInterviewSuccess { interview { id status proposal { id } } }
  }
}`;

/** An interview event's statuses as the history types them: the interview's, and no proposal status. */
const interviewMove = (from: string | null, to: string) => ({ fromInterviewStatus: from, toInterviewStatus: to, fromProposalStatus: null, toProposalStatus: null });

const HISTORY = `query($id: ID!) { node(id: $id) { ... on Proposal { history { action fromInterviewStatus toInterviewStatus fromProposalStatus toProposalStatus reasonText message } } } }`;

/** A new phone interview time one hour long, as the input of rescheduleInterview. */
const newTime = (startsAt: Date) => ({
  startsAt: startsAt.toISOString(),
  endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
  timeZone: 'Europe/Berlin',
  format: 'PHONE',
  location: '+49 30 1234567',
});

describe('no-shows and rescheduling', () => {
  it('refuses a no-show before start plus 15 minutes, and records it after', async () => {
    const early = await startedInterview(5);
    const refused = await recruiter.graphql(NO_SHOW, { input: { interviewId: early, party: 'CANDIDATE' } });
    expect(refused.body.data.recordNoShow.__typename).toBe('InvalidTransitionError');
    expect(refused.body.data.recordNoShow.message).toMatch(/A no-show can be recorded from/);

    const late = await startedInterview(20);
    const recorded = await recruiter.graphql(NO_SHOW, { input: { interviewId: late, party: 'CLIENT', note: 'The panel never joined the call; we waited 20 minutes.' } });
    expect(recorded.body.data.recordNoShow).toEqual({ __typename: 'RecordNoShowSuccess', interview: { status: 'NO_SHOW', noShowParty: 'CLIENT' } });
  });

  it('tells the candidate they were missed, and their recruiter, when the client\'s system records a candidate no-show', async () => {
    const interviewId = await startedInterview(20);
    const proposalId = (await server.db.prisma.interview.findUniqueOrThrow({ where: { id: dbId(interviewId) } })).proposalId;
    const partner = await createPartnerKey(server.db.prisma, refs.agencyId, ['PROPOSALS_READ', 'PROPOSALS_WRITE']);
    const { body } = await server.graphql(NO_SHOW, { input: { interviewId, party: 'CANDIDATE', note: 'Waited 20 minutes in the call; no answer by phone.' } }, partner);
    expect(body.data.recordNoShow).toEqual({ __typename: 'RecordNoShowSuccess', interview: { status: 'NO_SHOW', noShowParty: 'CANDIDATE' } });

    const sam = await server.db.prisma.candidateProfile.findUniqueOrThrow({ where: { id: refs.candidateId } });
    const told = await server.db.prisma.notification.findMany({ where: { proposalId }, select: { userId: true, title: true, body: true } });
    expect(told).toHaveLength(2);
    expect(told.find((n) => n.userId === sam.userId)?.body).toMatch(/^We missed you at .+; your recruiter will be in touch\. If that is not what happened, you can contest it on the interview's page\.$/);
    expect(told.find((n) => n.userId === refs.recruiterId)?.title).toBe('No-show recorded: Sam Okafor');
  });

  it('moves an interview to a new time as a new interview linked to the old one, which then needs rescheduling', async () => {
    const interviewId = await scheduledInterview(new Date(Date.now() + 2 * DAY));
    const startsAt = new Date(Date.now() + 4 * DAY);
    const { body } = await recruiter.graphql(
      `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { __typename ... on Error { message }
        ... on RescheduleInterviewSuccess { interview { id status startsAt rescheduledFrom { id status } } } } }`,
      { input: { interviewId, ...newTime(startsAt), reason: 'The hiring manager is travelling that week.' } },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const moved = body.data.rescheduleInterview.interview;
    expect(moved.status).toBe('SCHEDULED');
    expect(moved.startsAt).toBe(startsAt.toISOString());
    expect(moved.rescheduledFrom).toEqual({ id: interviewId, status: 'NEEDS_RESCHEDULING' });
  });

  it('refuses to move a scheduled interview nobody asked to move without a reason, and changes nothing', async () => {
    const interviewId = await scheduledInterview(new Date(Date.now() + 2 * DAY));
    const before = await server.db.prisma.interview.findUniqueOrThrow({ where: { id: dbId(interviewId) }, include: { _count: { select: { activityEvents: true } } } });
    for (const reason of [undefined, '   ']) {
      const { body } = await recruiter.graphql(RESCHEDULE, { input: { interviewId, ...newTime(new Date(Date.now() + 4 * DAY)), reason } });
      expect(body.data.rescheduleInterview).toEqual({
        __typename: 'ValidationError',
        message: expect.any(String),
        fieldErrors: [{ field: 'reason', message: 'Say in a few words why a new time is needed.' }],
      });
    }
    const after = await server.db.prisma.interview.findUniqueOrThrow({ where: { id: dbId(interviewId) }, include: { _count: { select: { activityEvents: true } } } });
    expect([after.status, after.version, after._count.activityEvents]).toEqual(['SCHEDULED', before.version, before._count.activityEvents]);
    expect(await server.db.prisma.interview.count({ where: { proposalId: before.proposalId } })).toBe(1);
  });

  it('records why a scheduled interview moved, and the recruiter\'s message, in the history, and tells the candidate why', async () => {
    const interviewId = await scheduledInterview(new Date(Date.now() + 2 * DAY));
    const reason = 'The hiring manager is ill that day.';
    const message = 'Sorry for the change; the new slot is the earliest they can do.';
    const { body } = await recruiter.graphql(RESCHEDULE, { input: { interviewId, ...newTime(new Date(Date.now() + 4 * DAY)), reason: `  ${reason} `, message } });
    expect(body.data.rescheduleInterview.__typename).toBe('RescheduleInterviewSuccess');

    const history = await recruiter.graphql(HISTORY, { id: body.data.rescheduleInterview.interview.proposal.id });
    const moves = history.body.data.node.history.filter((e: any) => e.action.startsWith('interview.resched'));
    expect(moves).toEqual([
      { action: 'interview.reschedule_requested', ...interviewMove('SCHEDULED', 'NEEDS_RESCHEDULING'), reasonText: reason, message },
      { action: 'interview.rescheduled', ...interviewMove(null, 'SCHEDULED'), reasonText: null, message: null },
    ]);
    const notifications = await candidate.graphql('{ notifications(first: 1) { edges { node { title body } } } }');
    expect(notifications.body.data.notifications.edges[0].node.body).toMatch(new RegExp(`, now .+\\. Reason: ${reason} ${message}$`));
  });

  it('needs no reason to answer the candidate\'s request for a new time, and records the request only once', async () => {
    const interviewId = await scheduledInterview(new Date(Date.now() + 2 * DAY));
    const asked = await candidate.graphql(`mutation($input: RequestRescheduleInput!) { requestReschedule(input: $input) { __typename } }`, {
      input: { interviewId, reason: 'I have a medical appointment then.' },
    });
    expect(asked.body.data.requestReschedule.__typename).toBe('RequestRescheduleSuccess');

    const { body } = await recruiter.graphql(RESCHEDULE, { input: { interviewId, ...newTime(new Date(Date.now() + 4 * DAY)) } });
    expect(body.data.rescheduleInterview.__typename).toBe('RescheduleInterviewSuccess');
    const history = await recruiter.graphql(HISTORY, { id: body.data.rescheduleInterview.interview.proposal.id });
    expect(history.body.data.node.history.filter((e: any) => e.action.startsWith('interview.resched'))).toEqual([
      { action: 'interview.reschedule_requested', ...interviewMove('SCHEDULED', 'NEEDS_RESCHEDULING'), reasonText: 'I have a medical appointment then.', message: null },
      { action: 'interview.rescheduled', ...interviewMove(null, 'SCHEDULED'), reasonText: null, message: null },
    ]);
  });

  it('does not put a new interview time on a proposal that was closed while the recruiter was rescheduling', async () => {
    const interviewId = await scheduledInterview(new Date(Date.now() + 2 * DAY));
    const old = await server.db.prisma.interview.findUniqueOrThrow({ where: { id: dbId(interviewId) } });
    const prisma = server.db.prisma;
    // The candidate is hired (the proposal closes, its interviews untouched) after the reschedule loaded the
    // interview and before its transaction: the proposal guard must lose the race cleanly.
    const racing = new Proxy(prisma, {
      get(target, key, receiver) {
        if (key !== '$transaction') return Reflect.get(target, key, receiver);
        return async (...args: any[]) => {
          await target.proposal.update({ where: { id: old.proposalId }, data: { status: 'HIRED', version: { increment: 1 } } });
          return (target.$transaction as any)(...args);
        };
      },
    });
    const viewer = { kind: 'user' as const, userId: refs.recruiterId, agencyId: refs.agencyId, role: 'RECRUITER' as const, sessionId: 'test', candidateProfileId: null };
    const startsAt = new Date(Date.now() + 4 * DAY);
    await expect(
      rescheduleInterview({ prisma: racing, viewer }, {
        interviewId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + HOUR),
        timeZone: 'Europe/Berlin',
        format: 'VIDEO',
        location: 'https://meet.example.com/late',
        reason: 'The hiring manager is travelling that week.',
      }),
    ).rejects.toThrow(/Someone else changed this proposal a moment ago; it is now a hire/);
    expect(await prisma.interview.count({ where: { proposalId: old.proposalId } })).toBe(1);
    expect((await prisma.interview.findUniqueOrThrow({ where: { id: old.id } })).status).toBe('SCHEDULED');
  });

  it('lists the candidate\'s upcoming interviews soonest first', async () => {
    const { body } = await candidate.graphql('{ myInterviews(first: 50) { totalCount edges { node { startsAt status } } } past: myInterviews(first: 1, when: PAST) { totalCount } }');
    const starts = body.data.myInterviews.edges.map((e: any) => e.node.startsAt);
    expect(starts.length).toBeGreaterThan(0);
    expect(body.data.myInterviews.totalCount).toBe(starts.length);
    const ended = await server.db.prisma.interview.count({ where: { proposal: { candidateId: refs.candidateId }, endsAt: { lt: new Date() } } });
    expect(ended).toBeGreaterThan(0);
    expect(body.data.past.totalCount).toBe(ended);
    expect([...starts].sort()).toEqual(starts);
    expect(starts.every((s: string) => new Date(s).getTime() > Date.now() - DAY)).toBe(true);
  });
});

// Partners act on interviews (cancel, ask for a new time, complete, record a no-show) with PROPOSALS_WRITE; reading
// interviews takes PROPOSALS_READ. The answer shows the interview the key moved, as proposeMatch shows its proposal.
describe('a partner key holding PROPOSALS_WRITE without PROPOSALS_READ', () => {
  const ERRORS = '__typename ... on Error { message } ... on NotAllowedError { requiredScope }';
  const CANCEL_AS_PARTNER = `mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { ${ERRORS}
    ... on CancelInterviewSuccess { interview { id status cancellation { by } proposal { id status slots { id } } } } } }`;

  it('reads the interview it cancelled, completed or asked to move (and its proposal) in the answer, instead of FORBIDDEN with the change made', async () => {
    const key = await createPartnerKey(server.db.prisma, refs.agencyId, ['PROPOSALS_WRITE']);

    const toCancel = await scheduledInterview(new Date(Date.now() + 2 * DAY));
    const cancelled = await server.graphql(
      CANCEL_AS_PARTNER,
      { input: { interviewId: toCancel, reason: 'POSITION_CANCELLED', message: 'The client has cancelled the position, sorry.' } },
      key,
    );
    expect(cancelled.body.errors).toBeUndefined();
    const interview = cancelled.body.data.cancelInterview.interview;
    expect(interview).toMatchObject({ id: toCancel, status: 'CANCELLED', cancellation: { by: 'CLIENT' }, proposal: { status: 'INTERVIEWING' } });
    expect(interview.proposal.slots).toHaveLength(1);

    const toMove = await scheduledInterview(new Date(Date.now() + 3 * DAY));
    const asked = await server.graphql(
      `mutation($input: RequestRescheduleInput!) { requestReschedule(input: $input) { ${ERRORS}
        ... on RequestRescheduleSuccess { interview { id status rescheduleRequest { by reason } } } } }`,
      { input: { interviewId: toMove, reason: 'The hiring manager is travelling.' } },
      key,
    );
    expect(asked.body.errors).toBeUndefined();
    expect(asked.body.data.requestReschedule).toEqual({
      __typename: 'RequestRescheduleSuccess',
      interview: { id: toMove, status: 'NEEDS_RESCHEDULING', rescheduleRequest: { by: 'CLIENT', reason: 'The hiring manager is travelling.' } },
    });

    const started = await startedInterview(30);
    const completed = await server.graphql(
      `mutation($input: CompleteInterviewInput!) { completeInterview(input: $input) { ${ERRORS} ... on CompleteInterviewSuccess { interview { id status proposal { id } } } } }`,
      { input: { interviewId: started } },
      key,
    );
    expect(completed.body.errors).toBeUndefined();
    expect(completed.body.data.completeInterview.interview).toMatchObject({ id: started, status: 'COMPLETED', proposal: { id: expect.any(String) } });
  });

  it('still reads no interview elsewhere: node is null for it, and a key without PROPOSALS_WRITE is told which scope it lacks', async () => {
    const writer = await createPartnerKey(server.db.prisma, refs.agencyId, ['PROPOSALS_WRITE']);
    const interviewId = await scheduledInterview(new Date(Date.now() + 2 * DAY));
    const looked = await server.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: interviewId }, writer);
    expect(looked.body.errors).toBeUndefined();
    expect(looked.body.data).toEqual({ node: null });

    const reader = await createPartnerKey(server.db.prisma, refs.agencyId, ['PROPOSALS_READ']);
    const refused = await server.graphql(
      CANCEL_AS_PARTNER,
      { input: { interviewId, reason: 'POSITION_CANCELLED', message: 'The client has cancelled the position, sorry.' } },
      reader,
    );
    expect(refused.body.data.cancelInterview).toEqual({
      __typename: 'NotAllowedError',
      message: 'This API key needs the PROPOSALS_WRITE scope to use cancelInterview.',
      requiredScope: 'PROPOSALS_WRITE',
    });
    expect((await server.db.prisma.interview.findUniqueOrThrow({ where: { id: dbId(interviewId) } })).status).toBe('SCHEDULED');
  });
});

describe('the calendar invite', () => {
  it('serves the interview as an .ics in its own time zone with a stable UID, only to those who may see it', async () => {
    const interviewId = await scheduledInterview(new Date(Date.now() + 3 * DAY));
    const uuid = dbId(interviewId);
    const get = (browser: TestBrowser | null, id = interviewId) =>
      fetch(`${server.url}/interviews/${encodeURIComponent(id)}.ics`, { headers: browser?.cookie ? { cookie: browser.cookie } : {} });

    const response = await get(candidate);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await response.text();
    const uid = calendarEventUid(await server.db.prisma.interview.findUniqueOrThrow({ where: { id: uuid } }));
    expect(ics).toContain(`UID:${uid}\r\n`);
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Berlin:\d{8}T\d{6}\r\n/);
    expect(ics).toContain('SEQUENCE:0');

    // The same UID by bare id, with a higher SEQUENCE once the interview changed.
    await candidate.graphql(`mutation($input: RequestRescheduleInput!) { requestReschedule(input: $input) { __typename } }`, {
      input: { interviewId, reason: 'A clash with a medical appointment' },
    });
    const updated = await (await get(recruiter, uuid)).text();
    expect(updated).toContain(`UID:${uid}\r\n`);
    expect(updated).toContain('SEQUENCE:1');
    expect(updated).toContain('STATUS:TENTATIVE');

    expect((await get(otherRecruiter)).status).toBe(404);
    expect((await get(null)).status).toBe(404);
  });
  it('keeps a completed interview CONFIRMED in the calendar instead of showing it as cancelled', async () => {
    const interviewId = await startedInterview(60);
    await recruiter.graphql(`mutation($input: CompleteInterviewInput!) { completeInterview(input: $input) { __typename } }`, { input: { interviewId } });
    expect((await server.db.prisma.interview.findUniqueOrThrow({ where: { id: dbId(interviewId) } })).status).toBe('COMPLETED');
    const ics = await (await fetch(`${server.url}/interviews/${encodeURIComponent(interviewId)}.ics`, { headers: { cookie: recruiter.cookie! } })).text();
    expect(ics).toContain('STATUS:CONFIRMED');
  });
});

describe('scheduling another round', () => {
  it('lets the recruiter schedule a further interview for a proposal in interviews, and tells the candidate', async () => {
    const first = await scheduledInterview(new Date(Date.now() + 2 * DAY));
    const row = await server.db.prisma.interview.findUniqueOrThrow({ where: { id: dbId(first) } });
    const startsAt = new Date(Date.now() + 5 * DAY);
    const { body } = await recruiter.graphql(
      `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { __typename ... on Error { message }
        ... on ScheduleInterviewSuccess { interview { status format location proposal { status interviews { id } } } } } }`,
      {
        input: {
          proposalId: encodeGlobalID('Proposal', row.proposalId),
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
          timeZone: 'America/New_York',
          format: 'ONSITE',
          location: '1 Main St, New York',
        },
      },
    );
    expect(body.data.scheduleInterview.interview).toMatchObject({ status: 'SCHEDULED', format: 'ONSITE', proposal: { status: 'INTERVIEWING' } });
    expect(body.data.scheduleInterview.interview.proposal.interviews).toHaveLength(2);
    const notifications = await candidate.graphql('{ notifications(first: 1) { edges { node { title } } } }');
    expect(notifications.body.data.notifications.edges[0].node.title).toMatch(/^Interview scheduled: /);
  });
});

// Issue 12, point 4 (B8): the agency held to the candidate's standard. Short notice when scheduling or moving is
// warned about and recorded; a no-show needs start + grace and a note; the side held absent contests it once;
// the agency keeps a reliability record of its own.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterview, createPartnerKey, createProposal } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOTE = 'Waited 20 minutes in the video call; no answer by phone or e-mail.';

let server: TestServer;
let recruiter: TestBrowser;
let candidate: TestBrowser;
let otherRecruiter: TestBrowser;
let otherCandidate: TestBrowser;
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
  // Another candidate of the same agency, with a login: sees nothing of Sam's interviews.
  const other = await server.db.prisma.user.findFirstOrThrow({
    where: { agencyId: refs.agencyId, role: 'CANDIDATE', NOT: { email: 'candidate@shortlist.test' }, candidateProfile: { isNot: null } },
  });
  otherCandidate = server.browser();
  await otherCandidate.signIn(other.email);
});
afterAll(() => server.close());

async function proposalInInterviews() {
  const job = await server.db.prisma.job.findFirstOrThrow({
    where: { agencyId: refs.agencyId, status: 'OPEN', id: { notIn: [...usedJobs] }, proposals: { none: { candidateId: refs.candidateId } } },
    orderBy: { id: 'desc' },
  });
  usedJobs.add(job.id);
  return createProposal(server.db.prisma, { ...refs, jobId: job.id }, { status: 'INTERVIEWING' });
}

/** An interview of Sam's that started `minutesAgo` minutes ago (negative: starts in the future). */
async function interviewStarted(minutesAgo: number) {
  const proposal = await proposalInInterviews();
  const interview = await createInterview(server.db.prisma, proposal, new Date(Date.now() - minutesAgo * MINUTE));
  return { id: interview.id, gid: encodeGlobalID('Interview', interview.id), proposal };
}

const time = (startsAt: Date) => ({
  startsAt: startsAt.toISOString(),
  endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
  timeZone: 'Europe/Berlin',
  format: 'VIDEO',
  location: 'https://meet.example.com/short',
});

const SCHEDULE = `mutation($input: ScheduleInterviewInput!) {
  scheduleInterview(input: $input) {
    __typename
    ... on Error { message }
    ... on ShortNoticeError { noticeGivenMinutes lateNoticeMinutes }
    ... on ScheduleInterviewSuccess { interview { id status } }
  }
}`;
const RESCHEDULE = `mutation($input: RescheduleInterviewInput!) {
  rescheduleInterview(input: $input) {
    __typename
    ... on Error { message }
    ... on ShortNoticeError { noticeGivenMinutes lateNoticeMinutes }
    ... on RescheduleInterviewSuccess { interview { id status } }
  }
}`;
const NO_SHOW = `mutation($input: RecordNoShowInput!) {
  recordNoShow(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { fieldErrors { field message } }
    ... on RecordNoShowSuccess { interview { status noShowParty noShowNote noShowContest { note } } }
  }
}`;
const CONTEST = `mutation($input: ContestNoShowInput!) {
  contestNoShow(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { fieldErrors { field message } }
    ... on ContestNoShowSuccess { interview { status noShowParty noShowNote noShowContest { at note } } }
  }
}`;
const AGENCY_RELIABILITY = `{ me { agency { id reliability {
  lateNoticeMinutes interviews interviewsScheduled shortNoticeInterviews medianSchedulingNoticeHours
  cancellations lateCancellations medianCancellationNoticeHours noShows noShowsContested clientLateCancellations clientNoShows
} } } }`;

describe('short notice when the agency sets a time', () => {
  it('refuses a time 3 minutes ahead until the recruiter acknowledges it, then saves it and records the short notice', async () => {
    const proposal = await proposalInInterviews();
    const proposalId = encodeGlobalID('Proposal', proposal.id);
    const startsAt = new Date(Date.now() + 3 * MINUTE + 30_000);

    const warned = await recruiter.graphql(SCHEDULE, { input: { proposalId, ...time(startsAt) } });
    expect(warned.body.data.scheduleInterview).toMatchObject({ __typename: 'ShortNoticeError', lateNoticeMinutes: 24 * 60 });
    expect(warned.body.data.scheduleInterview.noticeGivenMinutes).toBeGreaterThanOrEqual(2);
    expect(warned.body.data.scheduleInterview.noticeGivenMinutes).toBeLessThanOrEqual(3);
    expect(warned.body.data.scheduleInterview.message).toMatch(/^This interview starts in [23] minutes: less than Northwind Talent's 24-hour notice/);
    expect(await server.db.prisma.interview.count({ where: { proposalId: proposal.id } })).toBe(0);

    const refusedAgain = await recruiter.graphql(SCHEDULE, { input: { proposalId, ...time(startsAt), acknowledgeShortNotice: false } });
    expect(refusedAgain.body.data.scheduleInterview.__typename).toBe('ShortNoticeError');

    const saved = await recruiter.graphql(SCHEDULE, { input: { proposalId, ...time(startsAt), acknowledgeShortNotice: true } });
    expect(saved.body.data.scheduleInterview).toMatchObject({ __typename: 'ScheduleInterviewSuccess', interview: { status: 'SCHEDULED' } });
    const event = await server.db.prisma.activityEvent.findFirstOrThrow({
      where: { interviewId: dbId(saved.body.data.scheduleInterview.interview.id), action: 'interview.scheduled' },
    });
    expect(event).toMatchObject({ isLate: true, actorParty: 'RECRUITER' });
    expect(event.noticeGivenMinutes).toBeLessThanOrEqual(3);
  });

  it('schedules a time three days ahead without a warning, recorded as within the policy', async () => {
    const proposal = await proposalInInterviews();
    const { body } = await recruiter.graphql(SCHEDULE, { input: { proposalId: encodeGlobalID('Proposal', proposal.id), ...time(new Date(Date.now() + 3 * DAY)) } });
    expect(body.data.scheduleInterview.__typename).toBe('ScheduleInterviewSuccess');
    const event = await server.db.prisma.activityEvent.findFirstOrThrow({ where: { interviewId: dbId(body.data.scheduleInterview.interview.id), action: 'interview.scheduled' } });
    expect(event.isLate).toBe(false);
    expect(event.noticeGivenMinutes).toBeGreaterThanOrEqual(3 * 24 * 60 - 1);
  });

  it("holds a move to the agency's own policy: a new time 2 hours ahead is short under a 4-hour policy, 5 hours is not", async () => {
    await server.db.prisma.cancellationPolicy.upsert({
      where: { agencyId: refs.agencyId },
      create: { agencyId: refs.agencyId, lateNoticeMinutes: 4 * 60 },
      update: { lateNoticeMinutes: 4 * 60 },
    });
    try {
      const first = await interviewStarted(-3 * DAY / MINUTE);
      const input = { interviewId: first.gid, ...time(new Date(Date.now() + 2 * HOUR)), reason: 'The interviewer is ill.' };
      const warned = await recruiter.graphql(RESCHEDULE, { input });
      expect(warned.body.data.rescheduleInterview).toMatchObject({ __typename: 'ShortNoticeError', lateNoticeMinutes: 240 });
      expect(warned.body.data.rescheduleInterview.message).toMatch(/less than Northwind Talent's 4-hour notice/);
      expect(await server.db.prisma.interview.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: 'SCHEDULED' });

      const moved = await recruiter.graphql(RESCHEDULE, { input: { ...input, acknowledgeShortNotice: true } });
      expect(moved.body.data.rescheduleInterview.__typename).toBe('RescheduleInterviewSuccess');
      const event = await server.db.prisma.activityEvent.findFirstOrThrow({ where: { interviewId: dbId(moved.body.data.rescheduleInterview.interview.id), action: 'interview.rescheduled' } });
      expect(event.isLate).toBe(true);

      const second = await interviewStarted(-3 * DAY / MINUTE);
      const fine = await recruiter.graphql(RESCHEDULE, { input: { interviewId: second.gid, ...time(new Date(Date.now() + 5 * HOUR)), reason: 'The interviewer is ill.' } });
      expect(fine.body.data.rescheduleInterview.__typename).toBe('RescheduleInterviewSuccess');
    } finally {
      await server.db.prisma.cancellationPolicy.update({ where: { agencyId: refs.agencyId }, data: { lateNoticeMinutes: 24 * 60 } });
    }
  });
});

describe('recording a no-show', () => {
  it('is refused before start plus 15 minutes with the time it can be recorded from, whoever is named', async () => {
    const early = await interviewStarted(14);
    const { body } = await recruiter.graphql(NO_SHOW, { input: { interviewId: early.gid, party: 'CANDIDATE', note: NOTE } });
    expect(body.data.recordNoShow.__typename).toBe('InvalidTransitionError');
    expect(body.data.recordNoShow.message).toMatch(/^A no-show can be recorded from .*15 minutes after the start/);
    expect((await server.db.prisma.interview.findUniqueOrThrow({ where: { id: early.id } })).status).toBe('SCHEDULED');
  });

  it('needs a note saying what the recorder saw; with one, the note stays on the interview and the history', async () => {
    const missed = await interviewStarted(16);
    for (const note of [undefined, '   ', 'absent']) {
      const { body } = await recruiter.graphql(NO_SHOW, { input: { interviewId: missed.gid, party: 'CANDIDATE', ...(note === undefined ? {} : { note }) } });
      expect(body.data.recordNoShow.__typename).toBe('ValidationError');
      expect(body.data.recordNoShow.fieldErrors).toEqual([{ field: 'note', message: expect.stringMatching(/note is required|at least 10 characters/) }]);
    }
    expect((await server.db.prisma.interview.findUniqueOrThrow({ where: { id: missed.id } })).status).toBe('SCHEDULED');

    const { body } = await recruiter.graphql(NO_SHOW, { input: { interviewId: missed.gid, party: 'CANDIDATE', note: `  ${NOTE}  ` } });
    expect(body.data.recordNoShow).toEqual({
      __typename: 'RecordNoShowSuccess',
      interview: { status: 'NO_SHOW', noShowParty: 'CANDIDATE', noShowNote: NOTE, noShowContest: null },
    });
    const event = await server.db.prisma.activityEvent.findFirstOrThrow({ where: { interviewId: missed.id, action: 'interview.no_show' } });
    expect(event).toMatchObject({ reason: 'CANDIDATE', message: NOTE });
  });
});

describe('contesting a no-show', () => {
  async function candidateNoShow() {
    const missed = await interviewStarted(30);
    const { body } = await recruiter.graphql(NO_SHOW, { input: { interviewId: missed.gid, party: 'CANDIDATE', note: NOTE } });
    expect(body.data.recordNoShow.__typename).toBe('RecordNoShowSuccess');
    return missed;
  }
  const account = 'I was in the call from 10:00; the link in the invite opened an empty room.';

  it('lets the candidate contest their no-show once: it stays on their record, marked contested, and the recruiter is told', async () => {
    const missed = await candidateNoShow();
    const reliability = `query($id: ID!) { candidate(id: $id) { reliability { noShows noShowsContested } } }`;
    const candidateGid = encodeGlobalID('Candidate', refs.candidateId);
    const before = (await recruiter.graphql(reliability, { id: candidateGid })).body.data.candidate.reliability;

    const { body } = await candidate.graphql(CONTEST, { input: { interviewId: missed.gid, note: account } });
    expect(body.data.contestNoShow).toMatchObject({
      __typename: 'ContestNoShowSuccess',
      interview: { status: 'NO_SHOW', noShowParty: 'CANDIDATE', noShowNote: NOTE, noShowContest: { note: account } },
    });

    const after = (await recruiter.graphql(reliability, { id: candidateGid })).body.data.candidate.reliability;
    expect(after).toEqual({ noShows: before.noShows, noShowsContested: before.noShowsContested + 1 });
    const told = await recruiter.graphql('{ notifications(first: 1) { edges { node { title body } } } }');
    expect(told.body.data.notifications.edges[0].node).toEqual({ title: 'No-show contested: Sam Okafor', body: expect.stringContaining(account) });
    // The recruiter reads the contest on the interview.
    const seen = await recruiter.graphql(`query($id: ID!) { node(id: $id) { ... on Interview { noShowContest { note } } } }`, { id: missed.gid });
    expect(seen.body.data.node.noShowContest).toEqual({ note: account });

    const again = await candidate.graphql(CONTEST, { input: { interviewId: missed.gid, note: 'And once more, for the record.' } });
    expect(again.body.data.contestNoShow.__typename).toBe('InvalidTransitionError');
    expect(again.body.data.contestNoShow.message).toBe('This no-show has already been contested; a no-show is contested once.');
    expect((await server.db.prisma.interview.findUniqueOrThrow({ where: { id: missed.id } })).noShowContestNote).toBe(account);
  });

  it('needs the account in words', async () => {
    const missed = await candidateNoShow();
    const { body } = await candidate.graphql(CONTEST, { input: { interviewId: missed.gid, note: ' ' } });
    expect(body.data.contestNoShow).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'note' }] });
  });

  it('is only for the side held absent: not the recruiter for a candidate no-show, not the candidate for a recruiter no-show', async () => {
    const missed = await candidateNoShow();
    const byRecruiter = await recruiter.graphql(CONTEST, { input: { interviewId: missed.gid, note: account } });
    expect(byRecruiter.body.data.contestNoShow).toEqual({ __typename: 'NotAllowedError', message: 'This no-show holds the candidate absent; only they can contest it.' });

    const recruiterMissed = await interviewStarted(30);
    const partner = await createPartnerKey(server.db.prisma, refs.agencyId, ['PROPOSALS_READ', 'PROPOSALS_WRITE']);
    const recorded = await server.graphql(NO_SHOW, { input: { interviewId: recruiterMissed.gid, party: 'RECRUITER', note: 'Our panel waited; the recruiter never joined to introduce.' } }, partner);
    expect(recorded.body.data.recordNoShow.__typename).toBe('RecordNoShowSuccess');
    const byCandidate = await candidate.graphql(CONTEST, { input: { interviewId: recruiterMissed.gid, note: account } });
    expect(byCandidate.body.data.contestNoShow.__typename).toBe('NotAllowedError');
    const byStaff = await recruiter.graphql(CONTEST, { input: { interviewId: recruiterMissed.gid, note: 'I was in the call; the client used an old link.' } });
    expect(byStaff.body.data.contestNoShow.__typename).toBe('ContestNoShowSuccess');
    expect(await server.db.prisma.interview.findUniqueOrThrow({ where: { id: missed.id } })).toMatchObject({ noShowContestedAt: null });
  });

  it('is not found for another agency and for another candidate, and not allowed to anonymous callers', async () => {
    const missed = await candidateNoShow();
    for (const browser of [otherRecruiter, otherCandidate]) {
      const { body } = await browser.graphql(CONTEST, { input: { interviewId: missed.gid, note: account } });
      expect(body.data.contestNoShow.__typename).toBe('NotFoundError');
    }
    const anonymous = await server.browser().graphql(CONTEST, { input: { interviewId: missed.gid, note: account } });
    expect(anonymous.body.data.contestNoShow).toEqual({ __typename: 'NotAllowedError', message: 'You are not allowed to see or do this.' });
    expect((await server.db.prisma.interview.findUniqueOrThrow({ where: { id: missed.id } })).noShowContestedAt).toBeNull();
  });
});

describe("the agency's reliability record", () => {
  it("counts a recruiter's late cancellation and a recruiter no-show, and both the candidate and the staff read it", async () => {
    const before = (await recruiter.graphql(AGENCY_RELIABILITY)).body.data.me.agency.reliability;

    const soon = await interviewStarted(-3 * HOUR / MINUTE);
    const cancelled = await recruiter.graphql(
      `mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { __typename } }`,
      { input: { interviewId: soon.gid, reason: 'INTERVIEWER_UNAVAILABLE', message: 'We are sorry: the interviewer is unavailable today.' } },
    );
    expect(cancelled.body.data.cancelInterview.__typename).toBe('CancelInterviewSuccess');
    const recruiterMissed = await interviewStarted(30);
    const partner = await createPartnerKey(server.db.prisma, refs.agencyId, ['PROPOSALS_READ', 'PROPOSALS_WRITE']);
    const recorded = await server.graphql(NO_SHOW, { input: { interviewId: recruiterMissed.gid, party: 'RECRUITER', note: 'The recruiter who was to introduce never joined.' } }, partner);
    expect(recorded.body.data.recordNoShow.__typename).toBe('RecordNoShowSuccess');
    // The candidate's own no-show is not the agency's.
    const samMissed = await interviewStarted(30);
    await recruiter.graphql(NO_SHOW, { input: { interviewId: samMissed.gid, party: 'CANDIDATE', note: NOTE } });

    const after = (await recruiter.graphql(AGENCY_RELIABILITY)).body.data.me.agency.reliability;
    expect(after).toMatchObject({
      lateNoticeMinutes: 24 * 60,
      interviews: before.interviews + 3,
      cancellations: before.cancellations + 1,
      lateCancellations: before.lateCancellations + 1,
      noShows: before.noShows + 1,
      noShowsContested: before.noShowsContested,
    });

    const bySam = await candidate.graphql(AGENCY_RELIABILITY);
    expect(bySam.body.errors).toBeUndefined();
    expect(bySam.body.data.me.agency.reliability).toEqual(after);
  });

  it("shows each agency only its own record, and none to partner keys", async () => {
    const northwind = (await recruiter.graphql(AGENCY_RELIABILITY)).body.data.me.agency;
    const other = (await otherRecruiter.graphql(AGENCY_RELIABILITY)).body.data.me.agency;
    expect(other.id).not.toBe(northwind.id);
    expect(other.reliability.interviews).toBe(await server.db.prisma.interview.count({ where: { agency: { users: { some: { email: 'recruiter@otheragency.test' } } } } }));

    const partner = await createPartnerKey(server.db.prisma, refs.agencyId, ['PROPOSALS_READ', 'JOBS_READ', 'CANDIDATES_READ']);
    const { body } = await server.graphql(`query($id: ID!) { node(id: $id) { ... on Agency { name reliability { noShows } } } }`, { id: northwind.id }, partner);
    expect(body.data?.node?.reliability ?? null).toBeNull();
  });
});

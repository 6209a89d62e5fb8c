import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterview, createPartnerKey, createProposal } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const TODAY = /* GraphQL */ `
  query Today($scope: TodayScope) {
    recruiterToday(scope: $scope) {
      items {
        key
        kind
        action
        dueAt
        candidateName
        jobTitle
        clientName
        recruiterName
        proposal { id status }
        interview { id status }
      }
      upcomingInterviews { id startsAt }
    }
  }`;

const COMPLETE = /* GraphQL */ `
  mutation($input: CompleteInterviewInput!) { completeInterview(input: $input) { __typename ... on Error { message } } }`;
const ACK_LATE = /* GraphQL */ `
  mutation($input: AcknowledgeLateCancellationInput!) {
    acknowledgeLateCancellation(input: $input) { __typename ... on Error { message } ... on AcknowledgeLateCancellationSuccess { interview { id status } } }
  }`;
const ACK_EXPIRED = /* GraphQL */ `
  mutation($input: AcknowledgeExpiredProposalInput!) {
    acknowledgeExpiredProposal(input: $input) { __typename ... on Error { message } ... on AcknowledgeExpiredProposalSuccess { proposal { id status } } }
  }`;

type Item = { key: string; kind: string; action: string; dueAt: string; recruiterName: string; proposal: { id: string }; interview: { id: string } | null };

let server: TestServer;
let demoRecruiter: TestBrowser;
let otherRecruiter: TestBrowser;
let candidate: TestBrowser;
/** A recruiter of Northwind with no proposals but the ones these tests make, so their Today is exactly those. */
let dana: TestBrowser;
let refs: { agencyId: string; recruiterId: string };
let danaName: string;
const made: Record<string, { proposalId: string; interviewId?: string }> = {};

async function items(browser: TestBrowser, scope: 'MINE' | 'AGENCY' = 'MINE'): Promise<Item[]> {
  const { body } = await browser.graphql(TODAY, { scope });
  expect(body.errors).toBeUndefined();
  return body.data.recruiterToday.items;
}

/** A proposal of Dana's for a fresh candidate of Northwind on one of its open jobs. */
async function danasProposal(overrides: Parameters<typeof createProposal>[2]) {
  const prisma = server.db.prisma;
  const job = await prisma.job.findFirstOrThrow({ where: { agencyId: refs.agencyId, status: 'OPEN' }, orderBy: { id: 'asc' } });
  const candidateProfile = await prisma.candidateProfile.findFirstOrThrow({
    where: { agencyId: refs.agencyId, proposals: { none: { jobId: job.id } } },
    skip: Object.keys(made).length,
    orderBy: { id: 'asc' },
  });
  return createProposal(prisma, { agencyId: refs.agencyId, jobId: job.id, candidateId: candidateProfile.id, recruiterId: refs.recruiterId }, overrides);
}

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ recruiter: demoRecruiter, otherRecruiter, candidate } = await signInDemoUsers(server));
  const prisma = server.db.prisma;
  const demo = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
  danaName = `Dana ${randomUUID().slice(0, 6)}`;
  const created = await prisma.user.create({
    data: { agencyId: demo.agencyId, email: `dana-${randomUUID()}@shortlist.test`, name: danaName, role: 'RECRUITER', passwordHash: demo.passwordHash },
  });
  refs = { agencyId: demo.agencyId, recruiterId: created.id };
  dana = server.browser();
  await dana.signIn(created.email);

  const now = Date.now();
  // One of each kind, made in an order unlike the one Today must show.
  const expired = await danasProposal({ status: 'EXPIRED', respondBy: new Date(now - 2 * DAY), closedAt: new Date(now - 2 * DAY) });
  made.PROPOSAL_EXPIRED = { proposalId: expired.id };
  const dueSoon = await danasProposal({ respondBy: new Date(now + 36 * HOUR) });
  made.ANSWER_DUE_SOON = { proposalId: dueSoon.id };
  const offered = await danasProposal({ status: 'OFFERED', offeredAt: new Date(now - 5 * DAY), respondedAt: new Date(now - 9 * DAY) });
  made.OFFER_AWAITING_ANSWER = { proposalId: offered.id };
  const lateCancelled = await danasProposal({ status: 'INTERVIEWING', respondedAt: new Date(now - 4 * DAY) });
  const cancelled = await createInterview(prisma, lateCancelled, new Date(now + 3 * HOUR));
  await prisma.interview.update({
    where: { id: cancelled.id },
    data: { status: 'CANCELLED', cancelledBy: 'CANDIDATE', cancelledAt: new Date(now - HOUR), isLateCancellation: true, noticeGivenMinutes: 240, cancellationReason: 'SCHEDULE_CONFLICT', cancellationMessage: 'So sorry, something came up at work.' },
  });
  made.LATE_CANCELLATION = { proposalId: lateCancelled.id, interviewId: cancelled.id };
  const accepted = await danasProposal({ status: 'ACCEPTED', respondedAt: new Date(now - 2 * HOUR) });
  made.INTERVIEW_TO_SCHEDULE = { proposalId: accepted.id };
  const expiring = await danasProposal({ respondBy: new Date(now + 5 * HOUR) });
  made.PROPOSAL_EXPIRING = { proposalId: expiring.id };
  const ended = await danasProposal({ status: 'INTERVIEWING', respondedAt: new Date(now - 3 * DAY) });
  const endedInterview = await createInterview(prisma, ended, new Date(now - 3 * HOUR));
  made.INTERVIEW_TO_MARK = { proposalId: ended.id, interviewId: endedInterview.id };
  const moving = await danasProposal({ status: 'INTERVIEWING', respondedAt: new Date(now - 3 * DAY) });
  const movingInterview = await createInterview(prisma, moving, new Date(now + 2 * DAY));
  await prisma.interview.update({ where: { id: movingInterview.id }, data: { status: 'NEEDS_RESCHEDULING', rescheduleRequestedBy: 'CANDIDATE', rescheduleReason: 'I am travelling that week.' } });
  made.RESCHEDULE_REQUESTED = { proposalId: moving.id, interviewId: movingInterview.id };
  const upcoming = await danasProposal({ status: 'INTERVIEWING', respondedAt: new Date(now - DAY) });
  made.UPCOMING = { proposalId: upcoming.id, interviewId: (await createInterview(prisma, upcoming, new Date(now + DAY))).id };
});
afterAll(() => server.close());

const idOf = (globalId: string) => decodeGlobalID(globalId).id;

describe("a recruiter's Today", () => {
  it('lists what needs the recruiter, most urgent first, each with its action and what it is about', async () => {
    const list = await items(dana);
    expect(list.map((item) => item.kind)).toEqual([
      'RESCHEDULE_REQUESTED',
      'INTERVIEW_TO_MARK',
      'PROPOSAL_EXPIRING',
      'INTERVIEW_TO_SCHEDULE',
      'LATE_CANCELLATION',
      'OFFER_AWAITING_ANSWER',
      'ANSWER_DUE_SOON',
      'PROPOSAL_EXPIRED',
    ]);
    expect(list.map((item) => item.action)).toEqual([
      'PICK_NEW_TIME',
      'MARK_INTERVIEW',
      'FOLLOW_UP',
      'SCHEDULE_INTERVIEW',
      'ACKNOWLEDGE',
      'FOLLOW_UP',
      'FOLLOW_UP',
      'ACKNOWLEDGE',
    ]);
    for (const item of list) {
      const expected = made[item.kind]!;
      expect(idOf(item.proposal.id)).toBe(expected.proposalId);
      expect(item.interview ? idOf(item.interview.id) : undefined).toBe(expected.interviewId);
      expect(item.recruiterName).toBe(danaName);
    }
    const mark = list.find((item) => item.kind === 'INTERVIEW_TO_MARK')!;
    expect(Date.now() - new Date(mark.dueAt).getTime()).toBeGreaterThan(2 * HOUR);
  });

  it('shows the next interviews coming up, soonest first', async () => {
    const { body } = await dana.graphql(TODAY, {});
    expect(body.data.recruiterToday.upcomingInterviews.map((i: { id: string }) => idOf(i.id))).toEqual([made.UPCOMING!.interviewId]);
  });

  it("another recruiter's items are not in mine, but are in the agency's", async () => {
    const mine = await items(demoRecruiter);
    expect(mine.some((item) => item.recruiterName === danaName)).toBe(false);
    const agency = await items(demoRecruiter, 'AGENCY');
    expect(agency.filter((item) => item.recruiterName === danaName)).toHaveLength(8);
  });

  it("the demo recruiter's own Today has at least four kinds of work", async () => {
    const kinds = new Set((await items(demoRecruiter)).map((item) => item.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(4);
  });

  it('an interview marked completed leaves the list', async () => {
    const interviewId = encodeGlobalID('Interview', made.INTERVIEW_TO_MARK!.interviewId!);
    const { body } = await dana.graphql(COMPLETE, { input: { interviewId } });
    expect(body.data.completeInterview.__typename).toBe('CompleteInterviewSuccess');
    expect((await items(dana)).map((item) => item.kind)).not.toContain('INTERVIEW_TO_MARK');
  });

  it('a late cancellation leaves the list once acknowledged, and a second acknowledgement is refused', async () => {
    const interviewId = encodeGlobalID('Interview', made.LATE_CANCELLATION!.interviewId!);
    const first = await dana.graphql(ACK_LATE, { input: { interviewId } });
    expect(first.body.data.acknowledgeLateCancellation).toEqual({ __typename: 'AcknowledgeLateCancellationSuccess', interview: { id: interviewId, status: 'CANCELLED' } });
    expect((await items(dana)).map((item) => item.kind)).not.toContain('LATE_CANCELLATION');
    const again = await demoRecruiter.graphql(ACK_LATE, { input: { interviewId } });
    expect(again.body.data.acknowledgeLateCancellation).toEqual({ __typename: 'InvalidTransitionError', message: 'This late cancellation was already acknowledged.' });
    const events = await server.db.prisma.activityEvent.count({ where: { interviewId: made.LATE_CANCELLATION!.interviewId, action: 'interview.late_cancellation_acknowledged' } });
    expect(events).toBe(1);
  });

  it("the acknowledgements are the staff's notes: in the recruiter's history of the proposal, not in the candidate's", async () => {
    const prisma = server.db.prisma;
    const sams = await prisma.proposal.findFirstOrThrow({ where: { candidate: { user: { email: 'candidate@shortlist.test' } } }, orderBy: { id: 'asc' } });
    await prisma.activityEvent.create({
      data: { agencyId: sams.agencyId, proposalId: sams.id, actorKind: 'USER', actorUserId: sams.recruiterId, actorParty: 'RECRUITER', action: 'proposal.expiry_acknowledged' },
    });
    const HISTORY = `query($id: ID!) { node(id: $id) { ... on Proposal { history { action } } } }`;
    const id = encodeGlobalID('Proposal', sams.id);
    const actions = async (browser: TestBrowser) => ((await browser.graphql(HISTORY, { id })).body.data.node.history as Array<{ action: string }>).map((e) => e.action);
    const asCandidate = await actions(candidate);
    expect(asCandidate.length).toBeGreaterThan(0);
    expect(asCandidate).not.toContain('proposal.expiry_acknowledged');
    expect(await actions(demoRecruiter)).toContain('proposal.expiry_acknowledged');
  });

  it('an expired proposal leaves the list once closed; a live one cannot be closed', async () => {
    const proposalId = encodeGlobalID('Proposal', made.PROPOSAL_EXPIRED!.proposalId);
    const { body } = await dana.graphql(ACK_EXPIRED, { input: { proposalId } });
    expect(body.data.acknowledgeExpiredProposal).toEqual({ __typename: 'AcknowledgeExpiredProposalSuccess', proposal: { id: proposalId, status: 'EXPIRED' } });
    expect((await items(dana)).map((item) => item.kind)).not.toContain('PROPOSAL_EXPIRED');
    const live = await dana.graphql(ACK_EXPIRED, { input: { proposalId: encodeGlobalID('Proposal', made.ANSWER_DUE_SOON!.proposalId) } });
    expect(live.body.data.acknowledgeExpiredProposal.__typename).toBe('InvalidTransitionError');
  });

  it('a reschedule request stays until a new time is picked', async () => {
    const before = await items(dana);
    expect(before[0]!.kind).toBe('RESCHEDULE_REQUESTED');
    const startsAt = new Date(Date.now() + 5 * DAY);
    const { body } = await dana.graphql(
      `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { __typename ... on Error { message } } }`,
      {
        input: {
          interviewId: before[0]!.interview!.id,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 45 * MINUTE).toISOString(),
          timeZone: 'Europe/Berlin',
          format: 'VIDEO',
          location: 'https://meet.example.com/new',
          acknowledgeShortNotice: true,
        },
      },
    );
    expect(body.data.rescheduleInterview.__typename).toBe('RescheduleInterviewSuccess');
    expect((await items(dana)).map((item) => item.kind)).not.toContain('RESCHEDULE_REQUESTED');
  });

  it('reads the list in the same number of statements however many items it has', async () => {
    // The list's own statements (the session's and background work's are not about proposals and interviews); the
    // fewest of three reads, so a background statement that happens to touch them does not count.
    const count = async () => {
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        server.queries.length = 0;
        await items(demoRecruiter, 'AGENCY');
        counts.push(server.queries.filter((sql) => /WITH scoped|"Proposal"|"Interview"/.test(sql)).length);
      }
      return Math.min(...counts);
    };
    const fewer = await count();
    expect(fewer).toBeLessThanOrEqual(4); // the items, their proposals, their interviews, the upcoming interviews
    await danasProposal({ status: 'ACCEPTED', respondedAt: new Date() });
    const ended = await danasProposal({ status: 'INTERVIEWING' });
    await createInterview(server.db.prisma, ended, new Date(Date.now() - 2 * HOUR));
    expect(await count()).toBe(fewer);
  });
});

describe('who may read Today and clear its items', () => {
  it('a candidate and a partner key are refused', async () => {
    const asCandidate = await candidate.graphql(TODAY, {});
    expect(asCandidate.body.data).toBeNull();
    expect(asCandidate.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const key = await createPartnerKey(server.db.prisma, refs.agencyId, ['PROPOSALS_READ', 'PROPOSALS_WRITE']);
    const asPartner = await server.graphql(TODAY, {}, key);
    expect(asPartner.body.data).toBeNull();
    expect(asPartner.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const signedOut = await server.graphql(TODAY, {});
    expect(signedOut.body.data).toBeNull();
  });

  it("another agency's recruiter never sees Northwind's items, even asking for the agency's", async () => {
    const theirs = await items(otherRecruiter, 'AGENCY');
    const northwindProposals = new Set(
      (await server.db.prisma.proposal.findMany({ where: { agencyId: refs.agencyId }, select: { id: true } })).map((p) => p.id),
    );
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.filter((item) => northwindProposals.has(idOf(item.proposal.id)))).toEqual([]);
  });

  it("nobody outside the agency's staff can acknowledge its late cancellations", async () => {
    const prisma = server.db.prisma;
    const proposal = await danasProposal({ status: 'INTERVIEWING' });
    const interview = await createInterview(prisma, proposal, new Date(Date.now() + HOUR));
    await prisma.interview.update({ where: { id: interview.id }, data: { status: 'CANCELLED', cancelledBy: 'CANDIDATE', cancelledAt: new Date(), isLateCancellation: true } });
    const input = { interviewId: encodeGlobalID('Interview', interview.id) };
    expect((await otherRecruiter.graphql(ACK_LATE, { input })).body.data.acknowledgeLateCancellation.__typename).toBe('NotFoundError');
    expect((await candidate.graphql(ACK_LATE, { input })).body.data.acknowledgeLateCancellation.__typename).toBe('NotAllowedError');
    const key = await createPartnerKey(prisma, refs.agencyId, ['PROPOSALS_WRITE']);
    expect((await server.graphql(ACK_LATE, { input }, key)).body.data.acknowledgeLateCancellation.__typename).toBe('NotAllowedError');
    expect(await prisma.activityEvent.count({ where: { interviewId: interview.id, action: 'interview.late_cancellation_acknowledged' } })).toBe(0);
    expect((await items(dana)).some((item) => item.interview && idOf(item.interview.id) === interview.id)).toBe(true);
  });
});

import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerKey } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let server: TestServer;
let recruiter: TestBrowser;
let candidate: TestBrowser;
let otherRecruiter: TestBrowser;
let sam: { id: string; agencyId: string };
const usedJobs = new Set<string>();
const dbId = (globalId: string) => decodeGlobalID(globalId).id;

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ recruiter, otherRecruiter, candidate } = await signInDemoUsers(server));
  const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' }, include: { candidateProfile: true } });
  sam = { id: user.candidateProfile!.id, agencyId: user.agencyId };
});
afterAll(() => server.close());

/** An open job of Sam's agency that Sam has no proposal for yet, different for every call. */
async function freshJob() {
  const job = await server.db.prisma.job.findFirstOrThrow({
    where: { agencyId: sam.agencyId, status: 'OPEN', id: { notIn: [...usedJobs] }, proposals: { none: { candidateId: sam.id } } },
    orderBy: { id: 'asc' },
  });
  usedJobs.add(job.id);
  return job;
}

/**
 * One accepted offer at a time: Sam's hire in an earlier test is set aside (as if withdrawn), so a test can hire him
 * again. The rule itself is tested in hire.test.ts.
 */
const setAsideSamsHires = () => server.db.prisma.proposal.updateMany({ where: { candidateId: sam.id, status: 'HIRED' }, data: { status: 'WITHDRAWN' } });

/** Refused by the mutation's role scopes: the typed NotAllowedError of its result union. */
function expectNotAllowed(body: any, field: string) {
  expect(body.errors).toBeUndefined();
  expect(body.data[field].__typename).toBe('NotAllowedError');
}

const slotAt = (startsAt: Date) => ({
  startsAt: startsAt.toISOString(),
  endsAt: new Date(startsAt.getTime() + 45 * 60 * 1000).toISOString(),
  timeZone: 'Europe/Berlin',
  format: 'VIDEO',
  location: 'https://meet.example.com/shortlist',
});

const PROPOSE = `mutation($input: ProposeMatchInput!) {
  proposeMatch(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { fieldErrors { field message } }
    ... on ProposeMatchSuccess { proposal { id status version slots { id startsAt } } }
  }
}`;

async function propose(slotStarts: Date[] = [new Date(Date.now() + 3 * DAY)], message = 'Your Go and Postgres work fits this team well.') {
  const job = await freshJob();
  const { body } = await recruiter.graphql(PROPOSE, {
    input: { jobId: encodeGlobalID('Job', job.id), candidateId: encodeGlobalID('Candidate', sam.id), message, slots: slotStarts.map(slotAt) },
  });
  expect(body.data?.proposeMatch?.__typename, JSON.stringify(body)).toBe('ProposeMatchSuccess');
  return { job, proposal: body.data.proposeMatch.proposal as { id: string; status: string; version: number; slots: Array<{ id: string; startsAt: string }> } };
}

const DECLINE = `mutation($input: DeclineProposalInput!) {
  declineProposal(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { fieldErrors { field message } }
    ... on InvalidTransitionError { currentStatus }
    ... on DeclineProposalSuccess { proposal { id status version decline { reason reasonLabel message isOpenToFutureRoles } } }
  }
}`;

const ACCEPT = `mutation($input: AcceptProposalInput!) {
  acceptProposal(input: $input) {
    __typename
    ... on Error { message }
    ... on InvalidTransitionError { currentStatus }
    ... on ValidationError { fieldErrors { field message } }
    ... on AcceptProposalSuccess { proposal { id status version interviews { id status startsAt } } }
  }
}`;

const HISTORY = `query($id: ID!) {
  node(id: $id) { ... on Proposal { status version history { action fromProposalStatus toProposalStatus fromInterviewStatus toInterviewStatus reason reasonLabel message actor { name party } } } }
}`;

describe('proposing, and answering a proposal', () => {
  it('shows the candidate a new proposal in myProposals, with the match explanation and the offered times', async () => {
    const { proposal } = await propose([new Date(Date.now() + 2 * DAY), new Date(Date.now() + 3 * DAY)]);
    const { body } = await candidate.graphql(`{
      myProposals(first: 50, status: PROPOSED) { edges { node { id status message recruiterName respondBy
        match { score forwardScore reverseScore isBlocked blockers { code message } categories { name side weight score evidence } }
        slots { id startsAt timeZone format } } } }
    }`);
    const mine = body.data.myProposals.edges.map((e: any) => e.node).find((n: any) => n.id === proposal.id);
    expect(mine).toBeDefined();
    expect(mine.status).toBe('PROPOSED');
    expect(mine.recruiterName).toBeTruthy();
    expect(mine.match.score).toBeGreaterThanOrEqual(0);
    expect(mine.match.categories.length).toBeGreaterThan(0);
    expect(mine.match.categories[0].evidence.length).toBeGreaterThan(0);
    // Each category says which side it scores, so the candidate's page can show "how the job meets your preferences".
    expect(new Set(mine.match.categories.map((c: { side: string }) => c.side))).toEqual(new Set(['forward', 'reverse']));
    expect(mine.slots).toHaveLength(2);
    expect(new Date(mine.respondBy).getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
  });

  it('refuses a decline without a reason with a validation error naming `reason`, then declines with a reason and message', async () => {
    const { proposal } = await propose();
    const withoutReason = await candidate.graphql(DECLINE, { input: { proposalId: proposal.id, message: 'Thanks, but not for me right now.' } });
    expect(withoutReason.body.data.declineProposal.__typename).toBe('ValidationError');
    expect(withoutReason.body.data.declineProposal.fieldErrors.map((e: any) => e.field)).toContain('reason');

    const message = 'Thank you for thinking of me; the commute would not work for me.';
    const declined = await candidate.graphql(DECLINE, {
      input: { proposalId: proposal.id, reason: 'LOCATION_OR_COMMUTE', message, isOpenToFutureRoles: true },
    });
    const result = declined.body.data.declineProposal;
    expect(result.__typename).toBe('DeclineProposalSuccess');
    expect(result.proposal.status).toBe('DECLINED');
    expect(result.proposal.decline).toEqual({ reason: 'LOCATION_OR_COMMUTE', reasonLabel: "The location or commute doesn't work for me", message, isOpenToFutureRoles: true });

    const history = await recruiter.graphql(HISTORY, { id: proposal.id });
    const events = history.body.data.node.history;
    expect(events.map((e: any) => e.action)).toEqual(['proposal.proposed', 'proposal.declined']);
    expect(events[1]).toMatchObject({ fromProposalStatus: 'PROPOSED', toProposalStatus: 'DECLINED', fromInterviewStatus: null, toInterviewStatus: null, reason: 'LOCATION_OR_COMMUTE', message, actor: { name: 'Sam Okafor', party: 'CANDIDATE' } });
  });

  it('lets exactly one of 50 concurrent accept and decline calls win; the rest are told it already changed', async () => {
    const { proposal } = await propose([new Date(Date.now() + 4 * DAY)]);
    const slotId = proposal.slots[0]!.id;
    const calls = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0
        ? candidate.graphql(ACCEPT, { input: { proposalId: proposal.id, slotId } }).then((r) => r.body.data.acceptProposal)
        : candidate
            .graphql(DECLINE, { input: { proposalId: proposal.id, reason: 'TIMING', message: 'The timing is not right for me.' } })
            .then((r) => r.body.data.declineProposal),
    );
    const results = await Promise.all(calls);
    const winners = results.filter((r) => r.__typename.endsWith('Success'));
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'InvalidTransitionError')).toHaveLength(49);

    const row = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: dbId(proposal.id) }, include: { activityEvents: true, interviews: true } });
    expect(row.version).toBe(proposal.version + 1);
    expect(row.activityEvents.filter((e) => e.fromStatus === 'PROPOSED')).toHaveLength(1);
    expect(row.interviews).toHaveLength(row.status === 'INTERVIEWING' ? 1 : 0);
  });

  it('lets only one of 10 recruiters proposing the same candidate for the same job at once succeed', async () => {
    const job = await freshJob();
    const input = {
      jobId: encodeGlobalID('Job', job.id),
      candidateId: encodeGlobalID('Candidate', sam.id),
      message: 'Your Go and Postgres work fits this team well.',
      slots: [slotAt(new Date(Date.now() + 3 * DAY))],
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => recruiter.graphql(PROPOSE, { input }).then((r) => r.body.data.proposeMatch)),
    );
    expect(results.filter((r) => r.__typename === 'ProposeMatchSuccess')).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'DuplicateProposalError').map((r) => r.message)).toEqual(
      Array(9).fill('Sam Okafor already has an open proposal for this job.'),
    );
    expect(await server.db.prisma.proposal.count({ where: { jobId: job.id, candidateId: sam.id } })).toBe(1);
  });

  it('tells the candidate to pick one of the offered times, whether the slot ID is malformed or from another proposal', async () => {
    const { proposal } = await propose([new Date(Date.now() + 3 * DAY)]);
    const other = await propose([new Date(Date.now() + 4 * DAY)]);
    for (const slotId of ['not-a-slot', other.proposal.slots[0]!.id]) {
      const { body } = await candidate.graphql(ACCEPT, { input: { proposalId: proposal.id, slotId } });
      expect(body.data.acceptProposal).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ field: 'slotId', message: 'Pick one of the times offered with this proposal.' }],
      });
    }
    const row = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: dbId(proposal.id) } });
    expect(row.status).toBe('PROPOSED');
  });

  it('turns an accepted slot into a scheduled interview and moves the proposal to INTERVIEWING, recording each step', async () => {
    const { proposal } = await propose([new Date(Date.now() + 5 * DAY), new Date(Date.now() + 6 * DAY)]);
    const picked = proposal.slots[1]!;
    const { body } = await candidate.graphql(ACCEPT, { input: { proposalId: proposal.id, slotId: picked.id } });
    const accepted = body.data.acceptProposal;
    expect(accepted.__typename).toBe('AcceptProposalSuccess');
    expect(accepted.proposal.status).toBe('INTERVIEWING');
    expect(accepted.proposal.interviews).toEqual([{ id: expect.any(String), status: 'SCHEDULED', startsAt: picked.startsAt }]);
    const history = await recruiter.graphql(HISTORY, { id: proposal.id });
    expect(history.body.data.node.history.map((e: any) => e.action)).toEqual([
      'proposal.proposed',
      'proposal.accepted',
      'interview.scheduled',
      'proposal.interviewing',
    ]);
  });

  it('refuses proposing with a respond-by more than 30 days away, and with no interview times', async () => {
    const job = await freshJob();
    const { body } = await recruiter.graphql(PROPOSE, {
      input: {
        jobId: encodeGlobalID('Job', job.id),
        candidateId: encodeGlobalID('Candidate', sam.id),
        message: 'A strong fit for your experience.',
        respondBy: new Date(Date.now() + 40 * DAY).toISOString(),
        slots: [],
      },
    });
    expect(body.data.proposeMatch.__typename).toBe('ValidationError');
    expect(body.data.proposeMatch.fieldErrors.map((e: any) => e.field).sort()).toEqual(['respondBy', 'slots']);
  });
});

describe('offers and the polite cascade', () => {
  it('returns the candidate\'s other open proposals with a prefilled message each when they accept an offer', async () => {
    const { proposal } = await propose([new Date(Date.now() + 2 * DAY)]);
    await candidate.graphql(ACCEPT, { input: { proposalId: proposal.id, slotId: proposal.slots[0]!.id } });
    const other = await propose();
    const offer = await recruiter.graphql(
      `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { __typename ... on MakeOfferSuccess { proposal { status offer { salary message } } } } }`,
      { input: { proposalId: proposal.id, message: 'We are delighted to offer you the role.', salary: 85000 } },
    );
    expect(offer.body.data.makeOffer.proposal).toEqual({ status: 'OFFERED', offer: { salary: 85000, message: 'We are delighted to offer you the role.' } });

    const { body } = await candidate.graphql(
      `mutation($input: AcceptOfferInput!) { acceptOffer(input: $input) { __typename ... on Error { message }
        ... on AcceptOfferSuccess { proposal { status } cascade { proposal { id status } action suggestedReason suggestedMessage } } } }`,
      { input: { proposalId: proposal.id } },
    );
    const result = body.data.acceptOffer;
    expect(result.__typename).toBe('AcceptOfferSuccess');
    expect(result.proposal.status).toBe('HIRED');
    const step = result.cascade.find((s: any) => s.proposal.id === other.proposal.id);
    expect(step).toMatchObject({ action: 'DECLINE', suggestedReason: 'ACCEPTED_ANOTHER_OFFER' });
    expect(step.suggestedMessage).toMatch(/accepted another offer/);
    expect(step.suggestedMessage).toMatch(/Sam Okafor$/);
    expect(result.cascade.every((s: any) => s.proposal.id !== proposal.id)).toBe(true);

    // The suggestion is accepted as it is by the mutation it names.
    const sent = await candidate.graphql(DECLINE, { input: { proposalId: other.proposal.id, reason: step.suggestedReason, message: step.suggestedMessage } });
    expect(sent.body.data.declineProposal.proposal.status).toBe('DECLINED');
  });
});

describe('closing a proposal', () => {
  it('cancels the candidate\'s interview when the recruiter withdraws the proposal, without counting it as late, and the candidate can no longer act on it', async () => {
    const { proposal } = await propose([new Date(Date.now() + 3 * HOUR)]);
    const accepted = await candidate.graphql(ACCEPT, { input: { proposalId: proposal.id, slotId: proposal.slots[0]!.id } });
    const interviewId = accepted.body.data.acceptProposal.proposal.interviews[0].id as string;
    const message = 'The client has filled this position; sorry to cancel your interview.';
    const { body } = await recruiter.graphql(
      `mutation($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { __typename ... on Error { message } } }`,
      { input: { proposalId: proposal.id, reason: 'POSITION_FILLED', message } },
    );
    expect(body.data.withdrawProposal.__typename).toBe('WithdrawProposalSuccess');

    const row = await server.db.prisma.interview.findUniqueOrThrow({ where: { id: dbId(interviewId) } });
    expect(row).toMatchObject({ status: 'CANCELLED', cancelledBy: 'RECRUITER', cancellationReason: 'POSITION_FILLED', cancellationMessage: message, isLateCancellation: false });
    expect(row.noticeGivenMinutes).toBeGreaterThan(170);
    const history = await recruiter.graphql(HISTORY, { id: proposal.id });
    expect(history.body.data.node.history.map((e: any) => e.action)).toContain('interview.cancelled');
    const mine = await candidate.graphql('{ myInterviews(first: 100) { edges { node { id status } } } }');
    expect(mine.body.data.myInterviews.edges.filter((e: any) => e.node.id === interviewId && e.node.status === 'SCHEDULED')).toEqual([]);

    const cancel = await candidate.graphql(
      `mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { __typename ... on Error { message } } }`,
      { input: { interviewId, reason: 'SCHEDULE_CONFLICT', message: 'I cannot make it after all.' } },
    );
    expect(cancel.body.data.cancelInterview.__typename).toBe('InvalidTransitionError');
  });
});

describe('who may act on a proposal', () => {
  it('hides a proposal from another agency\'s recruiter and changes nothing when they try to withdraw it', async () => {
    const { proposal } = await propose();
    const seen = await otherRecruiter.graphql(HISTORY, { id: proposal.id });
    expect(seen.body.data?.node ?? null).toBeNull();
    const { body } = await otherRecruiter.graphql(
      `mutation($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { __typename ... on Error { message } } }`,
      { input: { proposalId: proposal.id, reason: 'POSITION_FILLED', message: 'The position has now been filled.' } },
    );
    expect(body.data.withdrawProposal.__typename).toBe('NotFoundError');
    const row = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: dbId(proposal.id) } });
    expect([row.status, row.version]).toEqual(['PROPOSED', proposal.version]);
  });

  it('refuses a recruiter accepting or declining for the candidate, and the candidate proposing or rejecting', async () => {
    const { proposal } = await propose();
    const accept = await recruiter.graphql(ACCEPT, { input: { proposalId: proposal.id, slotId: proposal.slots[0]!.id } });
    expectNotAllowed(accept.body, 'acceptProposal');
    const reject = await candidate.graphql(
      `mutation($input: RejectCandidateInput!) { rejectCandidate(input: $input) { __typename ... on Error { message } } }`,
      { input: { proposalId: proposal.id, reason: 'SKILLS_GAP', message: 'Not moving forward this time.' } },
    );
    expectNotAllowed(reject.body, 'rejectCandidate');
    const job = await freshJob();
    const proposeAsCandidate = await candidate.graphql(PROPOSE, {
      input: { jobId: encodeGlobalID('Job', job.id), candidateId: encodeGlobalID('Candidate', sam.id), message: 'Proposing myself here.', slots: [slotAt(new Date(Date.now() + DAY))] },
    });
    expectNotAllowed(proposeAsCandidate.body, 'proposeMatch');
    const row = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: dbId(proposal.id) } });
    expect([row.status, row.version]).toEqual(['PROPOSED', proposal.version]);
  });

  it('refuses a recruiter declining an offer for the candidate, and an offer before any interview', async () => {
    const { proposal } = await propose();
    const { body } = await recruiter.graphql(
      `mutation($input: DeclineOfferInput!) { declineOffer(input: $input) { __typename ... on Error { message } } }`,
      { input: { proposalId: proposal.id, reason: 'TIMING', message: 'The timing is not right.' } },
    );
    expectNotAllowed(body, 'declineOffer');
    const offer = await recruiter.graphql(
      `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { __typename ... on Error { message } } }`,
      { input: { proposalId: proposal.id, message: 'An offer before any interview.' } },
    );
    expect(offer.body.data.makeOffer.__typename).toBe('InvalidTransitionError');
  });

  it('does not let another agency\'s recruiter propose one of this agency\'s candidates', async () => {
    const job = await freshJob();
    const { body } = await otherRecruiter.graphql(PROPOSE, {
      input: { jobId: encodeGlobalID('Job', job.id), candidateId: encodeGlobalID('Candidate', sam.id), message: 'Come work with us instead.', slots: [slotAt(new Date(Date.now() + DAY))] },
    });
    expect(body.data.proposeMatch.__typename).toBe('NotFoundError');
    expect(await server.db.prisma.proposal.count({ where: { jobId: job.id, candidateId: sam.id } })).toBe(0);
  });
});

describe("one candidate's proposals", () => {
  const PROPOSALS_OF = `query($candidateId: ID, $statuses: [ProposalStatus!]) {
    proposals(first: 100, filter: { candidateId: $candidateId, statuses: $statuses }) { totalCount edges { node { id status candidate { id } job { id } } } }
  }`;
  const idsOf = (body: any) => body.data.proposals.edges.map((e: any) => dbId(e.node.id));
  const samGid = () => encodeGlobalID('Candidate', sam.id);

  it("lists every proposal of the candidate for the recruiter's candidate page, newest first, and nobody else's", async () => {
    await propose();
    const { body } = await recruiter.graphql(PROPOSALS_OF, { candidateId: samGid() });
    expect(body.errors).toBeUndefined();
    const expected = await server.db.prisma.proposal.findMany({ where: { candidateId: sam.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } });
    expect(expected.length).toBeGreaterThan(1);
    expect(idsOf(body)).toEqual(expected.map((p) => p.id));
    expect(new Set(body.data.proposals.edges.map((e: any) => e.node.candidate.id))).toEqual(new Set([samGid()]));
  });

  it('combines the candidate with the effective statuses, and counts what the filter keeps', async () => {
    const { proposal } = await propose();
    await server.db.prisma.proposal.update({ where: { id: dbId(proposal.id) }, data: { respondBy: new Date(Date.now() - 60_000) } });
    const expired = await recruiter.graphql(PROPOSALS_OF, { candidateId: samGid(), statuses: ['EXPIRED'] });
    expect(idsOf(expired.body)).toContain(dbId(proposal.id));
    expect(expired.body.data.proposals.edges.every((e: any) => e.node.status === 'EXPIRED')).toBe(true);
    expect(expired.body.data.proposals.totalCount).toBe(expired.body.data.proposals.edges.length);
    const waiting = await recruiter.graphql(PROPOSALS_OF, { candidateId: samGid(), statuses: ['PROPOSED'] });
    expect(idsOf(waiting.body)).not.toContain(dbId(proposal.id));

    const either = await recruiter.graphql(PROPOSALS_OF, { candidateId: samGid(), statuses: ['PROPOSED', 'EXPIRED'] });
    expect(new Set(idsOf(either.body))).toEqual(new Set([...idsOf(expired.body), ...idsOf(waiting.body)]));
    expect(either.body.data.proposals.totalCount).toBe(expired.body.data.proposals.totalCount + waiting.body.data.proposals.totalCount);
  });

  it('still answers the deprecated single status, on proposals and on myProposals, as statuses with one value', async () => {
    // A closed proposal of Sam's (the demo seed has some): its stored status is its effective one.
    const closed = await server.db.prisma.proposal.findFirstOrThrow({ where: { candidateId: sam.id, status: { in: ['DECLINED', 'WITHDRAWN', 'REJECTED', 'HIRED'] } } });
    const query = `query($c: ID, $s: ProposalStatus) { proposals(first: 100, filter: { candidateId: $c, status: $s }) { edges { node { id } } } }`;
    const old = await recruiter.graphql(query, { c: samGid(), s: closed.status });
    const now = await recruiter.graphql(PROPOSALS_OF, { candidateId: samGid(), statuses: [closed.status] });
    expect(idsOf(old.body)).toContain(closed.id);
    expect(idsOf(old.body)).toEqual(idsOf(now.body));

    const mine = await candidate.graphql(`query($s: ProposalStatus!) { old: myProposals(first: 100, status: $s) { totalCount edges { node { id status } } }
      now: myProposals(first: 100, statuses: [$s]) { totalCount edges { node { id status } } } }`, { s: closed.status });
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data.old).toEqual(mine.body.data.now);
    expect(mine.body.data.old.edges.map((e: any) => e.node.id)).toContain(encodeGlobalID('Proposal', closed.id));
    expect(new Set(mine.body.data.old.edges.map((e: any) => e.node.status))).toEqual(new Set([closed.status]));
    expect(mine.body.data.old.totalCount).toBe(mine.body.data.old.edges.length);
  });

  it("keeps a client-limited partner key to its client's proposals of the candidate", async () => {
    const samProposals = await server.db.prisma.proposal.findMany({ where: { candidateId: sam.id }, select: { id: true, job: { select: { clientCompanyId: true } } } });
    const clientId = samProposals[0]!.job.clientCompanyId;
    const limited = await createPartnerKey(server.db.prisma, sam.agencyId, ['PROPOSALS_READ'], clientId);
    const { body } = await server.graphql(PROPOSALS_OF, { candidateId: samGid() }, limited);
    const ofClient = samProposals.filter((p) => p.job.clientCompanyId === clientId).map((p) => p.id);
    expect(idsOf(body).sort()).toEqual(ofClient.sort());
    expect(ofClient.length).toBeLessThan(samProposals.length);
  });

  it("shows another agency's recruiter none of the candidate's proposals, and answers an ID that is not a candidate's as not found", async () => {
    const other = await otherRecruiter.graphql(PROPOSALS_OF, { candidateId: samGid() });
    expect(other.body.data.proposals.edges).toEqual([]);
    const wrongType = await recruiter.graphql(PROPOSALS_OF, { candidateId: encodeGlobalID('Job', sam.id) });
    expect(wrongType.body.errors[0].message).toBe('No candidate with this ID.');
  });
});

// A partner's sync (issue 11): what changed since its last run, oldest change first, page by page.
describe('syncing proposals', () => {
  const SYNC = `query($since: DateTime!, $first: Int!, $after: String) {
    proposals(first: $first, after: $after, filter: { updatedSince: $since }, orderBy: { field: UPDATED_AT, direction: ASC }) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id status updatedAt } }
    }
  }`;
  /** Every page of the sync as `as` reads it, one proposal per page. */
  async function syncOnePerPage(as: (query: string, variables: Record<string, unknown>) => Promise<{ body: any }>, since: Date) {
    const nodes: Array<{ id: string; status: string; updatedAt: string }> = [];
    let after: string | null = null;
    for (let page = 0; page < 200; page++) {
      const { body } = await as(SYNC, { since: since.toISOString(), first: 1, after });
      expect(body.errors).toBeUndefined();
      nodes.push(...body.data.proposals.edges.map((e: any) => e.node));
      if (!body.data.proposals.pageInfo.hasNextPage) return { nodes, totalCount: body.data.proposals.totalCount as number };
      after = body.data.proposals.pageInfo.endCursor;
    }
    throw new Error('The sync never reached its last page.');
  }

  it('gives a partner the proposals changed since T, oldest change first (a decline after T in, an untouched one out), stable page by page', async () => {
    const [first, second, third] = [await propose(), await propose(), await propose()];
    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = new Date();
    const declineAs = (id: string) =>
      candidate.graphql(DECLINE, { input: { proposalId: id, reason: 'TIMING', message: 'The timing is not right for me.' } });
    // Changed in this order after T, which is not the order they were made in.
    for (const { proposal } of [second, third, first]) expect((await declineAs(proposal.id)).body.data.declineProposal.__typename).toBe('DeclineProposalSuccess');

    const partner = await createPartnerKey(server.db.prisma, sam.agencyId, ['PROPOSALS_READ']);
    const { nodes, totalCount } = await syncOnePerPage((query, variables) => server.graphql(query, variables, partner), since);
    const ids = nodes.map((n) => n.id);
    // Made before T and not changed since (the demo seed's, and the other tests').
    const untouched = await server.db.prisma.proposal.findMany({ where: { agencyId: sam.agencyId, updatedAt: { lt: since } }, select: { id: true } });
    expect(untouched.length).toBeGreaterThan(0);
    expect(ids.filter((id) => untouched.some((row) => row.id === dbId(id)))).toEqual([]);
    expect(ids.filter((id) => [first, second, third].some(({ proposal }) => proposal.id === id))).toEqual([second.proposal.id, third.proposal.id, first.proposal.id]);
    expect(nodes.every((n) => new Date(n.updatedAt) >= since)).toBe(true);
    const times = nodes.map((n) => new Date(n.updatedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    expect(totalCount).toBe(ids.length);

    // One page of everything reads the same as the pages one by one.
    const whole = await server.graphql(SYNC, { since: since.toISOString(), first: 100, after: null }, partner);
    expect(whole.body.data.proposals.edges.map((e: any) => e.node.id)).toEqual(ids);
  });

  it('sorts by when proposals were made, either way, and keeps the default newest first', async () => {
    const order = (direction: string) =>
      recruiter.graphql(`query($c: ID) { proposals(first: 100, filter: { candidateId: $c }, orderBy: { field: CREATED_AT, direction: ${direction} }) { edges { node { id } } } }`, {
        c: encodeGlobalID('Candidate', sam.id),
      });
    const asc = (await order('ASC')).body.data.proposals.edges.map((e: any) => dbId(e.node.id));
    const desc = (await order('DESC')).body.data.proposals.edges.map((e: any) => encodeGlobalID('Proposal', dbId(e.node.id)));
    const rows = await server.db.prisma.proposal.findMany({ where: { candidateId: sam.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true } });
    expect(rows.length).toBeGreaterThan(1);
    expect(asc).toEqual(rows.map((row) => row.id));
    expect(desc).toEqual([...asc].reverse().map((id) => encodeGlobalID('Proposal', id)));
    const byDefault = await recruiter.graphql(`query($c: ID) { proposals(first: 100, filter: { candidateId: $c }) { edges { node { id } } } }`, { c: encodeGlobalID('Candidate', sam.id) });
    expect(byDefault.body.data.proposals.edges.map((e: any) => e.node.id)).toEqual(desc);
  });
});

describe('one connection of proposals', () => {
  it("pages a job's proposals, the agency's and the candidate's own through ProposalConnection, each counting its own list", async () => {
    // A job of Sam's with its newest proposal (proposing afresh would use up one of the demo's few open jobs).
    const { jobId } = await server.db.prisma.proposal.findFirstOrThrow({ where: { candidateId: sam.id }, select: { jobId: true } });
    const job = { id: jobId };
    const newest = await server.db.prisma.proposal.findFirstOrThrow({ where: { jobId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } });
    const proposal = { id: encodeGlobalID('Proposal', newest.id) };
    const asStaff = await recruiter.graphql(
      `query($job: ID!) { node(id: $job) { ... on Job { proposals(first: 1) { __typename totalCount edges { __typename node { id } } } } }
        proposals(first: 1, filter: { jobId: $job }) { __typename totalCount edges { __typename node { id } } } }`,
      { job: encodeGlobalID('Job', job.id) },
    );
    expect(asStaff.body.errors).toBeUndefined();
    const expected = { __typename: 'ProposalConnection', totalCount: await server.db.prisma.proposal.count({ where: { jobId: job.id } }), edges: [{ __typename: 'ProposalEdge', node: { id: proposal.id } }] };
    expect(asStaff.body.data.node.proposals).toEqual(expected);
    expect(asStaff.body.data.proposals).toEqual(expected);

    const mine = await candidate.graphql('{ myProposals(first: 1) { __typename totalCount edges { __typename } } }');
    expect(mine.body.data.myProposals).toMatchObject({ __typename: 'ProposalConnection', totalCount: await server.db.prisma.proposal.count({ where: { candidateId: sam.id } }) });
  });
});

describe('interview slots as nodes', () => {
  const SLOT = `query($id: ID!) { node(id: $id) { __typename id ... on InterviewSlot { startsAt timeZone isTaken proposal { id } } } }`;

  it("resolves a slot's global ID for the proposal's recruiter, its candidate and a key with PROPOSALS_READ, and for nobody of another agency", async () => {
    const { proposal } = await propose([new Date(Date.now() + 3 * DAY)]);
    const slot = proposal.slots[0]!;
    const expected = { __typename: 'InterviewSlot', id: slot.id, startsAt: slot.startsAt, timeZone: 'Europe/Berlin', isTaken: false, proposal: { id: proposal.id } };
    for (const reader of [recruiter, candidate]) {
      const { body } = await reader.graphql(SLOT, { id: slot.id });
      expect(body.data.node).toEqual(expected);
    }
    const partner = await createPartnerKey(server.db.prisma, sam.agencyId, ['PROPOSALS_READ']);
    expect((await server.graphql(SLOT, { id: slot.id }, partner)).body.data.node).toEqual(expected);

    const otherAgency = await server.db.prisma.agency.findFirstOrThrow({ where: { id: { not: sam.agencyId } } });
    const foreignKey = await createPartnerKey(server.db.prisma, otherAgency.id, ['PROPOSALS_READ']);
    const writeOnly = await createPartnerKey(server.db.prisma, sam.agencyId, ['PROPOSALS_WRITE']);
    for (const hidden of [await otherRecruiter.graphql(SLOT, { id: slot.id }), await server.graphql(SLOT, { id: slot.id }, foreignKey), await server.graphql(SLOT, { id: slot.id }, writeOnly)]) {
      expect(hidden.body.errors).toBeUndefined();
      expect(hidden.body.data.node).toBeNull();
    }
    const both = await recruiter.graphql(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: [slot.id, proposal.id] });
    expect(both.body.data.nodes).toEqual([{ __typename: 'InterviewSlot', id: slot.id }, { __typename: 'Proposal', id: proposal.id }]);
  });
});

describe('recording a hire', () => {
  const RECORD_HIRE = `mutation($input: RecordHireInput!) {
    recordHire(input: $input) {
      __typename
      ... on Error { message }
      ... on InvalidTransitionError { currentStatus }
      ... on RecordHireSuccess { proposal { id status closedAt version } }
    }
  }`;
  const ACCEPT_OFFER = `mutation($input: AcceptOfferInput!) { acceptOffer(input: $input) { __typename ... on Error { message } } }`;

  /** A proposal Sam accepted, interviewed for, and got an offer on. */
  async function offered() {
    await setAsideSamsHires();
    const { job, proposal } = await propose([new Date(Date.now() + 2 * DAY)]);
    await candidate.graphql(ACCEPT, { input: { proposalId: proposal.id, slotId: proposal.slots[0]!.id } });
    const offer = await recruiter.graphql(
      `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { __typename ... on MakeOfferSuccess { proposal { status version } } } }`,
      { input: { proposalId: proposal.id, message: 'We are delighted to offer you the role.', salary: 85000 } },
    );
    expect(offer.body.data.makeOffer.proposal.status).toBe('OFFERED');
    return { job, proposal: { id: proposal.id, version: offer.body.data.makeOffer.proposal.version as number } };
  }

  it('lets the recruiter record that the candidate accepted: HIRED and closed, in the history as the recruiter, and the candidate is told', async () => {
    const { job, proposal } = await offered();
    const openBefore = await server.db.prisma.proposal.count({ where: { candidateId: sam.id, status: { in: ['PROPOSED', 'ACCEPTED', 'INTERVIEWING', 'OFFERED'] } } });
    const { body } = await recruiter.graphql(RECORD_HIRE, { input: { proposalId: proposal.id } });
    expect(body.data.recordHire).toMatchObject({ __typename: 'RecordHireSuccess', proposal: { id: proposal.id, status: 'HIRED', version: proposal.version + 1 } });
    expect(body.data.recordHire.proposal.closedAt).not.toBeNull();

    const row = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: dbId(proposal.id) } });
    expect(row.hiredAt).not.toBeNull();
    expect(row.closedAt).toEqual(row.hiredAt);

    const history = await recruiter.graphql(HISTORY, { id: proposal.id });
    expect(history.body.data.node.history.at(-1)).toMatchObject({ action: 'proposal.hired', fromProposalStatus: 'OFFERED', toProposalStatus: 'HIRED', actor: { party: 'RECRUITER' } });

    const event = await server.db.prisma.activityEvent.findFirstOrThrow({ where: { proposalId: dbId(proposal.id), action: 'proposal.hired' }, include: { notifications: { include: { user: true } } } });
    expect(event.notifications.map((n) => [n.user.email, n.title])).toEqual([['candidate@shortlist.test', `Offer accepted: ${job.title} at ${(await server.db.prisma.clientCompany.findUniqueOrThrow({ where: { id: job.clientCompanyId } })).name}`]]);
    // No cascade: the candidate's other open proposals are theirs to close.
    expect(await server.db.prisma.proposal.count({ where: { candidateId: sam.id, status: { in: ['PROPOSED', 'ACCEPTED', 'INTERVIEWING', 'OFFERED'] } } })).toBe(openBefore - 1);
  });

  it('refuses recording a hire before an offer, the candidate recording it for themself, and a read-only partner key', async () => {
    const { proposal } = await propose([new Date(Date.now() + 2 * DAY)]);
    await candidate.graphql(ACCEPT, { input: { proposalId: proposal.id, slotId: proposal.slots[0]!.id } });
    const early = await recruiter.graphql(RECORD_HIRE, { input: { proposalId: proposal.id } });
    expect(early.body.data.recordHire).toEqual({
      __typename: 'InvalidTransitionError',
      message: 'A proposal that is in interviews cannot be recorded as a hire.',
      currentStatus: 'INTERVIEWING',
    });

    const { proposal: withOffer } = await offered();
    expectNotAllowed((await candidate.graphql(RECORD_HIRE, { input: { proposalId: withOffer.id } })).body, 'recordHire');
    const readOnly = await createPartnerKey(server.db.prisma, sam.agencyId, ['PROPOSALS_READ']);
    expectNotAllowed((await server.graphql(RECORD_HIRE, { input: { proposalId: withOffer.id } }, readOnly)).body, 'recordHire');
    const other = await otherRecruiter.graphql(RECORD_HIRE, { input: { proposalId: withOffer.id } });
    expect(other.body.data.recordHire.__typename).toBe('NotFoundError');
    const row = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: dbId(withOffer.id) } });
    expect([row.status, row.version, row.hiredAt]).toEqual(['OFFERED', withOffer.version, null]);
  });

  it("lets the client's partner key with proposals:write record the hire, telling both the candidate and the recruiter", async () => {
    const { job, proposal } = await offered();
    const clientKey = await createPartnerKey(server.db.prisma, sam.agencyId, ['PROPOSALS_READ', 'PROPOSALS_WRITE'], job.clientCompanyId);
    const { body } = await server.graphql(RECORD_HIRE, { input: { proposalId: proposal.id } }, clientKey);
    expect(body.data.recordHire.__typename).toBe('RecordHireSuccess');
    const event = await server.db.prisma.activityEvent.findFirstOrThrow({ where: { proposalId: dbId(proposal.id), action: 'proposal.hired' }, include: { notifications: { include: { user: true } } } });
    expect(event).toMatchObject({ actorParty: 'CLIENT', actorKind: 'API_KEY' });
    expect(event.notifications.map((n) => n.user.email).sort()).toEqual(['candidate@shortlist.test', 'recruiter@shortlist.test']);
  });

  it('lets exactly one of the recruiter recording the hire and the candidate accepting the offer at once win', async () => {
    const { proposal } = await offered();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2 === 0
          ? recruiter.graphql(RECORD_HIRE, { input: { proposalId: proposal.id } }).then((r) => r.body.data.recordHire)
          : candidate.graphql(ACCEPT_OFFER, { input: { proposalId: proposal.id } }).then((r) => r.body.data.acceptOffer),
      ),
    );
    expect(results.filter((r) => r.__typename.endsWith('Success'))).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'InvalidTransitionError')).toHaveLength(9);
    const row = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: dbId(proposal.id) }, include: { activityEvents: { where: { action: 'proposal.hired' } } } });
    expect([row.status, row.version, row.activityEvents.length]).toEqual(['HIRED', proposal.version + 1, 1]);
  });
});

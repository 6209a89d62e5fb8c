import { summarizeReliability, effectiveProposalStatus } from '@shortlist/domain/interviews';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCandidateProfile, createClientCompany, createInterview, createJob, createPartnerKey, createProposal } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

const RELIABILITY = /* GraphQL */ `
  query Reliability($id: ID!) {
    candidate(id: $id) {
      fullName
      reliability { proposalsAnswered proposalsExpired responseRate medianResponseHours cancellations lateCancellations medianNoticeHours noShows noShowsContested }
    }
  }`;

let server: TestServer;
let recruiter: TestBrowser;
let otherRecruiter: TestBrowser;
let candidate: TestBrowser;
let northwindId: string;
let recruiterId: string;
let companyId: string;
let samId: string;

beforeAll(async () => {
  server = await startTestServer('demo');
  const { prisma } = server.db;
  const user = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
  northwindId = user.agencyId;
  recruiterId = user.id;
  companyId = (await createClientCompany(prisma, northwindId)).id;
  samId = (await prisma.candidateProfile.findFirstOrThrow({ where: { user: { email: 'candidate@shortlist.test' } } })).id;
  ({ recruiter, otherRecruiter, candidate } = await signInDemoUsers(server));
});
afterAll(() => server.close());

/** A proposal of `candidateId` for a job of its own, made `daysAgo` days ago. */
async function proposalOf(candidateId: string, daysAgo: number, overrides: Parameters<typeof createProposal>[2] = {}) {
  const { prisma } = server.db;
  const job = await createJob(prisma, northwindId, companyId);
  const createdAt = new Date(Date.now() - daysAgo * DAY);
  return createProposal(prisma, { agencyId: northwindId, jobId: job.id, candidateId, recruiterId }, { createdAt, ...overrides });
}

async function interviewOf(proposal: { id: string; agencyId: string }, data: Parameters<TestServer['db']['prisma']['interview']['update']>[0]['data']) {
  const interview = await createInterview(server.db.prisma, proposal, new Date(Date.now() - 2 * DAY));
  await server.db.prisma.interview.update({ where: { id: interview.id }, data });
}

describe("a candidate's reliability", () => {
  it("counts the candidate's answers, a lapsed proposal as expired, and their own cancellations and no-shows, not the recruiter's", async () => {
    const jordan = await createCandidateProfile(server.db.prisma, northwindId);
    const answeredIn = (hours: number, daysAgo: number) => ({ respondedAt: new Date(Date.now() - daysAgo * DAY + hours * HOUR) });

    const accepted = await proposalOf(jordan.id, 20, { status: 'INTERVIEWING', ...answeredIn(4, 20) });
    await interviewOf(accepted, { status: 'CANCELLED', cancelledBy: 'CANDIDATE', cancelledAt: new Date(), noticeGivenMinutes: 120, isLateCancellation: true });
    await proposalOf(jordan.id, 19, { status: 'DECLINED', ...answeredIn(10, 19) });
    // Never answered: PROPOSED in the database, but its respond-by has passed.
    await proposalOf(jordan.id, 18, { status: 'PROPOSED', respondBy: new Date(Date.now() - DAY) });
    // Still waiting for an answer: counts neither way.
    await proposalOf(jordan.id, 1, { status: 'PROPOSED' });
    const second = await proposalOf(jordan.id, 17, { status: 'INTERVIEWING', ...answeredIn(6, 17) });
    await interviewOf(second, { status: 'NO_SHOW', noShowParty: 'CANDIDATE' });
    await interviewOf(second, { status: 'CANCELLED', cancelledBy: 'RECRUITER', cancelledAt: new Date(), noticeGivenMinutes: 30, isLateCancellation: true });
    await interviewOf(second, { status: 'CANCELLED', cancelledBy: 'CANDIDATE', cancelledAt: new Date(), noticeGivenMinutes: 48 * 60, isLateCancellation: false });
    await interviewOf(second, { status: 'NO_SHOW', noShowParty: 'CLIENT' });

    const { body } = await recruiter.graphql(RELIABILITY, { id: gid('Candidate', jordan.id) });
    expect(body.errors).toBeUndefined();
    expect(body.data.candidate.reliability).toEqual({
      proposalsAnswered: 3,
      proposalsExpired: 1,
      responseRate: 0.75,
      medianResponseHours: 6,
      cancellations: 2,
      lateCancellations: 1,
      medianNoticeHours: 25,
      noShows: 1,
      noShowsContested: 0,
    });
  });

  it('gives a candidate with no history zeros, and no rates rather than made-up ones', async () => {
    const fresh = await createCandidateProfile(server.db.prisma, northwindId);
    const { body } = await recruiter.graphql(RELIABILITY, { id: gid('Candidate', fresh.id) });
    expect(body.data.candidate.reliability).toEqual({
      proposalsAnswered: 0,
      proposalsExpired: 0,
      responseRate: null,
      medianResponseHours: null,
      cancellations: 0,
      lateCancellations: 0,
      medianNoticeHours: null,
      noShows: 0,
      noShowsContested: 0,
    });
  });

  it('shows the candidate their own record, the same as their recruiter and the admin see', async () => {
    const admin = server.browser();
    await admin.signIn('admin@shortlist.test');
    const own = await candidate.graphql(RELIABILITY, { id: gid('Candidate', samId) });
    const byRecruiter = await recruiter.graphql(RELIABILITY, { id: gid('Candidate', samId) });
    const byAdmin = await admin.graphql(RELIABILITY, { id: gid('Candidate', samId) });
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data.candidate.reliability).toEqual(byRecruiter.body.data.candidate.reliability);
    expect(byAdmin.body.data.candidate.reliability).toEqual(byRecruiter.body.data.candidate.reliability);

    const proposals = await server.db.prisma.proposal.findMany({ where: { candidateId: samId }, include: { interviews: true } });
    const now = new Date();
    expect(own.body.data.candidate.reliability).toEqual(
      summarizeReliability({
        proposals: proposals.map((p) => ({ ...p, status: effectiveProposalStatus(p, now) })),
        interviews: proposals.flatMap((p) => p.interviews),
      }),
    );
  });

  it('hides it from a partner key, even one with candidates:read, and from another agency', async () => {
    const partner = await createPartnerKey(server.db.prisma, northwindId, ['CANDIDATES_READ', 'PROPOSALS_READ']);
    const { body } = await server.graphql(RELIABILITY, { id: gid('Candidate', samId) }, partner);
    expect(body.data.candidate).toEqual({ fullName: 'Sam Okafor', reliability: null });
    expect(body.errors.map((e: any) => [e.message, e.path])).toEqual([['You are not allowed to see or do this.', ['candidate', 'reliability']]]);
    // Data and errors only: extensions.cost rides on every response.
    const other = (await otherRecruiter.graphql(RELIABILITY, { id: gid('Candidate', samId) })).body;
    expect({ data: other.data, errors: other.errors }).toEqual({ data: { candidate: null }, errors: undefined });
  });
});

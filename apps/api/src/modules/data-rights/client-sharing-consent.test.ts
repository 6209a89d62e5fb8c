import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerKey } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

const ACCEPT = /* GraphQL */ `
  mutation Accept($input: AcceptProposalInput!) {
    acceptProposal(input: $input) {
      __typename
      ... on AcceptProposalSuccess { proposal { status clientSharingConsent { isGiven givenAt withdrawnAt } } }
      ... on Error { message }
    }
  }`;
const SET = /* GraphQL */ `
  mutation Set($input: SetClientSharingConsentInput!) {
    setClientSharingConsent(input: $input) {
      __typename
      ... on SetClientSharingConsentSuccess { proposal { clientSharingConsent { isGiven givenAt withdrawnAt } } }
      ... on Error { message }
    }
  }`;
const AS_CLIENT = /* GraphQL */ `
  query AsClient($candidateId: ID!, $proposalId: ID!) {
    candidate(id: $candidateId) { fullName email }
    proposal: node(id: $proposalId) { ... on Proposal { status candidate { fullName } } }
    candidates(first: 100) { edges { node { id } } }
  }`;

let server: TestServer;
let candidate: TestBrowser;
let recruiter: TestBrowser;
let otherRecruiter: TestBrowser;
let clientKey: Record<string, string>;
let proposalId: string;
let slotId: string;
let samId: string;

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ candidate, recruiter, otherRecruiter } = await signInDemoUsers(server));
  const { prisma } = server.db;
  const sam = await prisma.candidateProfile.findFirstOrThrow({ where: { user: { email: 'candidate@shortlist.test' } } });
  samId = sam.id;
  // A fresh proposal of Sam's for a job of a client Sam has no other proposal with, with a time to pick.
  const otherClientsJob = await prisma.job.findFirstOrThrow({
    where: { agencyId: sam.agencyId, status: 'OPEN', clientCompany: { jobs: { none: { proposals: { some: { candidateId: sam.id } } } } } },
  });
  const recruiterUser = await prisma.user.findFirstOrThrow({ where: { email: 'recruiter@shortlist.test' } });
  const proposal = await prisma.proposal.create({
    data: {
      agencyId: sam.agencyId,
      jobId: otherClientsJob.id,
      candidateId: sam.id,
      recruiterId: recruiterUser.id,
      message: 'A role we think suits you.',
      respondBy: new Date(Date.now() + 7 * 86_400_000),
      matchScore: 70,
      matchForwardScore: 70,
      matchReverseScore: 70,
      matchSnapshot: { score: 70, forwardScore: 70, reverseScore: 70, isBlocked: false, blockers: [], categories: [] },
      slots: { create: { startsAt: new Date(Date.now() + 3 * 86_400_000), endsAt: new Date(Date.now() + 3 * 86_400_000 + 2_700_000), timeZone: 'UTC', format: 'VIDEO' } },
    },
    include: { slots: true },
  });
  proposalId = proposal.id;
  slotId = proposal.slots[0]!.id;
  clientKey = await createPartnerKey(prisma, sam.agencyId, ['CANDIDATES_READ', 'PROPOSALS_READ'], otherClientsJob.clientCompanyId);
});
afterAll(() => server.close());

const readAsClient = async () => {
  const { body } = await server.graphql(AS_CLIENT, { candidateId: gid('Candidate', samId), proposalId: gid('Proposal', proposalId) }, clientKey);
  return body;
};

describe("sharing a candidate's profile with the job's client", () => {
  it("the client's key reads nothing of a candidate who has not consented, and no error says they exist", async () => {
    const body = await readAsClient();
    expect(body.errors).toBeUndefined();
    expect(body.data.candidate).toBeNull();
    expect(body.data.proposal).toEqual({ status: 'PROPOSED', candidate: null });
    expect(body.data.candidates.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(gid('Candidate', samId));
    expect(JSON.stringify(body)).not.toContain('Sam Okafor');
  });

  it('accepting with the box ticked shares the profile with the client, who then reads it', async () => {
    const { body } = await candidate.graphql(ACCEPT, {
      input: { proposalId: gid('Proposal', proposalId), slotId: gid('InterviewSlot', slotId), shareProfileWithClient: true },
    });
    expect(body.data.acceptProposal.proposal).toMatchObject({ status: 'INTERVIEWING', clientSharingConsent: { isGiven: true, withdrawnAt: null } });
    const read = await readAsClient();
    expect(read.data.candidate).toMatchObject({ fullName: 'Sam Okafor' });
    expect(read.data.proposal.candidate).toEqual({ fullName: 'Sam Okafor' });
    expect(read.data.candidates.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(gid('Candidate', samId));
  });

  it("each request in which a partner key read the candidate leaves one line in the candidate's access log; staff reads leave none", async () => {
    const accesses = () => server.db.prisma.partnerDataAccess.findMany({ where: { candidateId: samId }, orderBy: { accessedAt: 'asc' } });
    const before = (await accesses()).length;
    await readAsClient(); // reads Sam three times over: candidate, the proposal's candidate and the list
    const after = await accesses();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ operation: 'AsClient', candidateId: samId });
    await recruiter.graphql(AS_CLIENT, { candidateId: gid('Candidate', samId), proposalId: gid('Proposal', proposalId) });
    expect(await accesses()).toHaveLength(before + 1);
  });

  it('withdrawing the consent hides the profile from the client at once; giving it again shows it', async () => {
    const withdrawn = await candidate.graphql(SET, { input: { proposalId: gid('Proposal', proposalId), isGiven: false } });
    expect(withdrawn.body.data.setClientSharingConsent.proposal.clientSharingConsent).toMatchObject({ isGiven: false });
    expect(withdrawn.body.data.setClientSharingConsent.proposal.clientSharingConsent.withdrawnAt).not.toBeNull();
    const logged = await server.db.prisma.partnerDataAccess.count({ where: { candidateId: samId } });
    const hidden = await readAsClient();
    expect(await server.db.prisma.partnerDataAccess.count({ where: { candidateId: samId } })).toBe(logged);
    expect(hidden.data.candidate).toBeNull();
    expect(hidden.data.proposal.candidate).toBeNull();
    expect(hidden.errors).toBeUndefined();
    const change = await server.db.prisma.changeLogEntry.findFirst({ where: { entityId: proposalId, kind: 'proposal.sharing_changed' }, orderBy: { position: 'desc' } });
    expect(change?.data).toEqual({ isSharedWithClient: false });

    const again = await candidate.graphql(SET, { input: { proposalId: gid('Proposal', proposalId), isGiven: true } });
    expect(again.body.data.setClientSharingConsent.proposal.clientSharingConsent).toMatchObject({ isGiven: true, withdrawnAt: null });
    expect((await readAsClient()).data.candidate).toMatchObject({ fullName: 'Sam Okafor' });
  });

  it("only the proposal's candidate may give or withdraw it: not its recruiter, another agency, another candidate or a partner key", async () => {
    const before = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    const input = { proposalId: gid('Proposal', proposalId), isGiven: false };
    expect((await recruiter.graphql(SET, { input })).body.data.setClientSharingConsent.__typename).toBe('NotAllowedError');
    expect((await otherRecruiter.graphql(SET, { input })).body.data.setClientSharingConsent.__typename).toBe('NotAllowedError');
    const other = await server.db.prisma.user.findFirstOrThrow({ where: { role: 'CANDIDATE', email: { not: 'candidate@shortlist.test' }, candidateProfile: { isNot: null } } });
    await server.db.prisma.user.update({ where: { id: other.id }, data: { passwordHash: (await server.db.prisma.user.findFirstOrThrow({ where: { email: 'candidate@shortlist.test' } })).passwordHash } });
    const otherCandidate = server.browser();
    await otherCandidate.signIn(other.email);
    expect((await otherCandidate.graphql(SET, { input })).body.data.setClientSharingConsent.__typename).toBe('NotFoundError');
    const writer = await createPartnerKey(server.db.prisma, before.agencyId, ['PROPOSALS_WRITE', 'PROPOSALS_READ', 'CANDIDATES_READ']);
    expect((await server.graphql(SET, { input }, writer)).body.data.setClientSharingConsent.__typename).toBe('NotAllowedError');
    expect(await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } })).toEqual(before);
  });
});

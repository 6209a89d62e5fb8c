// Partners propose (issue 11, acceptance 4): a key with PROPOSALS_WRITE proposes for its agency (its client's jobs
// only, when limited) on behalf of a recruiter it names or of its creator; the history and the change log name the
// key; a key without the scope is told which one it lacks. A repeated proposal answers with the open one.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerKey } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const DAY = 24 * 60 * 60 * 1000;

let server: TestServer;
let recruiter: TestBrowser;
let candidate: TestBrowser;
let sam: { id: string; agencyId: string };
let otherAgencyId: string;
const usedJobs = new Set<string>();
const dbId = (globalId: string) => decodeGlobalID(globalId).id;

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ recruiter, candidate } = await signInDemoUsers(server));
  const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' }, include: { candidateProfile: true } });
  sam = { id: user.candidateProfile!.id, agencyId: user.agencyId };
  otherAgencyId = (await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@otheragency.test' } })).agencyId;
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

const PROPOSE = `mutation($input: ProposeMatchInput!) {
  proposeMatch(input: $input) {
    __typename
    ... on Error { message }
    ... on NotAllowedError { requiredScope }
    ... on ValidationError { fieldErrors { field message } }
    ... on DuplicateProposalError { proposal { id status } }
    ... on ProposeMatchSuccess { proposal { id status recruiterName history { action actor { name party kind } } } }
  }
}`;

const inputFor = (jobId: string, extra: Record<string, unknown> = {}) => ({
  jobId: encodeGlobalID('Job', jobId),
  candidateId: encodeGlobalID('Candidate', sam.id),
  message: 'Your Go and Postgres work fits this team well.',
  slots: [
    {
      startsAt: new Date(Date.now() + 3 * DAY).toISOString(),
      endsAt: new Date(Date.now() + 3 * DAY + 45 * 60 * 1000).toISOString(),
      timeZone: 'Europe/Berlin',
      format: 'VIDEO',
      location: 'https://meet.example.com/shortlist',
    },
  ],
  ...extra,
});

/** A partner key and its row (the factory answers the header only; the prefix names the row). */
async function partnerKey(scopes: Parameters<typeof createPartnerKey>[2], clientCompanyId: string | null = null, agencyId = sam.agencyId) {
  const headers = await createPartnerKey(server.db.prisma, agencyId, scopes, clientCompanyId);
  const prefix = headers.authorization.split('_')[2]!;
  const row = await server.db.prisma.apiKey.findFirstOrThrow({ where: { prefix } });
  return { headers, row };
}

const proposalCount = (jobId: string) => server.db.prisma.proposal.count({ where: { jobId, candidateId: sam.id } });

describe('a partner key proposing a match', () => {
  it("proposes with PROPOSALS_WRITE for the key's creator: the history and the change log name the key, and the recruiter is told", async () => {
    const job = await freshJob();
    const key = await partnerKey(['PROPOSALS_WRITE', 'PROPOSALS_READ']);
    const { body } = await server.graphql(PROPOSE, { input: inputFor(job.id) }, key.headers);
    const result = body.data.proposeMatch;
    expect(result.__typename, JSON.stringify(body)).toBe('ProposeMatchSuccess');
    expect(result.proposal.status).toBe('PROPOSED');
    expect(result.proposal.history).toEqual([{ action: 'proposal.proposed', actor: { name: key.row.name, party: 'RECRUITER', kind: 'API_KEY' } }]);
    // The agency's staff read the key's name; the candidate reads "Partner system".
    const HISTORY = 'query($id: ID!) { node(id: $id) { ... on Proposal { history { actor { name kind } } } } }';
    expect((await recruiter.graphql(HISTORY, { id: result.proposal.id })).body.data.node.history[0].actor).toEqual({ name: key.row.name, kind: 'API_KEY' });
    expect((await candidate.graphql(HISTORY, { id: result.proposal.id })).body.data.node.history[0].actor).toEqual({ name: 'Partner system', kind: 'API_KEY' });

    const proposalId = dbId(result.proposal.id);
    const row = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(row.recruiterId).toBe(key.row.createdById);
    const event = await server.db.prisma.activityEvent.findFirstOrThrow({ where: { proposalId }, include: { notifications: { include: { user: true } } } });
    expect(event).toMatchObject({ actorKind: 'API_KEY', actorApiKeyId: key.row.id, actorUserId: null, actorParty: 'RECRUITER' });
    const creator = await server.db.prisma.user.findUniqueOrThrow({ where: { id: key.row.createdById } });
    expect(event.notifications.map((n) => n.user.email).sort()).toEqual(['candidate@shortlist.test', creator.email].sort());
    const change = await server.db.prisma.changeLogEntry.findFirstOrThrow({ where: { entityId: proposalId, kind: 'proposal.proposed' } });
    expect(change).toMatchObject({ actorApiKeyId: key.row.id, actorUserId: null });
  });

  it('without a respond-by, gives the candidate until 17:00 on their own clock a week from now (B13)', async () => {
    const job = await freshJob();
    const key = await partnerKey(['PROPOSALS_WRITE', 'PROPOSALS_READ']);
    const before = Date.now();
    const { body } = await server.graphql(PROPOSE, { input: inputFor(job.id) }, key.headers);
    expect(body.data.proposeMatch.__typename, JSON.stringify(body)).toBe('ProposeMatchSuccess');
    const { respondBy } = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: dbId(body.data.proposeMatch.proposal.id) } });
    const inBerlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(respondBy);
    expect(inBerlin).toBe('17:00');
    expect(respondBy.getTime()).toBeGreaterThan(before + 6 * DAY);
    expect(respondBy.getTime()).toBeLessThan(before + 8 * DAY);
  });

  it('proposes on behalf of a recruiter it names, who becomes the proposal’s recruiter', async () => {
    const job = await freshJob();
    const key = await partnerKey(['PROPOSALS_WRITE', 'PROPOSALS_READ']);
    const named = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
    const { body } = await server.graphql(PROPOSE, { input: inputFor(job.id, { onBehalfOfRecruiterId: encodeGlobalID('User', named.id) }) }, key.headers);
    expect(body.data.proposeMatch.__typename, JSON.stringify(body)).toBe('ProposeMatchSuccess');
    const row = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: dbId(body.data.proposeMatch.proposal.id) } });
    expect(row.recruiterId).toBe(named.id);
  });

  it('answers a key holding PROPOSALS_WRITE alone with the proposal it made, and with the open one when repeated', async () => {
    const job = await freshJob();
    const key = await partnerKey(['PROPOSALS_WRITE']);
    const SMALL = `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { __typename
      ... on ProposeMatchSuccess { proposal { id status } } ... on DuplicateProposalError { proposal { id } } } }`;
    const { body } = await server.graphql(SMALL, { input: inputFor(job.id) }, key.headers);
    expect(body.errors).toBeUndefined();
    expect(body.data.proposeMatch).toMatchObject({ __typename: 'ProposeMatchSuccess', proposal: { status: 'PROPOSED' } });
    const again = await server.graphql(SMALL, { input: inputFor(job.id) }, key.headers);
    expect(again.body.data.proposeMatch).toEqual({ __typename: 'DuplicateProposalError', proposal: { id: body.data.proposeMatch.proposal.id } });
    // Reading it elsewhere still takes PROPOSALS_READ.
    const node = await server.graphql('query($id: ID!) { node(id: $id) { id } }', { id: body.data.proposeMatch.proposal.id }, key.headers);
    expect(node.body.data.node).toBeNull();
  });

  it("answers a key holding PROPOSALS_WRITE alone with the proposal it moved on (rejectCandidate), not FORBIDDEN with the change made", async () => {
    const job = await freshJob();
    const key = await partnerKey(['PROPOSALS_WRITE']);
    const proposed = await server.graphql(
      `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { ... on ProposeMatchSuccess { proposal { id } } } }`,
      { input: inputFor(job.id) },
      key.headers,
    );
    const proposalId = proposed.body.data.proposeMatch.proposal.id as string;
    // The candidate accepted (through the app); the client now says no through its system.
    await server.db.prisma.proposal.update({ where: { id: dbId(proposalId) }, data: { status: 'ACCEPTED' } });
    const { body } = await server.graphql(
      `mutation($input: RejectCandidateInput!) { rejectCandidate(input: $input) { __typename ... on RejectCandidateSuccess { proposal { id status } } } }`,
      { input: { proposalId, reason: 'POSITION_FILLED', message: 'The client filled the position internally, thank you for your time.' } },
      key.headers,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.rejectCandidate).toEqual({ __typename: 'RejectCandidateSuccess', proposal: { id: proposalId, status: 'REJECTED' } });
  });

  it('refuses naming a recruiter of another agency, a candidate or a made-up ID, alike, and proposes nothing', async () => {
    const job = await freshJob();
    const key = await partnerKey(['PROPOSALS_WRITE']);
    const others = await Promise.all([
      server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@otheragency.test' } }).then((u) => encodeGlobalID('User', u.id)),
      server.db.prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' } }).then((u) => encodeGlobalID('User', u.id)),
      encodeGlobalID('User', '00000000-0000-4000-8000-000000000000'),
      'not-an-id',
    ]);
    for (const onBehalfOfRecruiterId of others) {
      const { body } = await server.graphql(PROPOSE, { input: inputFor(job.id, { onBehalfOfRecruiterId }) }, key.headers);
      expect(body.data.proposeMatch).toEqual({
        __typename: 'ValidationError',
        message: 'No recruiter or admin of your agency has this ID.',
        fieldErrors: [{ field: 'onBehalfOfRecruiterId', message: 'No recruiter or admin of your agency has this ID.' }],
      });
    }
    expect(await proposalCount(job.id)).toBe(0);
  });

  it('tells a JOBS_READ key which scope it lacks, and proposes nothing', async () => {
    const job = await freshJob();
    const key = await partnerKey(['JOBS_READ', 'CANDIDATES_READ', 'PROPOSALS_READ']);
    const { body } = await server.graphql(PROPOSE, { input: inputFor(job.id) }, key.headers);
    expect(body.errors).toBeUndefined();
    expect(body.data.proposeMatch).toEqual({
      __typename: 'NotAllowedError',
      message: 'This API key needs the PROPOSALS_WRITE scope to use proposeMatch.',
      requiredScope: 'PROPOSALS_WRITE',
    });
    expect(await proposalCount(job.id)).toBe(0);
  });

  it("keeps a client-limited key to its client's jobs", async () => {
    const job = await freshJob();
    const otherClient = await server.db.prisma.clientCompany.findFirstOrThrow({ where: { agencyId: sam.agencyId, id: { not: job.clientCompanyId } } });
    const limitedElsewhere = await partnerKey(['PROPOSALS_WRITE'], otherClient.id);
    const refused = await server.graphql(PROPOSE, { input: inputFor(job.id) }, limitedElsewhere.headers);
    expect(refused.body.data.proposeMatch).toMatchObject({ __typename: 'NotFoundError', message: 'No job with this ID.' });
    expect(await proposalCount(job.id)).toBe(0);

    const ownClient = await partnerKey(['PROPOSALS_WRITE', 'PROPOSALS_READ'], job.clientCompanyId);
    const accepted = await server.graphql(PROPOSE, { input: inputFor(job.id) }, ownClient.headers);
    expect(accepted.body.data.proposeMatch.__typename).toBe('ProposeMatchSuccess');
  });

  it("cannot reach another agency's jobs or candidates", async () => {
    const job = await freshJob();
    const foreignKey = await partnerKey(['PROPOSALS_WRITE', 'JOBS_READ', 'CANDIDATES_READ'], null, otherAgencyId);
    const { body } = await server.graphql(PROPOSE, { input: inputFor(job.id) }, foreignKey.headers);
    expect(body.data.proposeMatch.__typename).toBe('NotFoundError');
    const foreignJob = await server.db.prisma.job.findFirstOrThrow({ where: { agencyId: otherAgencyId, status: 'OPEN' } });
    const mixed = await server.graphql(PROPOSE, { input: inputFor(foreignJob.id) }, foreignKey.headers);
    expect(mixed.body.data.proposeMatch).toMatchObject({ __typename: 'NotFoundError', message: 'No candidate with this ID.' });
    expect(await proposalCount(job.id)).toBe(0);
    expect(await proposalCount(foreignJob.id)).toBe(0);
  });

  it('refuses a recruiter naming someone else to propose for', async () => {
    const job = await freshJob();
    const admin = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@shortlist.test' } });
    const { body } = await recruiter.graphql(PROPOSE, { input: inputFor(job.id, { onBehalfOfRecruiterId: encodeGlobalID('User', admin.id) }) });
    expect(body.data.proposeMatch.fieldErrors).toEqual([{ field: 'onBehalfOfRecruiterId', message: 'Only a partner API key proposes on behalf of a recruiter; leave this empty.' }]);
    expect(await proposalCount(job.id)).toBe(0);
  });
});

describe('a repeated proposal', () => {
  it('answers DuplicateProposalError carrying the open proposal, for a recruiter and for a retrying partner', async () => {
    const job = await freshJob();
    const first = await recruiter.graphql(PROPOSE, { input: inputFor(job.id) });
    const proposal = first.body.data.proposeMatch.proposal;
    const again = await recruiter.graphql(PROPOSE, { input: inputFor(job.id) });
    expect(again.body.data.proposeMatch).toEqual({
      __typename: 'DuplicateProposalError',
      message: 'Sam Okafor already has an open proposal for this job.',
      proposal: { id: proposal.id, status: 'PROPOSED' },
    });
    const key = await partnerKey(['PROPOSALS_WRITE', 'PROPOSALS_READ']);
    const byPartner = await server.graphql(PROPOSE, { input: inputFor(job.id) }, key.headers);
    expect(byPartner.body.data.proposeMatch.proposal.id).toBe(proposal.id);
    expect(await proposalCount(job.id)).toBe(1);
  });
});

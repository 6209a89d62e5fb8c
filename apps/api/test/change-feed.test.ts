// Issue 11, change feed: a partner keeps a mirror current with one cursor over `changes`, seeing exactly the changes
// its key may see, in log order, time-driven expiries included.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expireDueProposals } from '../src/modules/proposals/expire-due-proposals.ts';
import { createPartnerKey, createProposal } from './factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from './start-test-server.ts';

const engine = inject('shortlistTestDb');
const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

let server: TestServer;
let recruiter: TestBrowser;
let candidate: TestBrowser;
let refs: { agencyId: string; samId: string; recruiterId: string };
/** The job the recruiter proposes Sam for, and another client's job whose proposal expires. */
let proposedJob: { id: string; clientCompanyId: string };
let lapsingJob: { id: string; clientCompanyId: string };
const keys: Record<'jobsAndProposals' | 'everything' | 'limitedToClient' | 'otherAgency', Record<string, string>> = {} as never;
const startCursors: Record<string, string> = {};
/** What the recruiter, the candidate and the clock did, in order: the global IDs and kinds every key is judged by. */
const happened: Array<{ kind: string; entityId: string; entityType: string }> = [];

const CHANGES = `query($after: String, $before: String, $first: Int, $last: Int, $types: [ChangeEntityType!], $kinds: [String!]) {
  changes(after: $after, before: $before, first: $first, last: $last, types: $types, kinds: $kinds) {
    headCursor
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id position kind entityType entityId occurredAt fields actor { kind }
      entity { __typename id ... on Proposal { status updatedAt } ... on Candidate { headline createdAt updatedAt } ... on Interview { updatedAt } ... on Job { createdAt updatedAt } } } }
  }
}`;

const read = (headers: Record<string, string>, variables: Record<string, unknown> = {}) => server.graphql(CHANGES, variables, headers);

/** Every change after `after`, page by page of `first`, as one list, with the pages' shapes. */
async function readAll(headers: Record<string, string>, after: string, first: number) {
  const pages: Array<{ size: number; hasNextPage: boolean }> = [];
  const edges: any[] = [];
  let cursor = after;
  for (let i = 0; i < 20; i += 1) {
    const { status, body } = await read(headers, { after: cursor, first });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const page = body.data.changes;
    pages.push({ size: page.edges.length, hasNextPage: page.pageInfo.hasNextPage });
    edges.push(...page.edges);
    if (page.edges.length === 0) {
      expect(page.pageInfo.endCursor).toBeNull();
      break;
    }
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
    cursor = page.pageInfo.endCursor;
  }
  return { pages, edges, cursor };
}

async function succeed(browser: TestBrowser, name: string, input: Record<string, unknown>, selection = '') {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const { body } = await browser.graphql(`mutation($input: ${inputType}!) { ${name}(input: $input) { __typename ... on Error { message } ${selection} } }`, { input });
  expect(body.errors).toBeUndefined();
  expect(body.data[name].__typename, JSON.stringify(body.data[name])).toMatch(/Success$/);
  return body.data[name];
}

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ recruiter, candidate } = await signInDemoUsers(server));
  const prisma = server.db.prisma;
  const [sam, rec, otherAgencyUser] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' }, include: { candidateProfile: true } }),
    prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } }),
    prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@otheragency.test' } }),
  ]);
  refs = { agencyId: sam.agencyId, samId: sam.candidateProfile!.id, recruiterId: rec.id };
  const freeJobs = await prisma.job.findMany({
    where: { agencyId: refs.agencyId, status: 'OPEN', proposals: { none: { candidateId: refs.samId } } },
    select: { id: true, clientCompanyId: true },
    orderBy: { id: 'asc' },
  });
  proposedJob = freeJobs[0]!;
  lapsingJob = freeJobs.find((job) => job.clientCompanyId !== proposedJob.clientCompanyId)!;
  expect(lapsingJob, 'two open jobs of different clients without a proposal for Sam').toBeDefined();

  keys.jobsAndProposals = await createPartnerKey(prisma, refs.agencyId, ['JOBS_READ', 'PROPOSALS_READ']);
  keys.everything = await createPartnerKey(prisma, refs.agencyId, ['JOBS_READ', 'CANDIDATES_READ', 'PROPOSALS_READ']);
  keys.limitedToClient = await createPartnerKey(prisma, refs.agencyId, ['JOBS_READ', 'CANDIDATES_READ', 'PROPOSALS_READ'], proposedJob.clientCompanyId);
  keys.otherAgency = await createPartnerKey(prisma, otherAgencyUser.agencyId, ['JOBS_READ', 'CANDIDATES_READ', 'PROPOSALS_READ']);

  // Each partner saves the head before its full sync, then follows the feed from it.
  for (const [name, headers] of Object.entries(keys)) {
    const { body } = await read(headers, { first: 1 });
    expect(body.errors).toBeUndefined();
    startCursors[name] = body.data.changes.headCursor;
  }

  // A recruiter edits Sam's profile, proposes Sam for a job, Sam declines, and another proposal of Sam's lapses.
  await succeed(recruiter, 'updateCandidateProfile', { candidateId: encodeGlobalID('Candidate', refs.samId), headline: 'Staff platform engineer' });
  happened.push({ kind: 'candidate.updated', entityType: 'CANDIDATE', entityId: encodeGlobalID('Candidate', refs.samId) });
  const proposed = await succeed(
    recruiter,
    'proposeMatch',
    {
      jobId: encodeGlobalID('Job', proposedJob.id),
      candidateId: encodeGlobalID('Candidate', refs.samId),
      message: 'This team needs exactly your experience.',
      slots: [
        {
          startsAt: new Date(Date.now() + 3 * DAY).toISOString(),
          endsAt: new Date(Date.now() + 3 * DAY + 45 * MINUTE).toISOString(),
          timeZone: 'Europe/Berlin',
          format: 'VIDEO',
          location: 'https://meet.example.com/feed',
        },
      ],
    },
    '... on ProposeMatchSuccess { proposal { id } }',
  );
  const proposalGid = proposed.proposal.id as string;
  happened.push({ kind: 'proposal.proposed', entityType: 'PROPOSAL', entityId: proposalGid });
  await succeed(candidate, 'declineProposal', { proposalId: proposalGid, reason: 'TIMING', message: 'Thank you, but the timing is not right for me.' });
  happened.push({ kind: 'proposal.declined', entityType: 'PROPOSAL', entityId: proposalGid });
  const lapsing = await createProposal(prisma, { agencyId: refs.agencyId, recruiterId: refs.recruiterId, candidateId: refs.samId, jobId: lapsingJob.id }, { respondBy: new Date(Date.now() - MINUTE) });
  expect(await expireDueProposals(server.db.sql)).toBeGreaterThanOrEqual(1);
  happened.push({ kind: 'proposal.expired', entityType: 'PROPOSAL', entityId: encodeGlobalID('Proposal', lapsing.id) });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const summary = (edges: any[]) => edges.map((e) => ({ kind: e.node.kind, entityType: e.node.entityType, entityId: e.node.entityId }));

describe(`the change feed (${engine})`, () => {
  it('a key with jobs:read and proposals:read pages through exactly the changes it may see, in order, then nothing', async () => {
    const { pages, edges, cursor } = await readAll(keys.jobsAndProposals, startCursors.jobsAndProposals!, 2);
    expect(summary(edges)).toEqual(happened.filter((h) => h.entityType !== 'CANDIDATE'));
    expect(pages).toEqual([
      { size: 2, hasNextPage: true },
      { size: 1, hasNextPage: false },
      { size: 0, hasNextPage: false },
    ]);
    const positions = edges.map((e) => BigInt(e.node.position));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(positions).size).toBe(positions.length);

    const [proposedChange, declined, expired] = edges.map((e) => e.node);
    expect(proposedChange).toMatchObject({ actor: { kind: 'USER' }, fields: [], entity: { __typename: 'Proposal', id: proposedChange.entityId, status: 'DECLINED' } });
    expect(declined).toMatchObject({ actor: { kind: 'USER' }, fields: ['status'] });
    expect(expired).toMatchObject({ actor: { kind: 'SYSTEM' }, fields: ['status'], entity: { __typename: 'Proposal', status: 'EXPIRED' } });
    expect(new Date(expired.occurredAt).getTime()).toBeGreaterThanOrEqual(new Date(proposedChange.occurredAt).getTime());

    // Read again from the same cursor: still nothing new.
    const again = await read(keys.jobsAndProposals, { after: cursor });
    expect(again.body.data.changes.edges).toEqual([]);
  });

  it('a key with candidates:read sees the profile edit too, with the fields it changed', async () => {
    const { edges } = await readAll(keys.everything, startCursors.everything!, 100);
    expect(summary(edges)).toEqual(happened);
    expect(edges[0].node).toMatchObject({ fields: ['headline'], entity: { __typename: 'Candidate', headline: 'Staff platform engineer' } });
    // The profile's updatedAt moved with the edit; the expired proposal's with the expiry.
    const edited = edges[0].node;
    expect(Date.parse(edited.entity.updatedAt)).toBeGreaterThan(Date.parse(edited.entity.createdAt));
    expect(Math.abs(Date.parse(edited.entity.updatedAt) - Date.parse(edited.occurredAt))).toBeLessThan(60_000);
    const expired = edges.at(-1).node;
    expect(Math.abs(Date.parse(expired.entity.updatedAt) - Date.parse(expired.occurredAt))).toBeLessThan(60_000);
  });

  it('filters by entity type and kind within what the key may see', async () => {
    const candidatesOnly = await read(keys.jobsAndProposals, { after: startCursors.jobsAndProposals, types: ['CANDIDATE'] });
    expect(candidatesOnly.body.data.changes.edges).toEqual([]);
    const expiries = await read(keys.everything, { after: startCursors.everything, kinds: ['proposal.expired'] });
    expect(summary(expiries.body.data.changes.edges)).toEqual(happened.filter((h) => h.kind === 'proposal.expired'));
  });

  it("a key limited to a client sees only that client's changes (and the candidate proposed to it)", async () => {
    const { edges } = await readAll(keys.limitedToClient, startCursors.limitedToClient!, 100);
    // The expiry is of another client's job; Sam shows because Sam was proposed for this client's job.
    expect(summary(edges)).toEqual(happened.filter((h) => h.kind !== 'proposal.expired'));
  });

  it("another agency's key sees none of them", async () => {
    const { edges } = await readAll(keys.otherAgency, startCursors.otherAgency!, 100);
    expect(edges).toEqual([]);
    // Even from the start of the log, nothing of this agency.
    const fromStart = await read(keys.otherAgency, {});
    const ours = new Set(happened.map((h) => h.entityId));
    expect(fromStart.body.data.changes.edges.filter((e: any) => ours.has(e.node.entityId))).toEqual([]);
  });

  it('agency staff see every change; a candidate, an anonymous caller and a key without a read scope are refused', async () => {
    const staff = await recruiter.graphql(CHANGES, { after: startCursors.everything });
    expect(summary(staff.body.data.changes.edges)).toEqual(happened);
    const writeOnly = await createPartnerKey(server.db.prisma, refs.agencyId, ['PROPOSALS_WRITE']);
    for (const refused of [await candidate.graphql(CHANGES, {}), await server.graphql(CHANGES, {}), await read(writeOnly, {})]) {
      expect(refused.body.data).toBeNull();
      expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('a bad cursor, or one of another connection, is a typed error rather than an empty page', async () => {
    const { body: jobs } = await server.graphql('{ jobs(first: 1) { pageInfo { endCursor } } }', {}, keys.everything);
    const jobsCursor = jobs.data.jobs.pageInfo.endCursor as string;
    for (const after of ['not a cursor', jobsCursor, Buffer.from('change:-1').toString('base64url'), Buffer.from('change:99999999999999999999').toString('base64url')]) {
      const { body } = await read(keys.everything, { after });
      expect(body.data).toBeNull();
      expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', argument: 'after' } });
      expect(body.errors[0].message).toContain('"after" is not a cursor of "changes"');
    }
  });

  it('pages backwards with last and before, each page still oldest first, and refuses first with last', async () => {
    const forward = await readAll(keys.everything, startCursors.everything!, 100);
    const latestTwo = await read(keys.everything, { last: 2 });
    expect(latestTwo.body.errors).toBeUndefined();
    expect(summary(latestTwo.body.data.changes.edges)).toEqual(happened.slice(-2));
    expect(latestTwo.body.data.changes.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });

    const beforeThem = await read(keys.everything, { last: 2, before: latestTwo.body.data.changes.edges[0].cursor });
    expect(summary(beforeThem.body.data.changes.edges)).toEqual(happened.slice(-4, -2));
    expect(beforeThem.body.data.changes.pageInfo).toMatchObject({ hasNextPage: true });
    // The same changes, with the same cursors, as paging forwards gave.
    expect(beforeThem.body.data.changes.edges.map((e: any) => e.cursor)).toEqual(forward.edges.slice(-4, -2).map((e: any) => e.cursor));

    for (const [variables, message] of [
      [{ first: 2, last: 2 }, /^Pass either first or last, not both/],
      [{ after: startCursors.everything, before: latestTwo.body.data.changes.edges[0].cursor, last: 1 }, /^Pass either after or before/],
      [{ after: startCursors.everything, last: 1 }, /"after" pages forwards/],
    ] as const) {
      const { body } = await read(keys.everything, variables);
      expect(body.data).toBeNull();
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toMatch(message);
    }
  });

  it("a change is a Node: node(id) reads it for whoever's feed shows it, and is null for anyone else", async () => {
    const { edges } = await readAll(keys.everything, startCursors.everything!, 100);
    const profileEdit = edges[0].node;
    const NODE = '{ node(id: $id) { __typename id ... on Change { position kind fields entityId } } }'.replace('{ node', 'query($id: ID!) { node');
    const asEverything = await server.graphql(NODE, { id: profileEdit.id }, keys.everything);
    expect(asEverything.body.data.node).toEqual({
      __typename: 'Change',
      id: profileEdit.id,
      position: profileEdit.position,
      kind: 'candidate.updated',
      fields: ['headline'],
      entityId: profileEdit.entityId,
    });
    expect((await recruiter.graphql(NODE, { id: profileEdit.id })).body.data.node.id).toBe(profileEdit.id);
    // A key without candidates:read does not see the profile edit in its feed, nor through node; nor does another
    // agency, a candidate or a made-up position.
    for (const { body } of [
      await server.graphql(NODE, { id: profileEdit.id }, keys.jobsAndProposals),
      await server.graphql(NODE, { id: profileEdit.id }, keys.otherAgency),
      await candidate.graphql(NODE, { id: profileEdit.id }),
      await server.graphql(NODE, { id: encodeGlobalID('Change', '99999999999') }, keys.everything),
      await server.graphql(NODE, { id: encodeGlobalID('Change', 'x') }, keys.everything),
    ]) {
      expect(body.errors).toBeUndefined();
      expect(body.data.node).toBeNull();
    }
  });

  it('`first` over the limit is refused like every other list', async () => {
    const { status, body } = await read(keys.everything, { after: startCursors.everything, first: 101 });
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(body.errors[0].message).toContain('"first" must be between 1 and 100');
  });
});

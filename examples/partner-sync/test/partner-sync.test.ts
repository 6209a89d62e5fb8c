// Issue 11, acceptance 1: the example partner client against the real API process. An admin makes a key and registers
// the example's receiver; the client mirrors everything; a recruiter and a candidate change things (a profile edit, a
// decline, a new proposal that then expires); the incremental sync fetches exactly those, and the receiver got each
// as one signed event, in change-log order. Then twenty identical proposals at once with one Idempotency-Key.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/create-key.ts';
import { fullSync, type FullSyncCounts } from '../src/full-sync.ts';
import { createGraphQLClient, type GraphQLRequest } from '../src/graphql-client.ts';
import { incrementalSync, type AppliedChange } from '../src/incremental-sync.ts';
import type { Mirror } from '../src/mirror.ts';
import { proposeIdempotently, type ProposeInput } from '../src/propose-idempotently.ts';
import { upsertJobOrder } from '../src/upsert-job.ts';
import { readViewer } from '../src/read-viewer.ts';
import { registerWebhookEndpoint, type RegisteredEndpoint } from '../src/register-webhook-endpoint.ts';
import { signIn } from '../src/sign-in.ts';
import { startWebhookReceiver, type RequestOutcome, type WebhookEvent, type WebhookReceiver } from '../src/webhook-receiver.ts';
import { startShortlist, type Engine, type RunningShortlist } from './start-shortlist.ts';

const engine = (process.env.PARTNER_SYNC_ENGINE ?? 'pglite') as Engine;
const DAY = 24 * 60 * 60 * 1000;
const PASSWORD = 'shortlist';

let shortlist: RunningShortlist;
let admin: GraphQLRequest;
let recruiter: GraphQLRequest;
let candidate: GraphQLRequest;
let partner: GraphQLRequest;
/** A key with JOBS_READ alone. */
let board: GraphQLRequest;
let endpoint: RegisteredEndpoint;
let receiver: WebhookReceiver;
/** What the receiver handed to the partner's code, and every request it answered. */
const events: Array<{ webhookId: string; event: WebhookEvent }> = [];
const requests: Array<{ webhookId: string | null; status: number; outcome: RequestOutcome }> = [];
/** The partner's mirror, carried from one test to the next as the partner would keep it. */
let mirror: Mirror;
let counts: FullSyncCounts;
/** The changes the first incremental sync read, and what the people did, in order. */
let synced: AppliedChange[];
let happened: Array<{ kind: string; entityId: string }>;
let sam: { id: string };
let recruiterId: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Polls until `check` returns something truthy (or gives up with `what`). */
async function eventually<T>(check: () => Promise<T | undefined | null | false> | T | undefined | null | false, what: string, limitMs = 45_000): Promise<T> {
  const until = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const head = async () => (await partner<{ changes: { headCursor: string } }>('{ changes(first: 1) { headCursor } }')).changes.headCursor;

/**
 * At start Shortlist writes the demo data's lapsed proposals EXPIRED (a sweep that may end after it is "running").
 * Those are real changes, and a partner would sync them; this test wants only its own, so it waits until the log's
 * head has stood still for a few sweeps before the webhook endpoint is registered and the full sync begins.
 */
async function waitForQuietLog() {
  let last = await head();
  let since = Date.now();
  await eventually(async () => {
    const now = await head();
    if (now !== last) [last, since] = [now, Date.now()];
    return Date.now() - since > 3_000;
  }, 'the change log to stand still');
}

async function succeed<T = Record<string, any>>(as: GraphQLRequest, mutation: string, input: Record<string, unknown>, selection = ''): Promise<T> {
  const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const data = await as<Record<string, any>>(
    `mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename ... on Error { message } ${selection} } }`,
    { input },
  );
  expect(data[mutation].__typename, JSON.stringify(data[mutation])).toMatch(/Success$/);
  return data[mutation] as T;
}

/** One interview time three days from now, as a recruiter offers it. */
const slotsFromNow = (): ProposeInput['slots'] => {
  const startsAt = new Date(Date.now() + 3 * DAY);
  return [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 45 * 60_000).toISOString(), timeZone: 'Europe/Berlin', format: 'VIDEO', location: 'https://meet.example.com/partner-sync' }];
};

/** An open job in the mirror for which the candidate has no proposal at all. */
function openJobWithoutProposalFor(candidateId: string, except: string[] = []) {
  const taken = new Set(Object.values(mirror.proposals).filter((p) => p.candidate?.id === candidateId).map((p) => p.job.id));
  const job = Object.values(mirror.jobs).find((j) => j.jobStatus === 'OPEN' && !taken.has(j.id) && !except.includes(j.id));
  expect(job, 'an open job without a proposal for the candidate').toBeDefined();
  return job!;
}

const summary = (changes: AppliedChange[]) => changes.map(({ kind, entityId }) => ({ kind, entityId }));

beforeAll(async () => {
  shortlist = await startShortlist(engine);
  [admin, recruiter, candidate] = await Promise.all([
    signIn(shortlist.url, 'admin@shortlist.test', PASSWORD),
    signIn(shortlist.url, 'recruiter@shortlist.test', PASSWORD),
    signIn(shortlist.url, 'candidate@shortlist.test', PASSWORD),
  ]);
  const key = await createKey(admin, { name: 'Acme HR sync', scopes: ['JOBS_READ', 'CANDIDATES_READ', 'PROPOSALS_READ', 'PROPOSALS_WRITE'] });
  partner = createGraphQLClient({ url: shortlist.url, apiKey: key.secret });
  await waitForQuietLog();

  // The receiver's address is decided before it is registered (as a deployed one's is); the secret comes with the
  // registration. The demo agency allows private addresses outside production, so 127.0.0.1 is accepted.
  const port = await freePort();
  endpoint = await registerWebhookEndpoint(admin, { url: `http://127.0.0.1:${port}/webhooks/shortlist`, description: 'Acme HR sync (partner example)' });
  receiver = await startWebhookReceiver({
    secret: endpoint.secret,
    port,
    onEvent: (event, webhookId) => void events.push({ webhookId, event }),
    onRequest: (outcome) => void requests.push(outcome),
  });
  ({ me: { id: recruiterId } } = await recruiter<{ me: { id: string } }>('{ me { id } }'));
  ({ me: { candidateProfile: sam } } = await candidate<{ me: { candidateProfile: { id: string } } }>('{ me { candidateProfile { id } } }'));
}, 240_000);

afterAll(async () => {
  await receiver?.close();
  await shortlist?.stop();
});

describe(`the example partner client against Shortlist on ${engine}`, () => {
  it('the key reads its own agency and scopes, and a scope it lacks is named before any sync', async () => {
    const viewer = await readViewer(partner, ['JOBS_READ', 'CANDIDATES_READ', 'PROPOSALS_READ']);
    expect(viewer).toEqual({
      kind: 'API_KEY',
      scopes: expect.arrayContaining(['JOBS_READ', 'CANDIDATES_READ', 'PROPOSALS_READ', 'PROPOSALS_WRITE']),
      agency: { name: 'Northwind Talent' },
      apiKey: { name: 'Acme HR sync', prefix: expect.any(String), clientCompany: null },
    });
    const readOnly = await createKey(admin, { name: 'Acme job board', scopes: ['JOBS_READ'] });
    board = createGraphQLClient({ url: shortlist.url, apiKey: readOnly.secret });
    await expect(readViewer(board, ['JOBS_READ', 'PROPOSALS_WRITE'])).rejects.toThrow('This key lacks PROPOSALS_WRITE');
  });

  it('a full sync mirrors every job, candidate and proposal the key may see, and the cursor to follow', async () => {
    let totals: FullSyncCounts;
    ({ mirror, counts, totals } = await fullSync(partner));
    expect(mirror.cursor).toBe(await head());
    // As many as each list's totalCount said, each in the mirror once.
    expect(counts).toEqual(totals);
    expect(Object.keys(mirror.jobs)).toHaveLength(counts.jobs);
    expect(Object.keys(mirror.candidates)).toHaveLength(counts.candidates);
    expect(Object.keys(mirror.proposals)).toHaveLength(counts.proposals);
    expect(counts.jobs).toBeGreaterThan(0);
    expect(counts.candidates).toBeGreaterThan(0);
    expect(counts.proposals).toBeGreaterThan(0);
    expect(mirror.candidates[sam.id]).toMatchObject({ __typename: 'Candidate', email: 'candidate@shortlist.test' });
    // Every proposal's job and candidate are in the mirror too: the lists agree with each other.
    for (const proposal of Object.values(mirror.proposals)) {
      expect(mirror.jobs[proposal.job.id], proposal.id).toBeDefined();
      expect(mirror.candidates[proposal.candidate!.id], proposal.id).toBeDefined();
    }
    // Staff see the same agency: the pipelines of all jobs add up to the proposals the key mirrored.
    const { jobs } = await admin<{ jobs: { edges: Array<{ node: { pipelineCounts: Array<{ count: number }> } }> } }>(
      '{ jobs(first: 100) { edges { node { pipelineCounts { count } } } } }',
    );
    expect(jobs.edges).toHaveLength(counts.jobs);
    expect(jobs.edges.flatMap((e) => e.node.pipelineCounts).reduce((sum, p) => sum + p.count, 0)).toBe(counts.proposals);
  });

  it("the incremental sync fetches exactly a recruiter's profile edit, a decline, a new proposal and its expiry", async () => {
    const { myProposals } = await candidate<{ myProposals: { edges: Array<{ node: { id: string } }> } }>(
      '{ myProposals(first: 1, status: PROPOSED) { edges { node { id } } } }',
    );
    const declined = myProposals.edges[0]!.node.id;
    expect(mirror.proposals[declined]?.proposalStatus).toBe('PROPOSED');
    const job = openJobWithoutProposalFor(sam.id);

    await succeed(recruiter, 'updateCandidateProfile', { candidateId: sam.id, headline: 'Staff platform engineer (synced)' });
    await succeed(candidate, 'declineProposal', { proposalId: declined, reason: 'TIMING', message: 'Thank you, but the timing is not right for me.' });
    // Respond-by a few seconds from now: the expiry sweeper (every 500 ms here) writes it EXPIRED, no clock or
    // database is touched.
    const { proposal } = await succeed<{ proposal: { id: string } }>(
      recruiter,
      'proposeMatch',
      { jobId: job.id, candidateId: sam.id, message: 'This team needs exactly your experience.', slots: slotsFromNow(), respondBy: new Date(Date.now() + 8_000).toISOString() },
      '... on ProposeMatchSuccess { proposal { id } }',
    );
    happened = [
      { kind: 'candidate.updated', entityId: sam.id },
      { kind: 'proposal.declined', entityId: declined },
      { kind: 'proposal.proposed', entityId: proposal.id },
      { kind: 'proposal.expired', entityId: proposal.id },
    ];
    await eventually(
      async () => (await partner<{ changes: { edges: unknown[] } }>('query($after: String!) { changes(after: $after, kinds: ["proposal.expired"]) { edges { cursor } } }', { after: mirror.cursor })).changes.edges.length,
      'the proposal to be written EXPIRED',
    );

    const cursorBefore = mirror.cursor;
    synced = await incrementalSync(partner, mirror);
    expect(summary(synced)).toEqual(happened);
    expect(synced.map((c) => c.entityType)).toEqual(['CANDIDATE', 'PROPOSAL', 'PROPOSAL', 'PROPOSAL']);
    expect(synced[0]!.fields).toEqual(['headline']);
    const positions = synced.map((c) => BigInt(c.position));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));

    // The mirror now holds the records as they are.
    expect(mirror.cursor).not.toBe(cursorBefore);
    expect(mirror.candidates[sam.id]!.headline).toBe('Staff platform engineer (synced)');
    expect(mirror.proposals[declined]!.proposalStatus).toBe('DECLINED');
    expect(mirror.proposals[proposal.id]).toMatchObject({ proposalStatus: 'EXPIRED', job: { id: job.id }, candidate: { id: sam.id } });

    // Nothing more happened: the next run reads nothing and keeps its cursor.
    const cursorAfter = mirror.cursor;
    expect(await incrementalSync(partner, mirror)).toEqual([]);
    expect(mirror.cursor).toBe(cursorAfter);
  });

  it('the webhook receiver got each of those changes once, with a valid signature, in change-log order', async () => {
    await eventually(() => events.length >= happened.length, `${happened.length} webhook events`);
    expect(events.map(({ event }) => ({ kind: event.type, entityId: event.data.id }))).toEqual(happened);
    expect(events.map(({ event }) => event.data.position)).toEqual(synced.map((c) => c.position));
    // Each was one delivery, accepted at the first attempt: nothing refused, nothing repeated.
    expect(requests.map((r) => r.outcome)).toEqual(happened.map(() => 'accepted'));
    expect(new Set(events.map((e) => e.webhookId)).size).toBe(happened.length);

    // The check is real: a body signed with another secret is refused and never reaches the partner's code.
    const forged = JSON.stringify({ ...events[0]!.event, type: 'proposal.hired' });
    const forger = new Webhook(`whsec_${Buffer.from('not the endpoint secret!').toString('base64')}`);
    const webhookId = `msg_${randomUUID()}`;
    const now = new Date();
    const refused = await fetch(receiver.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'webhook-id': webhookId, 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': forger.sign(webhookId, now, forged) },
      body: forged,
    });
    expect(refused.status).toBe(400);

    // A delivery sent again (as after a lost answer) has the same webhook-id: answered 2xx, and dropped.
    const delivery = await admin<{ node: { deliveries: { edges: Array<{ node: { id: string; changePosition: string } }> } } }>(
      'query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { deliveries(first: 10) { edges { node { id changePosition } } } } } }',
      { id: endpoint.webhookEndpoint.id },
    );
    const first = delivery.node.deliveries.edges.find((e) => e.node.changePosition === synced[0]!.position)!.node;
    await succeed(admin, 'redeliverWebhookDelivery', { id: first.id });
    await eventually(() => requests.some((r) => r.outcome === 'duplicate'), 'the redelivery');
    expect(requests.find((r) => r.outcome === 'duplicate')).toEqual({ webhookId: events[0]!.webhookId, status: 200, outcome: 'duplicate' });
    expect(requests.filter((r) => r.outcome === 'rejected')).toHaveLength(1);
    expect(events).toHaveLength(happened.length);
  });

  it('a refused proposal is a typed answer naming what to fix: the scope a key lacks, or the field', async () => {
    const input: ProposeInput = { jobId: openJobWithoutProposalFor(sam.id).id, candidateId: sam.id, message: 'Proposed by the Acme HR sync for this role.', slots: slotsFromNow() };
    await expect(proposeIdempotently(board, input)).rejects.toMatchObject({
      name: 'ProposeRefusedError',
      result: { __typename: 'NotAllowedError', requiredScope: 'PROPOSALS_WRITE', message: expect.stringContaining('PROPOSALS_WRITE') },
    });
    await expect(proposeIdempotently(partner, { ...input, respondBy: new Date(Date.now() - 60_000).toISOString() })).rejects.toMatchObject({
      result: { __typename: 'ValidationError', fieldErrors: [{ field: 'respondBy', message: 'Choose a respond-by time in the future.' }] },
    });
    // Neither made anything: the feed has nothing new (the next test's sync reads exactly its own proposal).
  });

  it('twenty identical proposals sent at once with one Idempotency-Key make one proposal, which the next sync fetches once', async () => {
    const job = openJobWithoutProposalFor(sam.id);
    const input: ProposeInput = {
      jobId: job.id,
      candidateId: sam.id,
      message: 'Proposed by the Acme HR sync for this role.',
      slots: slotsFromNow(),
      onBehalfOfRecruiterId: recruiterId,
    };
    const idempotencyKey = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => proposeIdempotently(partner, input, idempotencyKey)));
    const [answer] = answers;
    expect(answers).toEqual(answers.map(() => ({ proposal: { id: answer!.proposal.id, status: 'PROPOSED' }, isExisting: false })));

    // Sent again without the key (another run of the partner's job), it is told of the open proposal, not given a new one.
    expect(await proposeIdempotently(partner, input)).toEqual({ proposal: answer!.proposal, isExisting: true });

    const changes = await incrementalSync(partner, mirror);
    expect(summary(changes)).toEqual([{ kind: 'proposal.proposed', entityId: answer!.proposal.id }]);
    expect(mirror.proposals[answer!.proposal.id]).toMatchObject({ proposalStatus: 'PROPOSED', job: { id: job.id }, candidate: { id: sam.id } });
    await eventually(() => events.length === happened.length + 1, 'the proposal webhook');
    expect(events.at(-1)!.event).toMatchObject({ type: 'proposal.proposed', data: { id: answer!.proposal.id, position: changes[0]!.position } });
  });

  it("a client's ATS upserts a job order by its requisition number: created, then updated, and the sync fetches both", async () => {
    const client = Object.values(mirror.jobs).find((job) => job.clientCompany)!.clientCompany!;
    const ats = createGraphQLClient({ url: shortlist.url, apiKey: (await createKey(admin, { name: 'Acme ATS', scopes: ['JOBS_WRITE'], clientCompanyId: client.id })).secret });
    const externalId = `REQ-${randomUUID().slice(0, 8)}`;
    const order = { externalId, title: 'Payroll Specialist', seniority: 'MID', currency: 'EUR', remotePolicy: 'HYBRID', country: 'DE', timeZone: 'Europe/Berlin' } as const;
    const first = await upsertJobOrder(ats, order);
    const again = await upsertJobOrder(ats, { externalId, title: 'Senior Payroll Specialist', status: 'OPEN' });
    expect([first.created, again.created, again.job.id]).toEqual([true, false, first.job.id]);

    const changes = await incrementalSync(partner, mirror);
    expect(summary(changes)).toEqual([
      { kind: 'job.created', entityId: first.job.id },
      { kind: 'job.updated', entityId: first.job.id },
    ]);
    expect(mirror.jobs[first.job.id]).toMatchObject({ externalId, title: 'Senior Payroll Specialist', jobStatus: 'OPEN', clientCompany: { id: client.id } });
  });
});

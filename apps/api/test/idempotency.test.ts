// Issue 11, "Idempotency keys": a partner's retried mutation must not create a second job, and the same key with
// another request is refused. Real server, real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerKey, createProposal } from './factories.ts';
import { startTestServer, type TestBrowser, type TestServer } from './start-test-server.ts';

const CREATE_JOB = /* GraphQL */ `
  mutation CreateJob($input: CreateJobInput!) {
    createJob(input: $input) {
      __typename
      ... on CreateJobSuccess { job { id title } }
      ... on ValidationError { message fieldErrors { field message } }
      ... on Error { message }
    }
  }`;

const REJECT_CANDIDATE = /* GraphQL */ `
  mutation RejectCandidate($input: RejectCandidateInput!) {
    rejectCandidate(input: $input) {
      __typename
      ... on RejectCandidateSuccess { proposal { id status version } }
      ... on Error { message }
    }
  }`;

interface Answer {
  status: number;
  text: string;
  body: any;
  headers: Headers;
}

let server: TestServer;
let recruiter: TestBrowser;
let admin: TestBrowser;
let northwind: { agencyId: string; clientCompanyId: string };

beforeAll(async () => {
  server = await startTestServer('demo');
  recruiter = server.browser();
  admin = server.browser();
  await Promise.all([recruiter.signIn('recruiter@shortlist.test'), admin.signIn('admin@shortlist.test')]);
  const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
  const company = await server.db.prisma.clientCompany.findFirstOrThrow({ where: { agencyId: user.agencyId }, orderBy: { name: 'asc' } });
  northwind = { agencyId: user.agencyId, clientCompanyId: company.id };
});
afterAll(() => server.close());

/** POSTs to /graphql as a browser session (cookie) or a partner (authorization), with whatever headers the test adds. */
async function post(body: unknown, headers: Record<string, string> = {}, caller?: TestBrowser | { authorization: string }): Promise<Answer> {
  const auth: Record<string, string> = caller === undefined ? {} : 'authorization' in caller ? { authorization: caller.authorization } : { cookie: caller.cookie! };
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth, ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text), headers: response.headers };
}

const jobInput = (title: string, overrides: Record<string, unknown> = {}) => ({
  clientCompanyId: encodeGlobalID('ClientCompany', northwind.clientCompanyId),
  title,
  seniority: 'SENIOR',
  currency: 'EUR',
  remotePolicy: 'HYBRID',
  country: 'DE',
  city: 'Berlin',
  timeZone: 'Europe/Berlin',
  ...overrides,
});

const createJob = (title: string, key: string | undefined, caller: TestBrowser | { authorization: string } = recruiter, overrides = {}) =>
  post({ query: CREATE_JOB, variables: { input: jobInput(title, overrides) } }, key === undefined ? {} : { 'idempotency-key': key }, caller);

const jobsTitled = (title: string) => server.db.prisma.job.count({ where: { title } });

describe('Idempotency-Key on a mutation', () => {
  it('creates one job when the same key is sent 20 times at once; every answer is that job or "in use", and a retry replays it byte for byte', async () => {
    const key = randomUUID();
    const title = `Site Reliability Engineer ${key.slice(0, 8)}`;
    const answers = await Promise.all(Array.from({ length: 20 }, () => createJob(title, key)));

    expect(await jobsTitled(title)).toBe(1);
    const successes = answers.filter((answer) => answer.status === 200);
    const inUse = answers.filter((answer) => answer.status === 409);
    expect(successes.length + inUse.length).toBe(20);
    expect(successes.length).toBeGreaterThanOrEqual(1);
    const [first] = successes;
    expect(first!.body.data.createJob).toMatchObject({ __typename: 'CreateJobSuccess', job: { title } });
    // The first answer and any replay among the 20 are the same bytes, naming the same job.
    expect(new Set(successes.map((answer) => answer.text)).size).toBe(1);
    for (const answer of inUse) {
      expect(answer.headers.get('retry-after')).toBe('1');
      expect(answer.body.errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_IN_USE');
      expect(answer.body.errors[0].message).toMatch(/still running/);
    }
    console.log(`20 requests with one key at once: ${successes.length} answered with the job, ${inUse.length} with 409 in use`);

    const retry = await createJob(title, key);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.text).toBe(first!.text);
    expect(first!.headers.get('idempotent-replayed')).toBeNull();
    expect(await jobsTitled(title)).toBe(1);
  });

  it('refuses the same key with other variables (422), and runs nothing', async () => {
    const key = randomUUID();
    const title = `Data Engineer ${key.slice(0, 8)}`;
    expect((await createJob(title, key)).status).toBe(200);
    const other = await createJob(`${title} (London)`, key, recruiter, { city: 'London', country: 'GB' });
    expect(other.status).toBe(422);
    expect(other.body.errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.body.errors[0].message).toMatch(/used for another request/);
    expect(other.body.data).toBeUndefined();
    expect(await jobsTitled(`${title} (London)`)).toBe(0);
  });

  it('treats the same request in another order of keys or other whitespace as the same request', async () => {
    const key = randomUUID();
    const title = `QA Engineer ${key.slice(0, 8)}`;
    const first = await createJob(title, key);
    const input = jobInput(title);
    const reordered = Object.fromEntries(Object.entries(input).reverse());
    const again = await post({ variables: { input: reordered }, query: CREATE_JOB.replace(/\s+/g, '  ') }, { 'idempotency-key': key }, recruiter);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.text).toBe(first.text);
    expect(await jobsTitled(title)).toBe(1);
  });

  it('keeps keys per caller: another user or an API key with the same key is not refused and not replayed', async () => {
    const key = randomUUID();
    const title = `Mobile Engineer ${key.slice(0, 8)}`;
    const mine = await createJob(title, key);
    const theirs = await createJob(title, key, admin);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(theirs.body.data.createJob.__typename).toBe('CreateJobSuccess');
    expect(theirs.body.data.createJob.job.id).not.toBe(mine.body.data.createJob.job.id);
    expect(await jobsTitled(title)).toBe(2);

    const partner = await createPartnerKey(server.db.prisma, northwind.agencyId, ['JOBS_READ', 'PROPOSALS_WRITE']);
    const asKey = await createJob(title, key, partner);
    expect(asKey.status).toBe(200);
    expect(asKey.headers.get('idempotent-replayed')).toBeNull();
    expect(asKey.body.data.createJob.__typename).toBe('NotAllowedError');
    expect(await jobsTitled(title)).toBe(2);
  });

  it('forgets a key after 24 hours: an expired key runs the request again', async () => {
    const key = randomUUID();
    const title = `Security Engineer ${key.slice(0, 8)}`;
    await createJob(title, key);
    const { count } = await server.db.prisma.idempotencyKey.updateMany({ where: { key }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(count).toBe(1);
    const again = await createJob(title, key);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(again.body.data.createJob.__typename).toBe('CreateJobSuccess');
    expect(await jobsTitled(title)).toBe(2);
    const row = await server.db.prisma.idempotencyKey.findFirstOrThrow({ where: { key } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 23 * 60 * 60 * 1000);
  });

  it('answers 409 with Retry-After while the first request runs, and takes over a key left running by a process that died', async () => {
    const key = randomUUID();
    const title = `Staff Engineer ${key.slice(0, 8)}`;
    await createJob(title, key);
    // The row as it is between the claim and the answer (on PGlite the 20 racing requests above rarely meet it).
    await server.db.prisma.idempotencyKey.updateMany({ where: { key }, data: { responseStatus: null, responseBody: null } });
    const running = await createJob(title, key);
    expect(running.status).toBe(409);
    expect(running.headers.get('retry-after')).toBe('1');
    expect(running.body.errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_IN_USE');

    await server.db.prisma.idempotencyKey.updateMany({ where: { key }, data: { createdAt: new Date(Date.now() - 10 * 60 * 1000) } });
    const takenOver = await createJob(title, key);
    expect(takenOver.body.data.createJob.__typename).toBe('CreateJobSuccess');
    expect(await jobsTitled(title)).toBe(2);
  });

  it('replays a persisted query sent as its hash alone after it was first sent in full', async () => {
    const key = randomUUID();
    const title = `Cloud Engineer ${key.slice(0, 8)}`;
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(CREATE_JOB).digest('hex') };
    const variables = { input: jobInput(title) };
    const first = await post({ query: CREATE_JOB, variables, extensions: { persistedQuery } }, { 'idempotency-key': key }, recruiter);
    expect(first.body.data.createJob.__typename).toBe('CreateJobSuccess');
    const byHash = await post({ variables, extensions: { persistedQuery } }, { 'idempotency-key': key }, recruiter);
    expect(byHash.headers.get('idempotent-replayed')).toBe('true');
    expect(byHash.text).toBe(first.text);
    expect(await jobsTitled(title)).toBe(1);
  });

  it('gives the key back when the mutation failed on our side, so the retry runs', async () => {
    const key = randomUUID();
    const title = `Failing Engineer ${key.slice(0, 8)}`;
    // A constraint the API does not know about: the insert fails as an unexpected database error.
    const constraint = `idempotency_test_${key.slice(0, 8)}`;
    await server.db.prisma.$executeRawUnsafe(`ALTER TABLE "Job" ADD CONSTRAINT "${constraint}" CHECK (title <> '${title}')`);
    let failed: Answer;
    try {
      failed = await createJob(title, key);
    } finally {
      await server.db.prisma.$executeRawUnsafe(`ALTER TABLE "Job" DROP CONSTRAINT "${constraint}"`);
    }
    expect(failed.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await server.db.prisma.idempotencyKey.count({ where: { key } })).toBe(0);
    const retry = await createJob(title, key);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(retry.body.data.createJob.__typename).toBe('CreateJobSuccess');
    expect(await jobsTitled(title)).toBe(1);
  });

  it('stores a typed error (ValidationError) like a success and replays it', async () => {
    const key = randomUUID();
    const title = `Backend Engineer ${key.slice(0, 8)}`;
    const first = await createJob(title, key, recruiter, { salaryMin: 90_000, salaryMax: 70_000 });
    expect(first.body.data.createJob.__typename).toBe('ValidationError');
    const again = await createJob(title, key, recruiter, { salaryMin: 90_000, salaryMax: 70_000 });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.text).toBe(first.text);
    expect(await jobsTitled(title)).toBe(0);
  });

  it('lets a partner key retry a proposal transition: the replay says it succeeded, and the proposal moved once', async () => {
    const recruiterUser = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
    const candidate = await server.db.prisma.candidateProfile.findFirstOrThrow({ where: { agencyId: northwind.agencyId }, orderBy: { id: 'asc' } });
    const job = await server.db.prisma.job.findFirstOrThrow({
      where: { agencyId: northwind.agencyId, status: 'OPEN', proposals: { none: { candidateId: candidate.id } } },
      orderBy: { id: 'asc' },
    });
    const proposal = await createProposal(
      server.db.prisma,
      { agencyId: northwind.agencyId, jobId: job.id, candidateId: candidate.id, recruiterId: recruiterUser.id },
      { status: 'ACCEPTED' },
    );
    const partner = await createPartnerKey(server.db.prisma, northwind.agencyId, ['PROPOSALS_READ', 'PROPOSALS_WRITE']);
    const key = randomUUID();
    const body = {
      query: REJECT_CANDIDATE,
      variables: { input: { proposalId: encodeGlobalID('Proposal', proposal.id), reason: 'POSITION_FILLED', message: 'The client filled the position internally.' } },
    };
    const first = await post(body, { 'idempotency-key': key }, partner);
    expect(first.body.data.rejectCandidate).toMatchObject({ __typename: 'RejectCandidateSuccess', proposal: { status: 'REJECTED', version: proposal.version + 1 } });
    const retry = await post(body, { 'idempotency-key': key }, partner);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.text).toBe(first.text);
    // Without the key the retry is refused as a transition, as before.
    const unkeyed = await post(body, {}, partner);
    expect(unkeyed.body.data.rejectCandidate.__typename).toBe('InvalidTransitionError');
    const row = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } });
    expect([row.status, row.version]).toEqual(['REJECTED', proposal.version + 1]);
    expect(decodeGlobalID(first.body.data.rejectCandidate.proposal.id).id).toBe(proposal.id);
  });
});

describe('Idempotency-Key refusals', () => {
  it.each([
    ['empty', ''],
    ['with a space', 'two words'],
    ['not ASCII', 'cl\u00e9'],
    ['over 255 characters', 'k'.repeat(256)],
  ])('answers a key that is %s with 400 IDEMPOTENCY_KEY_INVALID, and runs nothing', async (_case, key) => {
    const title = `Frontend Engineer ${randomUUID().slice(0, 8)}`;
    const answer = await createJob(title, key);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_INVALID');
    expect(answer.body.errors[0].message).toMatch(/Idempotency-Key/);
    expect(await jobsTitled(title)).toBe(0);
  });

  it('accepts a key of exactly 255 visible characters', async () => {
    const title = `Platform Engineer ${randomUUID().slice(0, 8)}`;
    const answer = await createJob(title, `${randomUUID()}~!`.padEnd(255, 'x'));
    expect(answer.body.data.createJob.__typename).toBe('CreateJobSuccess');
  });

  it('refuses a key from someone signed out (keys are per caller), without signing in', async () => {
    const answer = await post(
      { query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', variables: { input: { email: 'recruiter@shortlist.test', password: 'shortlist' } } },
      { 'idempotency-key': randomUUID() },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_NEEDS_CALLER');
    expect(answer.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a key on a batch of operations', async () => {
    const answer = await post([{ query: CREATE_JOB, variables: { input: jobInput('Batched') } }], { 'idempotency-key': randomUUID() }, recruiter);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_INVALID');
  });

  it('ignores the header on a query, even a bad one: the query just runs, every time', async () => {
    const before = await server.db.prisma.idempotencyKey.count();
    for (const key of ['same-key', 'same-key', 'not a valid key']) {
      const answer = await post({ query: '{ jobs(first: 1) { edges { node { id } } } }' }, { 'idempotency-key': key }, recruiter);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('idempotent-replayed')).toBeNull();
      expect(answer.body.data.jobs.edges).toHaveLength(1);
    }
    expect(await server.db.prisma.idempotencyKey.count()).toBe(before);
  });

  it('counts replays and refusals in /metrics', async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/shortlist_idempotency_requests_total\{outcome="replayed"\} [1-9]/);
    expect(text).toMatch(/shortlist_idempotency_requests_total\{outcome="reused"\} [1-9]/);
    expect(text).toMatch(/shortlist_idempotency_requests_total\{outcome="refused"\} [1-9]/);
  });
});

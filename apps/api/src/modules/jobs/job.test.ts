import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCandidateProfile, createClientCompany, createJob, createPartnerKey, createProposal } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

const JOBS = /* GraphQL */ `
  query Jobs($first: Int, $after: String, $filter: JobsFilter) {
    jobs(first: $first, after: $after, filter: $filter) {
      edges { node { id title status clientCompany { id name } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
const JOB = /* GraphQL */ `
  query Job($id: ID!) { job(id: $id) { id title status } }`;
const CREATE_JOB = /* GraphQL */ `
  mutation CreateJob($input: CreateJobInput!) {
    createJob(input: $input) {
      __typename
      ... on CreateJobSuccess { job { id title status publishedAt version skills { skill { slug name } requirement minLevel weight } } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { field message } }
    }
  }`;
const UPDATE_JOB = /* GraphQL */ `
  mutation UpdateJob($input: UpdateJobInput!) {
    updateJob(input: $input) {
      __typename
      ... on UpdateJobSuccess { job { id title status publishedAt version salary { min max } } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { field message } }
      ... on InvalidTransitionError { currentStatus }
    }
  }`;

let server: TestServer;
let recruiter: TestBrowser;
let otherRecruiter: TestBrowser;
let candidate: TestBrowser;
let northwind: { id: string };
let harbor: { id: string };
let northwindCompanyId: string;
let harborCompanyId: string;

const jobInput = (overrides: Record<string, unknown> = {}) => ({
  clientCompanyId: gid('ClientCompany', northwindCompanyId),
  title: 'Platform Engineer',
  seniority: 'SENIOR',
  currency: 'eur',
  remotePolicy: 'HYBRID',
  city: 'Berlin',
  country: 'de',
  timeZone: 'Europe/Berlin',
  salaryMin: 70_000,
  salaryMax: 90_000,
  skills: [{ skill: 'k8s', requirement: 'MUST_HAVE', minLevel: 3 }],
  ...overrides,
});

beforeAll(async () => {
  server = await startTestServer('demo');
  const { prisma } = server.db;
  northwind = await prisma.agency.findUniqueOrThrow({ where: { slug: 'northwind' } });
  harbor = await prisma.agency.findUniqueOrThrow({ where: { slug: 'harbor-finch' } });
  northwindCompanyId = (await prisma.clientCompany.findFirstOrThrow({ where: { agencyId: northwind.id }, orderBy: { name: 'asc' } })).id;
  harborCompanyId = (await prisma.clientCompany.findFirstOrThrow({ where: { agencyId: harbor.id } })).id;
  ({ recruiter, otherRecruiter, candidate } = await signInDemoUsers(server));
});
afterAll(() => server.close());

describe('listing jobs', () => {
  it("shows a recruiter every job of their agency, in every status, and never the other agency's", async () => {
    const { body } = await recruiter.graphql(JOBS, { first: 100 });
    expect(body.errors).toBeUndefined();
    const listed = body.data.jobs.edges.map((e: any) => e.node);
    const northwindJobs = await server.db.prisma.job.findMany({ where: { agencyId: northwind.id }, select: { title: true } });
    expect(listed.map((j: any) => j.title).sort()).toEqual(northwindJobs.map((j) => j.title).sort());
    expect(new Set(listed.map((j: any) => j.status))).toEqual(new Set(['DRAFT', 'OPEN', 'ON_HOLD', 'FILLED', 'CLOSED']));
    const harborTitles = await server.db.prisma.job.findMany({ where: { agencyId: harbor.id }, select: { title: true } });
    const otherView = (await otherRecruiter.graphql(JOBS, { first: 100 })).body.data.jobs.edges.map((e: any) => e.node.title);
    expect(otherView.sort()).toEqual(harborTitles.map((j) => j.title).sort());
  });

  it('filters by status and client, and pages without repeating a job', async () => {
    const company = gid('ClientCompany', northwindCompanyId);
    const { body } = await recruiter.graphql(JOBS, { first: 100, filter: { statuses: ['OPEN'], clientCompanyIds: [company] } });
    const expected = await server.db.prisma.job.count({ where: { agencyId: northwind.id, status: 'OPEN', clientCompanyId: northwindCompanyId } });
    expect(body.data.jobs.edges).toHaveLength(expected);
    expect(body.data.jobs.edges.every((e: any) => e.node.status === 'OPEN' && e.node.clientCompany.id === company)).toBe(true);
    // The deprecated single-value filters still answer the same until their removal date.
    const deprecated = await recruiter.graphql(JOBS, { first: 100, filter: { status: ['OPEN'], clientCompanyId: company } });
    expect(deprecated.body.data.jobs.edges).toEqual(body.data.jobs.edges);

    const other = await server.db.prisma.clientCompany.findFirstOrThrow({ where: { agencyId: northwind.id, id: { not: northwindCompanyId } } });
    const both = await recruiter.graphql(JOBS, { first: 100, filter: { clientCompanyIds: [company, gid('ClientCompany', other.id)] } });
    const expectedBoth = await server.db.prisma.job.count({ where: { agencyId: northwind.id, clientCompanyId: { in: [northwindCompanyId, other.id] } } });
    expect(both.body.data.jobs.edges).toHaveLength(Math.min(expectedBoth, 100));
    expect(new Set(both.body.data.jobs.edges.map((e: any) => e.node.clientCompany.id))).toEqual(new Set([company, gid('ClientCompany', other.id)]));
    const foreign = await recruiter.graphql(JOBS, { first: 100, filter: { clientCompanyIds: [gid('ClientCompany', harborCompanyId)] } });
    expect(foreign.body.data.jobs.edges).toEqual([]);

    const first = await recruiter.graphql(JOBS, { first: 10 });
    const second = await recruiter.graphql(JOBS, { first: 10, after: first.body.data.jobs.pageInfo.endCursor });
    const ids = [...first.body.data.jobs.edges, ...second.body.data.jobs.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(20);
  });

  it("gives the other agency's recruiter null for a Northwind job that is not on the public board", async () => {
    const draft = await server.db.prisma.job.findFirstOrThrow({ where: { agencyId: northwind.id, status: 'DRAFT' } });
    const { body } = await otherRecruiter.graphql(JOB, { id: gid('Job', draft.id) });
    // extensions.cost rides on every response; what matters is null without an error.
    expect({ data: body.data, errors: body.errors }).toEqual({ data: { job: null }, errors: undefined });
    expect((await recruiter.graphql(JOB, { id: gid('Job', draft.id) })).body.data.job.title).toBe(draft.title);
  });

  it("hides an open Northwind job's agency-only fields from the other agency's recruiter", async () => {
    const open = await server.db.prisma.job.findFirstOrThrow({ where: { agencyId: northwind.id, status: 'OPEN' } });
    const { body } = await otherRecruiter.graphql('query($id: ID!) { job(id: $id) { title pipelineCounts { status count } suggestedCandidates { edges { cursor } } } }', {
      id: gid('Job', open.id),
    });
    expect(body.data.job.title).toBe(open.title);
    expect(body.data.job.pipelineCounts).toBeNull();
    expect(body.errors.map((e: any) => e.message)).toContain('You are not allowed to see or do this.');
    expect(body.data.job.suggestedCandidates).toBeNull();
  });

  it('refuses the job list to a candidate', async () => {
    const { body } = await candidate.graphql(JOBS, { first: 5 });
    expect(body.data).toBeNull();
    expect(body.errors[0].message).toBe('You are not allowed to see or do this.');
  });

  it("shows a partner key limited to one client only that client's jobs, and refuses a key without jobs:read", async () => {
    const limited = await createPartnerKey(server.db.prisma, northwind.id, ['JOBS_READ'], northwindCompanyId);
    const { body } = await server.graphql(JOBS, { first: 100 }, limited);
    const expected = await server.db.prisma.job.count({ where: { clientCompanyId: northwindCompanyId } });
    expect(body.data.jobs.edges).toHaveLength(expected);
    expect(new Set(body.data.jobs.edges.map((e: any) => e.node.clientCompany.id))).toEqual(new Set([gid('ClientCompany', northwindCompanyId)]));

    const otherClientDraft = await server.db.prisma.job.findFirstOrThrow({ where: { agencyId: northwind.id, status: { not: 'OPEN' }, clientCompanyId: { not: northwindCompanyId } } });
    expect((await server.graphql(JOB, { id: gid('Job', otherClientDraft.id) }, limited)).body.data.job).toBeNull();

    const candidatesOnly = await createPartnerKey(server.db.prisma, northwind.id, ['CANDIDATES_READ']);
    const refused = await server.graphql(JOBS, { first: 5 }, candidatesOnly);
    expect(refused.body.errors[0].message).toBe('This API key needs the JOBS_READ scope to read jobs.');
  });

  it('counts the pipeline by effective status: a proposal past its respond-by reads as EXPIRED', async () => {
    const { prisma } = server.db;
    const proposal = await prisma.proposal.findFirstOrThrow({ where: { agencyId: northwind.id, status: 'PROPOSED' } });
    await prisma.proposal.update({ where: { id: proposal.id }, data: { respondBy: new Date(Date.now() - 60_000) } });
    const rows = await prisma.proposal.findMany({ where: { jobId: proposal.jobId }, select: { status: true, respondBy: true } });
    const expected = new Map<string, number>();
    for (const row of rows) {
      const status = row.status === 'PROPOSED' && row.respondBy < new Date() ? 'EXPIRED' : row.status;
      expected.set(status, (expected.get(status) ?? 0) + 1);
    }
    const { body } = await recruiter.graphql('query($id: ID!) { job(id: $id) { pipelineCounts { status count } } }', { id: gid('Job', proposal.jobId) });
    expect(body.data.job.pipelineCounts).toEqual([...expected].map(([status, count]) => ({ status, count })).sort((a, b) => a.status.localeCompare(b.status)));
    expect(body.data.job.pipelineCounts).toContainEqual({ status: 'EXPIRED', count: expected.get('EXPIRED') });
  });
});

describe('creating a job', () => {
  it('stores "k8s" as Kubernetes, upper-cases codes, and publishes when created OPEN', async () => {
    const { body } = await recruiter.graphql(CREATE_JOB, { input: jobInput({ status: 'OPEN' }) });
    expect(body.data.createJob.__typename).toBe('CreateJobSuccess');
    const job = body.data.createJob.job;
    expect(job.skills).toEqual([{ skill: { slug: 'kubernetes', name: 'Kubernetes' }, requirement: 'MUST_HAVE', minLevel: 3, weight: null }]);
    expect(job.status).toBe('OPEN');
    expect(job.publishedAt).not.toBeNull();
    const row = await server.db.prisma.job.findFirstOrThrow({ where: { title: 'Platform Engineer', agencyId: northwind.id } });
    expect([row.currency, row.country, row.createdById !== null]).toEqual(['EUR', 'DE', true]);
  });

  it('answers an unknown skill with a validation error on that field suggesting the nearest name', async () => {
    const { body } = await recruiter.graphql(CREATE_JOB, { input: jobInput({ skills: [{ skill: 'Kubernets', requirement: 'MUST_HAVE' }] }) });
    expect(body.data.createJob).toEqual({
      __typename: 'ValidationError',
      message: 'Unknown skill "Kubernets". Did you mean Kubernetes?',
      fieldErrors: [{ field: 'skills.0.skill', message: 'Unknown skill "Kubernets". Did you mean Kubernetes?' }],
    });
  });

  it('refuses an inverted salary band, an unknown time zone and a made-up country, each on its field', async () => {
    const { body } = await recruiter.graphql(CREATE_JOB, {
      input: jobInput({ salaryMin: 90_000, salaryMax: 70_000, timeZone: 'Berlin', country: 'XX', currency: 'EURO' }),
    });
    expect(body.data.createJob.__typename).toBe('ValidationError');
    expect(body.data.createJob.fieldErrors).toEqual(
      expect.arrayContaining([
        { field: 'salaryMax', message: 'The top of the salary band (70000) is below its bottom (90000).' },
        { field: 'timeZone', message: 'Time zone is an IANA name, like Europe/Berlin.' },
        { field: 'country', message: 'Country is an ISO 3166-1 country code, like DE for Germany.' },
        { field: 'currency', message: 'Currency is a three-letter ISO-4217 code, like EUR.' },
      ]),
    );
  });

  it("refuses a client company of another agency as not found, and a candidate's attempt outright", async () => {
    const foreign = await recruiter.graphql(CREATE_JOB, { input: jobInput({ clientCompanyId: gid('ClientCompany', harborCompanyId) }) });
    expect(foreign.body.data.createJob).toEqual({ __typename: 'NotFoundError', message: 'That client company does not exist in your agency.' });
    const byCandidate = await candidate.graphql(CREATE_JOB, { input: jobInput() });
    expect(byCandidate.body.data.createJob).toEqual({ __typename: 'NotAllowedError', message: 'You are not allowed to see or do this.' });
    expect(await server.db.prisma.job.count({ where: { clientCompanyId: harborCompanyId, title: 'Platform Engineer' } })).toBe(0);
  });
});

describe('updating a job', () => {
  it('publishes a draft (publishedAt set), bumps the version, and refuses a save based on an old version', async () => {
    const created = (await recruiter.graphql(CREATE_JOB, { input: jobInput({ title: 'Draft to publish' }) })).body.data.createJob.job;
    expect([created.status, created.publishedAt, created.version]).toEqual(['DRAFT', null, 0]);
    const published = await recruiter.graphql(UPDATE_JOB, { input: { id: created.id, version: 0, status: 'OPEN', salaryMax: 95_000 } });
    expect(published.body.data.updateJob.__typename).toBe('UpdateJobSuccess');
    expect(published.body.data.updateJob.job).toMatchObject({ status: 'OPEN', version: 1, salary: { min: 70_000, max: 95_000 } });
    expect(published.body.data.updateJob.job.publishedAt).not.toBeNull();

    const stale = await recruiter.graphql(UPDATE_JOB, { input: { id: created.id, version: 0, status: 'ON_HOLD' } });
    expect(stale.body.data.updateJob).toEqual({
      __typename: 'InvalidTransitionError',
      message: 'This job was changed by someone else; reload it.',
      currentStatus: 'OPEN',
    });
  });

  it('checks the salary band against the stored other end', async () => {
    const created = (await recruiter.graphql(CREATE_JOB, { input: jobInput({ title: 'Band check' }) })).body.data.createJob.job;
    const { body } = await recruiter.graphql(UPDATE_JOB, { input: { id: created.id, salaryMax: 50_000 } });
    expect(body.data.updateJob.fieldErrors).toEqual([{ field: 'salaryMax', message: 'The top of the salary band (50000) is below its bottom (70000).' }]);
  });

  it("tells the other agency's recruiter a Northwind job does not exist, and refuses a candidate", async () => {
    const job = await server.db.prisma.job.findFirstOrThrow({ where: { agencyId: northwind.id, status: 'OPEN' } });
    const other = await otherRecruiter.graphql(UPDATE_JOB, { input: { id: gid('Job', job.id), title: 'Hijacked' } });
    expect(other.body.data.updateJob).toEqual({ __typename: 'NotFoundError', message: 'That job does not exist in your agency.' });
    const byCandidate = await candidate.graphql(UPDATE_JOB, { input: { id: gid('Job', job.id), title: 'Hijacked' } });
    expect(byCandidate.body.data.updateJob).toEqual({ __typename: 'NotAllowedError', message: 'You are not allowed to see or do this.' });
    expect((await server.db.prisma.job.findUniqueOrThrow({ where: { id: job.id } })).title).toBe(job.title);
  });
});

describe("a job's proposals", () => {
  const PROPOSALS = /* GraphQL */ `
    query JobProposals($id: ID!, $status: [ProposalStatus!]) {
      job(id: $id) { proposals(first: 50, status: $status) { edges { node { id status } } } }
    }`;
  const HOUR = 60 * 60 * 1000;
  let jobId: string;
  let ids: { open: string; lapsed: string; expired: string; declined: string };

  beforeAll(async () => {
    const { prisma } = server.db;
    const company = await createClientCompany(prisma, northwind.id);
    jobId = (await createJob(prisma, northwind.id, company.id)).id;
    const recruiterId = (await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } })).id;
    const propose = async (overrides: Parameters<typeof createProposal>[2], createdAt: Date) => {
      const candidate = await createCandidateProfile(prisma, northwind.id);
      const proposal = await createProposal(prisma, { agencyId: northwind.id, jobId, candidateId: candidate.id, recruiterId }, { ...overrides, createdAt });
      return gid('Proposal', proposal.id);
    };
    const now = Date.now();
    ids = {
      open: await propose({}, new Date(now - 1 * HOUR)),
      lapsed: await propose({ respondBy: new Date(now - HOUR) }, new Date(now - 2 * HOUR)),
      expired: await propose({ status: 'EXPIRED', respondBy: new Date(now - 2 * HOUR) }, new Date(now - 3 * HOUR)),
      declined: await propose({ status: 'DECLINED', declineReason: 'TIMING' }, new Date(now - 4 * HOUR)),
    };
  });

  const list = async (browser: TestBrowser, status?: string[], headers?: Record<string, string>) => {
    const { body } = headers
      ? await server.graphql(PROPOSALS, { id: gid('Job', jobId), status }, headers)
      : await browser.graphql(PROPOSALS, { id: gid('Job', jobId), status });
    return body;
  };

  it('lists them newest first, a lapsed PROPOSED one as EXPIRED', async () => {
    const body = await list(recruiter);
    expect(body.errors).toBeUndefined();
    expect(body.data.job.proposals.edges.map((e: any) => [e.node.id, e.node.status])).toEqual([
      [ids.open, 'PROPOSED'],
      [ids.lapsed, 'EXPIRED'],
      [ids.expired, 'EXPIRED'],
      [ids.declined, 'DECLINED'],
    ]);
  });

  it('filters by the status a reader sees, not the stored one', async () => {
    const ofStatus = async (status: string[]) => (await list(recruiter, status)).data.job.proposals.edges.map((e: any) => e.node.id);
    expect(await ofStatus(['PROPOSED'])).toEqual([ids.open]);
    expect(await ofStatus(['EXPIRED'])).toEqual([ids.lapsed, ids.expired]);
    expect(await ofStatus(['PROPOSED', 'DECLINED'])).toEqual([ids.open, ids.declined]);
  });

  it("shows them to partner keys with proposals:read of the job's client only", async () => {
    const { prisma } = server.db;
    const job = await prisma.job.findUniqueOrThrow({ where: { id: jobId } });
    const withScope = await list(recruiter, undefined, await createPartnerKey(prisma, northwind.id, ['PROPOSALS_READ']));
    expect(withScope.data.job.proposals.edges).toHaveLength(4);
    const ownClient = await list(recruiter, undefined, await createPartnerKey(prisma, northwind.id, ['PROPOSALS_READ'], job.clientCompanyId));
    expect(ownClient.data.job.proposals.edges).toHaveLength(4);
    const otherClient = await list(recruiter, undefined, await createPartnerKey(prisma, northwind.id, ['PROPOSALS_READ'], northwindCompanyId));
    expect(otherClient.data.job?.proposals ?? null).toBeNull();
    const withoutScope = await list(recruiter, undefined, await createPartnerKey(prisma, northwind.id, ['JOBS_READ']));
    expect(withoutScope.data.job.proposals).toBeNull();
    expect(withoutScope.errors[0].message).toBe('You are not allowed to see or do this.');
  });

  it("hides them from candidates and the other agency's recruiters", async () => {
    const byCandidate = await list(candidate);
    expect(byCandidate.data.job.proposals).toBeNull();
    const byOther = await list(otherRecruiter);
    expect(byOther.data.job?.proposals ?? null).toBeNull();
  });
});

describe('syncing jobs by updatedAt', () => {
  const SYNC = /* GraphQL */ `
    query Sync($after: String, $since: DateTime!) {
      jobs(first: 1, after: $after, filter: { updatedSince: $since }, orderBy: { field: UPDATED_AT, direction: ASC }) {
        totalCount
        edges { node { id title updatedAt } }
        pageInfo { hasNextPage endCursor }
      }
    }`;

  it('pages a partner through the jobs changed since a time, oldest change first, so an edited job comes last and an untouched one never', async () => {
    const { prisma } = server.db;
    const untouched = await prisma.job.findFirstOrThrow({ where: { agencyId: northwind.id }, orderBy: { updatedAt: 'asc' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date();
    const created = async (title: string) => (await recruiter.graphql(CREATE_JOB, { input: jobInput({ title }) })).body.data.createJob.job;
    const edited = await created('Sync: edited later');
    const plain = await created('Sync: created second');
    const update = await recruiter.graphql(UPDATE_JOB, { input: { id: edited.id, version: edited.version, title: 'Sync: edited later (renamed)' } });
    expect(update.body.data.updateJob.__typename).toBe('UpdateJobSuccess');

    const key = await createPartnerKey(prisma, northwind.id, ['JOBS_READ']);
    const seen: Array<{ id: string; title: string; updatedAt: string }> = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { body }: { body: any } = await server.graphql(SYNC, { after, since: since.toISOString() }, key);
      expect(body.errors).toBeUndefined();
      expect(body.data.jobs.totalCount).toBe(2);
      seen.push(...body.data.jobs.edges.map((e: any) => e.node));
      if (!body.data.jobs.pageInfo.hasNextPage) break;
      after = body.data.jobs.pageInfo.endCursor;
    }
    expect(seen.map((job) => job.title)).toEqual(['Sync: created second', 'Sync: edited later (renamed)']);
    expect(seen.map((job) => job.id)).toEqual([plain.id, edited.id]);
    expect(seen.map((job) => job.id)).not.toContain(gid('Job', untouched.id));
    for (const job of seen) expect(new Date(job.updatedAt).getTime()).toBeGreaterThanOrEqual(since.getTime());
  });

  it('keeps newest created first when no order is given', async () => {
    const { body } = await recruiter.graphql(JOBS, { first: 5 });
    const newest = await server.db.prisma.job.findMany({ where: { agencyId: northwind.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 5 });
    expect(body.data.jobs.edges.map((e: any) => e.node.id)).toEqual(newest.map((job) => gid('Job', job.id)));
  });
});

import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientCompany, createJob, createPartnerKey } from '../../../test/factories.ts';
import { startTestServer, type TestServer } from '../../../test/start-test-server.ts';
import { countInterestAttempt } from './count-interest-attempt.ts';

const PUBLIC_JOB = /* GraphQL */ `
  query PublicJob($slug: String!) {
    publicJob(slug: $slug) { id title slug description interestConsentText clientCompany { name } }
  }`;

const EXPRESS_INTEREST = /* GraphQL */ `
  mutation ExpressInterest($input: ExpressInterestInput!) {
    expressInterest(input: $input) {
      __typename
      ... on ExpressInterestSuccess { job { title } }
      ... on ValidationError { fieldErrors { field message } }
      ... on NotFoundError { message }
      ... on TooManyInterestRequestsError { message retryAfterSeconds }
    }
  }`;

const LEADS = /* GraphQL */ `
  query Leads($includeHandled: Boolean) {
    candidateLeads(first: 50, includeHandled: $includeHandled) {
      totalCount
      edges { node { id fullName email phone message consentText consentGivenAt dismissedAt job { title } candidate { id } } }
    }
  }`;

const DISMISS = /* GraphQL */ `
  mutation Dismiss($input: DismissCandidateLeadInput!) {
    dismissCandidateLead(input: $input) {
      __typename
      ... on DismissCandidateLeadSuccess { lead { id dismissedAt } }
      ... on Error { message }
    }
  }`;

const LINK = /* GraphQL */ `
  mutation Link($input: LinkLeadToCandidateInput!) {
    linkLeadToCandidate(input: $input) {
      __typename
      ... on LinkLeadToCandidateSuccess { lead { id candidate { id } } }
      ... on Error { message }
    }
  }`;

let server: TestServer;
let openJob: { slug: string; title: string; consentText: string };

beforeAll(async () => {
  server = await startTestServer('demo');
  const job = await server.db.prisma.job.findFirstOrThrow({ where: { status: 'OPEN', agency: { name: 'Northwind Talent' } }, orderBy: { id: 'asc' } });
  const { body } = await server.graphql(PUBLIC_JOB, { slug: job.slug });
  openJob = { slug: job.slug!, title: job.title, consentText: body.data.publicJob.interestConsentText };
});
afterAll(() => server.close());

/** An open lead of Northwind written straight to the table, so a test does not depend on another's. */
async function aLead() {
  const job = await server.db.prisma.job.findUniqueOrThrow({ where: { slug: openJob.slug } });
  return server.db.prisma.candidateLead.create({
    data: { agencyId: job.agencyId, jobId: job.id, fullName: 'Lin Lead', email: `lin.${Math.random().toString(36).slice(2)}@example.com`, consentText: openJob.consentText, consentGivenAt: new Date() },
  });
}

const interest = (overrides: Record<string, unknown> = {}) => ({
  slug: openJob.slug,
  fullName: 'Ada Lovelace',
  email: 'Ada.Lovelace@example.com',
  phone: '+44 20 7946 0000',
  message: 'I have built analytical engines for ten years.',
  consentText: openJob.consentText,
  hasConsented: true,
  ...overrides,
});

describe('a public job page', () => {
  it('shows an open job by its slug to someone signed out, with its description and the consent words naming the agency', async () => {
    const { body } = await server.graphql(PUBLIC_JOB, { slug: openJob.slug });
    expect(body.data.publicJob).toMatchObject({ title: openJob.title, slug: openJob.slug });
    expect(body.data.publicJob.description.length).toBeGreaterThan(50);
    expect(body.data.publicJob.interestConsentText).toContain('Northwind Talent');
  });

  it('reads as no job for a slug that is not open (draft or closed) or does not exist', async () => {
    const draft = await server.db.prisma.job.findFirstOrThrow({ where: { status: 'DRAFT' } });
    const closed = await server.db.prisma.job.findFirstOrThrow({ where: { status: { in: ['CLOSED', 'FILLED'] } } });
    for (const slug of [draft.slug, closed.slug, 'no-such-job-000000000000']) {
      const { body } = await server.graphql(PUBLIC_JOB, { slug });
      expect(body.errors).toBeUndefined();
      expect(body.data.publicJob).toBeNull();
    }
  });

  it('every seeded job has a slug of its title and city and ID digits', async () => {
    const jobs = await server.db.prisma.job.findMany({ select: { id: true, slug: true } });
    for (const job of jobs) expect(job.slug).toMatch(new RegExp(`-${job.id.replace(/-/g, '').slice(-12)}$`));
  });
});

describe('a job created through the API', () => {
  it('gets a slug from its title and city (diacritics stripped), kept when the title changes', async () => {
    const recruiter = server.browser();
    await recruiter.signIn('recruiter@shortlist.test');
    const client = await server.db.prisma.clientCompany.findFirstOrThrow({ where: { agency: { name: 'Northwind Talent' } } });
    const { body } = await recruiter.graphql(
      `mutation($input: CreateJobInput!) { createJob(input: $input) { __typename ... on CreateJobSuccess { job { id slug version } } ... on ValidationError { fieldErrors { field message } } } }`,
      {
        input: {
          clientCompanyId: encodeGlobalID('ClientCompany', client.id),
          title: 'Data Engineer',
          seniority: 'MID',
          currency: 'CHF',
          remotePolicy: 'HYBRID',
          city: 'Zürich',
          country: 'CH',
          timeZone: 'Europe/Zurich',
          skills: [{ skill: 'python', requirement: 'MUST_HAVE', minLevel: 3 }],
        },
      },
    );
    const job = body.data.createJob.job;
    expect(job.slug).toMatch(/^data-engineer-zurich-[0-9a-f]{12}$/);
    const updated = await recruiter.graphql(
      `mutation($input: UpdateJobInput!) { updateJob(input: $input) { __typename ... on UpdateJobSuccess { job { title slug } } } }`,
      { input: { id: job.id, version: job.version, title: 'Senior Data Engineer' } },
    );
    expect(updated.body.data.updateJob.job).toEqual({ title: 'Senior Data Engineer', slug: job.slug });
  });
});

describe("I'm interested", () => {
  it('refuses an unticked consent box, naming the field, and stores nothing', async () => {
    const before = await server.db.prisma.candidateLead.count();
    const { body } = await server.graphql(EXPRESS_INTEREST, { input: interest({ hasConsented: false, email: 'not-an-email', fullName: ' ' }) });
    expect(body.data.expressInterest.__typename).toBe('ValidationError');
    expect(body.data.expressInterest.fieldErrors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'fullName', 'hasConsented']);
    expect(body.data.expressInterest.fieldErrors.find((e: { field: string }) => e.field === 'hasConsented').message).toMatch(/Tick the box/);
    expect(await server.db.prisma.candidateLead.count()).toBe(before);
  });

  it('refuses consent words other than the ones the page shows', async () => {
    const { body } = await server.graphql(EXPRESS_INTEREST, { input: interest({ consentText: 'I agree to nothing.' }) });
    expect(body.data.expressInterest.fieldErrors).toEqual([{ field: 'consentText', message: expect.stringMatching(/changed/) }]);
  });

  it('stores a lead with the consent word for word, tells the job\'s recruiters in-app, and answers the same for a known person', async () => {
    const job = await server.db.prisma.job.findUniqueOrThrow({ where: { slug: openJob.slug } });
    const notificationsBefore = await server.db.prisma.notification.count({ where: { title: `New lead for ${job.title}` } });
    const first = await server.graphql(EXPRESS_INTEREST, { input: interest() });
    expect(first.body.data.expressInterest).toEqual({ __typename: 'ExpressInterestSuccess', job: { title: job.title } });
    const lead = await server.db.prisma.candidateLead.findFirstOrThrow({ where: { jobId: job.id }, orderBy: { createdAt: 'desc' } });
    expect(lead).toMatchObject({ agencyId: job.agencyId, email: 'ada.lovelace@example.com', fullName: 'Ada Lovelace', consentText: openJob.consentText, dismissedAt: null });
    const told = await server.db.prisma.notification.findMany({ where: { title: `New lead for ${job.title}` }, include: { user: true } });
    expect(told.length).toBeGreaterThan(notificationsBefore);
    for (const notification of told) {
      expect(notification.user.agencyId).toBe(job.agencyId);
      expect(['RECRUITER', 'ADMIN']).toContain(notification.user.role);
    }
    // The demo candidate is known to the agency: the answer does not say so.
    const known = await server.graphql(EXPRESS_INTEREST, { input: interest({ email: 'candidate@shortlist.test', fullName: 'Sam' }) });
    expect(known.body.data.expressInterest).toEqual(first.body.data.expressInterest);
  });

  it('says a job that is no longer open is not open', async () => {
    const closed = await server.db.prisma.job.findFirstOrThrow({ where: { status: 'CLOSED' } });
    const { body } = await server.graphql(EXPRESS_INTEREST, { input: interest({ slug: closed.slug, email: 'late@example.com' }) });
    expect(body.data.expressInterest).toEqual({ __typename: 'NotFoundError', message: 'This job is no longer open.' });
  });

  it('refuses an address over its budget, storing nothing', async () => {
    await server.db.prisma.$executeRaw`INSERT INTO rate_limit (key, points, expire) VALUES ('interest_ip:127.0.0.1', 10, ${BigInt(Date.now() + 3_600_000)})
      ON CONFLICT (key) DO UPDATE SET points = 10, expire = EXCLUDED.expire`;
    const before = await server.db.prisma.candidateLead.count();
    const { body } = await server.graphql(EXPRESS_INTEREST, { input: interest({ email: 'flood@example.com' }) });
    expect(body.data.expressInterest.__typename).toBe('TooManyInterestRequestsError');
    expect(body.data.expressInterest.retryAfterSeconds).toBeGreaterThan(3000);
    expect(await server.db.prisma.candidateLead.count()).toBe(before);
    await server.db.prisma.$executeRaw`DELETE FROM rate_limit WHERE key = 'interest_ip:127.0.0.1'`;
  });

  it('counts an e-mail across addresses and lets it in again once its window ends', async () => {
    const policy = { ip: { points: 100, windowSeconds: 60 }, email: { points: 2, windowSeconds: 60 } };
    const now = new Date('2030-01-01T10:00:00Z');
    const tries = [];
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) tries.push(await countInterestAttempt(server.db.prisma, { ip, email: 'same@example.com' }, now, policy));
    expect(tries).toEqual([0, 0, 60]);
    expect(await countInterestAttempt(server.db.prisma, { ip: '10.0.0.4', email: 'same@example.com' }, new Date(now.getTime() + 61_000), policy)).toBe(0);
  });
});

describe('leads for recruiters', () => {
  it("lists the agency's open leads newest first for its recruiter; a dismissed one leaves the list", async () => {
    const recruiter = server.browser();
    await recruiter.signIn('recruiter@shortlist.test');
    await server.graphql(EXPRESS_INTEREST, { input: interest({ email: 'grace@example.com', fullName: 'Grace Hopper' }) });
    const { body } = await recruiter.graphql(LEADS);
    const names = body.data.candidateLeads.edges.map((e: { node: { fullName: string } }) => e.node.fullName);
    expect(names[0]).toBe('Grace Hopper');
    expect(names).toContain('Ada Lovelace');
    const grace = body.data.candidateLeads.edges[0].node;
    expect(grace).toMatchObject({ email: 'grace@example.com', job: { title: openJob.title }, consentText: openJob.consentText, dismissedAt: null });

    const dismissed = await recruiter.graphql(DISMISS, { input: { id: grace.id } });
    expect(dismissed.body.data.dismissCandidateLead.__typename).toBe('DismissCandidateLeadSuccess');
    const again = await recruiter.graphql(DISMISS, { input: { id: grace.id } });
    expect(again.body.data.dismissCandidateLead).toEqual({ __typename: 'InvalidTransitionError', message: 'This lead was already dismissed.' });
    const after = await recruiter.graphql(LEADS);
    expect(after.body.data.candidateLeads.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(grace.id);
    const all = await recruiter.graphql(LEADS, { includeHandled: true });
    expect(all.body.data.candidateLeads.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(grace.id);
  });

  it('links a lead to the candidate registered from it, which takes it off the open list', async () => {
    const recruiter = server.browser();
    await recruiter.signIn('recruiter@shortlist.test');
    const lead = { id: encodeGlobalID('CandidateLead', (await aLead()).id) };
    const candidate = await server.db.prisma.candidateProfile.findFirstOrThrow({ where: { agency: { name: 'Northwind Talent' } } });
    const linked = await recruiter.graphql(LINK, { input: { leadId: lead.id, candidateId: encodeGlobalID('Candidate', candidate.id) } });
    expect(linked.body.data.linkLeadToCandidate).toEqual({ __typename: 'LinkLeadToCandidateSuccess', lead: { id: lead.id, candidate: { id: encodeGlobalID('Candidate', candidate.id) } } });
    const after = await recruiter.graphql(LEADS);
    expect(after.body.data.candidateLeads.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(lead.id);
  });

  it('another agency never sees, dismisses or links them', async () => {
    const lead = await aLead();
    const other = server.browser();
    await other.signIn('recruiter@otheragency.test');
    const { body } = await other.graphql(LEADS, { includeHandled: true });
    expect(body.data.candidateLeads.edges.map((e: { node: { email: string } }) => e.node.email)).not.toContain(lead.email);
    const id = encodeGlobalID('CandidateLead', lead.id);
    const dismissed = await other.graphql(DISMISS, { input: { id } });
    expect(dismissed.body.data.dismissCandidateLead).toEqual({ __typename: 'NotFoundError', message: 'That lead does not exist in your agency.' });
    const otherCandidate = await server.db.prisma.candidateProfile.findFirstOrThrow({ where: { agency: { NOT: { name: 'Northwind Talent' } } } });
    const linked = await other.graphql(LINK, { input: { leadId: id, candidateId: encodeGlobalID('Candidate', otherCandidate.id) } });
    expect(linked.body.data.linkLeadToCandidate.__typename).toBe('NotFoundError');
    const node = await other.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id });
    expect(node.body.data?.node ?? null).toBeNull();
    expect(await server.db.prisma.candidateLead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ dismissedAt: null, candidateId: null });
  });

  it('a candidate, someone signed out and a partner key (even with every scope) are refused', async () => {
    const lead = await aLead();
    const id = encodeGlobalID('CandidateLead', lead.id);
    const candidate = server.browser();
    await candidate.signIn('candidate@shortlist.test');
    const key = await createPartnerKey(server.db.prisma, lead.agencyId, ['JOBS_READ', 'JOBS_WRITE', 'CANDIDATES_READ', 'CANDIDATES_WRITE', 'PROPOSALS_READ', 'PROPOSALS_WRITE']);
    const callers = [
      (q: string, v?: Record<string, unknown>) => candidate.graphql(q, v),
      (q: string, v?: Record<string, unknown>) => server.graphql(q, v),
      (q: string, v?: Record<string, unknown>) => server.graphql(q, v, key),
    ];
    for (const call of callers) {
      const list = await call(LEADS);
      expect(list.body.data?.candidateLeads ?? null).toBeNull();
      expect(list.body.errors?.[0]?.message).toBeTruthy();
      expect(JSON.stringify(list.body)).not.toContain(lead.email);
      const dismissed = await call(DISMISS, { input: { id } });
      expect(dismissed.body.data?.dismissCandidateLead, JSON.stringify(dismissed.body)).toMatchObject({ __typename: 'NotAllowedError' });
    }
    expect(await server.db.prisma.candidateLead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ dismissedAt: null });
  });

  it('a client-limited key of another agency sees no lead through node either', async () => {
    const otherRecruiter = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@otheragency.test' } });
    const agency = { id: otherRecruiter.agencyId };
    const client = await createClientCompany(server.db.prisma, agency.id);
    await createJob(server.db.prisma, agency.id, client.id);
    const key = await createPartnerKey(server.db.prisma, agency.id, ['JOBS_READ'], client.id);
    const lead = await aLead();
    const { body } = await server.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: encodeGlobalID('CandidateLead', lead.id) }, key);
    expect(body.data?.node ?? null).toBeNull();
  });
});

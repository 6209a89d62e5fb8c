import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerKey } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

const CLIENT_COMPANIES = /* GraphQL */ `
  query ClientCompanies { clientCompanies { id name industry country city website } }`;

let server: TestServer;
let recruiter: TestBrowser;
let otherRecruiter: TestBrowser;
let candidate: TestBrowser;
let northwind: { id: string };
let harbor: { id: string };

beforeAll(async () => {
  server = await startTestServer('demo');
  const { prisma } = server.db;
  northwind = await prisma.agency.findUniqueOrThrow({ where: { slug: 'northwind' } });
  harbor = await prisma.agency.findUniqueOrThrow({ where: { slug: 'harbor-finch' } });
  ({ recruiter, otherRecruiter, candidate } = await signInDemoUsers(server));
});
afterAll(() => server.close());

describe("the agency's client companies", () => {
  it("lists every client of the recruiter's agency by name, with the details only the agency sees", async () => {
    const { body } = await recruiter.graphql(CLIENT_COMPANIES);
    expect(body.errors).toBeUndefined();
    const expected = await server.db.prisma.clientCompany.findMany({ where: { agencyId: northwind.id }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
    expect(expected.length).toBeGreaterThan(1);
    expect(body.data.clientCompanies).toEqual(
      expected.map((c) => ({ id: gid('ClientCompany', c.id), name: c.name, industry: c.industry, country: c.country, city: c.city, website: c.website })),
    );
  });

  it("never shows one agency's clients to another agency's recruiter", async () => {
    const { body } = await otherRecruiter.graphql(CLIENT_COMPANIES);
    const harborNames = await server.db.prisma.clientCompany.findMany({ where: { agencyId: harbor.id }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { name: true } });
    expect(body.data.clientCompanies.map((c: any) => c.name)).toEqual(harborNames.map((c) => c.name));
  });

  it('gives an admin the same list as a recruiter, with ids createJob accepts as clientCompanyId', async () => {
    const admin = server.browser();
    await admin.signIn('admin@shortlist.test');
    const { body } = await admin.graphql(CLIENT_COMPANIES);
    const mine = await recruiter.graphql(CLIENT_COMPANIES);
    expect(body.data.clientCompanies).toEqual(mine.body.data.clientCompanies);

    const created = await recruiter.graphql(
      `mutation($input: CreateJobInput!) { createJob(input: $input) { __typename ... on CreateJobSuccess { job { clientCompany { id } } } } }`,
      { input: { clientCompanyId: body.data.clientCompanies[0].id, title: 'Data Engineer', seniority: 'MID', currency: 'EUR', remotePolicy: 'REMOTE', country: 'DE', timeZone: 'Europe/Berlin' } },
    );
    expect(created.body.data.createJob).toEqual({ __typename: 'CreateJobSuccess', job: { clientCompany: { id: body.data.clientCompanies[0].id } } });
  });

  it('refuses the list to a candidate and to anyone signed out', async () => {
    for (const { body } of [await candidate.graphql(CLIENT_COMPANIES), await server.graphql(CLIENT_COMPANIES)]) {
      expect(body.data).toBeNull();
      expect(body.errors[0].message).toBe('You are not allowed to see or do this.');
    }
  });

  it("gives a key with JOBS_READ its agency's clients (only its own when limited to one), and tells a key without it which scope it lacks", async () => {
    const { prisma } = server.db;
    const expected = await prisma.clientCompany.findMany({ where: { agencyId: northwind.id }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
    const jobsRead = await createPartnerKey(prisma, northwind.id, ['JOBS_READ']);
    const all = await server.graphql(CLIENT_COMPANIES, {}, jobsRead);
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data.clientCompanies.map((c: any) => c.id)).toEqual(expected.map((c) => gid('ClientCompany', c.id)));
    expect(all.body.data.clientCompanies[0].website).toBe(expected[0]!.website);

    const limited = await createPartnerKey(prisma, northwind.id, ['JOBS_READ'], expected[1]!.id);
    const own = await server.graphql(CLIENT_COMPANIES, {}, limited);
    expect(own.body.data.clientCompanies.map((c: any) => c.id)).toEqual([gid('ClientCompany', expected[1]!.id)]);

    const harborKey = await createPartnerKey(prisma, harbor.id, ['JOBS_READ']);
    const other = await server.graphql(CLIENT_COMPANIES, {}, harborKey);
    expect(other.body.data.clientCompanies.map((c: any) => c.id)).not.toContain(gid('ClientCompany', expected[0]!.id));

    const withoutScope = await createPartnerKey(prisma, northwind.id, ['CANDIDATES_READ', 'PROPOSALS_READ', 'PROPOSALS_WRITE']);
    const refused = await server.graphql(CLIENT_COMPANIES, {}, withoutScope);
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors[0]).toMatchObject({ message: 'This API key needs the JOBS_READ scope to read clientCompanies.', path: ['clientCompanies'] });
  });
});

describe("a job's clientCompany", () => {
  const JOB_CLIENT = /* GraphQL */ `
    query JobClient($id: ID!) { job: node(id: $id) { ... on Job { title clientCompany { id name } } } }`;
  const JOB_CLIENT_WEBSITE = /* GraphQL */ `
    query JobClientWebsite($id: ID!) { job(id: $id) { clientCompany { name website } } }`;

  it('names the client to whoever sees the job: anyone for an open job, a candidate, and a key that reads proposals', async () => {
    const { prisma } = server.db;
    const open = await prisma.job.findFirstOrThrow({ where: { agencyId: northwind.id, status: 'OPEN' }, include: { clientCompany: true } });
    const filled = await prisma.job.findFirstOrThrow({ where: { agencyId: northwind.id, status: { in: ['FILLED', 'CLOSED', 'ON_HOLD'] } }, include: { clientCompany: true } });
    const proposalsRead = await createPartnerKey(prisma, northwind.id, ['PROPOSALS_READ']);
    const answers = [
      [await server.graphql(JOB_CLIENT, { id: gid('Job', open.id) }), open],
      [await candidate.graphql(JOB_CLIENT, { id: gid('Job', filled.id) }), filled],
      [await server.graphql(JOB_CLIENT, { id: gid('Job', filled.id) }, proposalsRead), filled],
    ] as const;
    for (const [{ body }, job] of answers) {
      expect(body.errors).toBeUndefined();
      expect(body.data.job).toEqual({ title: job.title, clientCompany: { id: gid('ClientCompany', job.clientCompanyId), name: job.clientCompany.name } });
    }
  });

  it("keeps the client's website to the agency's staff and keys with JOBS_READ", async () => {
    const { prisma } = server.db;
    const open = await prisma.job.findFirstOrThrow({ where: { agencyId: northwind.id, status: 'OPEN', clientCompany: { website: { not: null } } }, include: { clientCompany: true } });
    const staff = await recruiter.graphql(JOB_CLIENT_WEBSITE, { id: gid('Job', open.id) });
    expect(staff.body.data.job.clientCompany).toEqual({ name: open.clientCompany.name, website: open.clientCompany.website });
    const proposalsRead = await createPartnerKey(prisma, northwind.id, ['PROPOSALS_READ']);
    for (const { body } of [await server.graphql(JOB_CLIENT_WEBSITE, { id: gid('Job', open.id) }), await server.graphql(JOB_CLIENT_WEBSITE, { id: gid('Job', open.id) }, proposalsRead)]) {
      expect(body.data.job.clientCompany).toEqual({ name: open.clientCompany.name, website: null });
      expect(JSON.stringify(body)).not.toContain(open.clientCompany.website);
    }
  });
});

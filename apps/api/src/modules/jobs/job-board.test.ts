import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createClientCompany, createJob } from '../../../test/factories.ts';
import { startTestServer, type TestServer } from '../../../test/start-test-server.ts';

const JOB_BOARD = /* GraphQL */ `
  query JobBoard($first: Int, $after: String, $filter: JobBoardFilter) {
    jobBoard(first: $first, after: $after, filter: $filter) {
      edges { cursor node { id title status remotePolicy city country clientCompany { name } salary { min max currency } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

let server: TestServer;
let titles: { open: string[]; draft: string; closed: string; remote: string };

beforeAll(async () => {
  server = await startTestServer();
  const { prisma } = server.db;
  const northwind = await createAgency(prisma, 'Northwind Talent');
  const harbor = await createAgency(prisma, 'Harbor Staffing');
  const acme = await createClientCompany(prisma, northwind.id, 'Acme Robotics');
  const globex = await createClientCompany(prisma, harbor.id, 'Globex');
  const open = [];
  for (let i = 0; i < 5; i += 1) {
    open.push(await createJob(prisma, northwind.id, acme.id, { publishedAt: new Date(Date.UTC(2026, 10, 1 + i)) }));
  }
  const remote = await createJob(prisma, harbor.id, globex.id, {
    title: 'Remote Data Engineer',
    remotePolicy: 'REMOTE',
    country: 'NL',
    city: 'Amsterdam',
    publishedAt: new Date(Date.UTC(2026, 10, 20)),
  });
  const draft = await createJob(prisma, northwind.id, acme.id, { status: 'DRAFT', title: 'Secret draft role' });
  const closed = await createJob(prisma, northwind.id, acme.id, { status: 'CLOSED', title: 'Closed role' });
  titles = { open: open.map((j) => j.title), draft: draft.title, closed: closed.title, remote: remote.title };
});
afterAll(() => server.close());

describe('the public job board', () => {
  it('lists open jobs of every agency, newest first, to anyone signed out', async () => {
    const { status, body } = await server.graphql(JOB_BOARD, { first: 20 });
    expect(status).toBe(200);
    const listed = body.data.jobBoard.edges.map((e: any) => e.node.title);
    expect(listed).toEqual([titles.remote, ...[...titles.open].reverse()]);
    expect(listed).not.toContain(titles.draft);
    expect(listed).not.toContain(titles.closed);
    expect(body.data.jobBoard.edges[0].node).toMatchObject({
      clientCompany: { name: 'Globex' },
      remotePolicy: 'REMOTE',
      salary: { min: 70000, max: 90000, currency: 'EUR' },
    });
  });

  it('pages with first and after without repeating or skipping a job', async () => {
    const first = await server.graphql(JOB_BOARD, { first: 4 });
    expect(first.body.data.jobBoard.pageInfo.hasNextPage).toBe(true);
    const second = await server.graphql(JOB_BOARD, { first: 4, after: first.body.data.jobBoard.pageInfo.endCursor });
    const all = [...first.body.data.jobBoard.edges, ...second.body.data.jobBoard.edges].map((e: any) => e.node.title);
    expect(all).toHaveLength(6);
    expect(new Set(all).size).toBe(6);
    expect(second.body.data.jobBoard.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by words, remote policy and country', async () => {
    const byWord = await server.graphql(JOB_BOARD, { filter: { search: 'data amsterdam' } });
    expect(byWord.body.data.jobBoard.edges.map((e: any) => e.node.title)).toEqual([titles.remote]);
    const byRemote = await server.graphql(JOB_BOARD, { filter: { remotePolicies: ['REMOTE'] } });
    expect(byRemote.body.data.jobBoard.edges.map((e: any) => e.node.title)).toEqual([titles.remote]);
    const byCountry = await server.graphql(JOB_BOARD, { filter: { countries: ['de'] } });
    expect(byCountry.body.data.jobBoard.edges).toHaveLength(5);
    const byCountries = await server.graphql(JOB_BOARD, { filter: { countries: ['DE', 'nl'] } });
    expect(byCountries.body.data.jobBoard.edges).toHaveLength(6);
    const byDeprecatedCountry = await server.graphql(JOB_BOARD, { filter: { country: 'de' } });
    expect(byDeprecatedCountry.body.data.jobBoard.edges).toHaveLength(5);
  });

  it('refuses a page over 100 with a clear message instead of silently shortening it', async () => {
    const { status, body } = await server.graphql(JOB_BOARD, { first: 100_000 });
    expect(status).toBe(400);
    expect(body.errors[0].message).toBe('"first" must be between 1 and 100; got 100000. Page through larger results with "after".');
  });

  it('explains a malformed country filter', async () => {
    for (const filter of [{ countries: ['Germany'] }, { country: 'Germany' }]) {
      const { body } = await server.graphql(JOB_BOARD, { filter });
      expect(JSON.stringify(body.errors)).toContain('Country is a two-letter ISO code, like DE.');
    }
  });

  it('does not show a draft job through node(id) to someone signed out', async () => {
    const draft = await server.db.prisma.job.findFirstOrThrow({ where: { status: 'DRAFT' } });
    const id = Buffer.from(`Job:${draft.id}`).toString('base64');
    const { body } = await server.graphql(`query { node(id: "${id}") { ... on Job { title } } }`);
    expect(JSON.stringify(body)).not.toContain(titles.draft);
  });
});

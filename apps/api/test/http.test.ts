import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './start-test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers, body });

describe('the HTTP edge', () => {
  it('reports a healthy database at /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: server.db.engine === 'postgres' ? 'postgres' : 'pglite' });
  });

  it('answers malformed JSON with a 400 and a plain message', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].message).toBe('The request body is not valid JSON.');
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('refuses a body over the size limit with 413 before parsing it', async () => {
    const response = await post(JSON.stringify({ query: `{ jobBoard(filter: { search: "${'x'.repeat(1_000_000)}" }) { edges { cursor } } }` }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].message).toBe('The request body is larger than 256kb.');
  });

  it('blocks a cross-site GET query (CSRF prevention) unless it carries a preflight header', async () => {
    const query = encodeURIComponent('{ jobBoard(first: 1) { edges { cursor } } }');
    const simple = await fetch(`${server.url}/graphql?query=${query}`);
    expect(simple.status).toBe(400);
    const preflighted = await fetch(`${server.url}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });

  it('rejects a query nested 20 levels deep, and one with 100 aliases', async () => {
    const depth20 = '{ ' + Array.from({ length: 20 }, () => 'node(id: "x") { ... on Job { clientCompany { ').join('') + 'name' + ' } } }'.repeat(20) + ' }';
    const deepResult = await server.graphql(depth20);
    expect(deepResult.status).toBe(400);
    expect(JSON.stringify(deepResult.body.errors)).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: jobBoard(first: 1) { edges { cursor } }`).join(' ')} }`;
    const aliasResult = await server.graphql(aliases);
    expect(aliasResult.status).toBe(400);
    expect(JSON.stringify(aliasResult.body.errors)).toMatch(/aliases/i);
  });

  it('answers an unknown field and a wrong enum value with a 400 naming them', async () => {
    const unknown = await server.graphql('{ jobBoard { edges { node { salaryFloor } } } }');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].message).toContain('Cannot query field "salaryFloor" on type "Job"');
    const wrongEnum = await server.graphql('{ jobBoard(filter: { remotePolicies: [ANYWHERE] }) { edges { cursor } } }');
    expect(wrongEnum.status).toBe(400);
    expect(wrongEnum.body.errors[0].message).toContain('ANYWHERE');
  });
});

describe('an unexpected failure', () => {
  it('reaches the client masked, with a reference and no SQL or stack trace', async () => {
    const broken = await startTestServer();
    await broken.db.sql.exec('DROP TABLE "ClientCompany" CASCADE');
    const { status, body } = await broken.graphql('{ jobBoard { edges { node { title clientCompany { name } } } } }');
    await broken.close();
    expect(status).toBe(200);
    expect(body.errors[0].message).toMatch(/^Something went wrong on our side\. Quote reference [\w-]+ if you contact support\.$/);
    expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) });
    expect(JSON.stringify(body)).not.toMatch(/ClientCompany|SELECT|relation|stack/i);
  });
});

describe('an ID of the wrong type', () => {
  // Issue 4, acceptance 4: a Job's global ID where a Candidate's is expected, an integer literal, a random base64
  // string, or not a string at all read as "not found" (null, or the typed NotFoundError) or a 400, never a 500.
  let demo: TestServer;
  let recruiter: ReturnType<TestServer['browser']>;
  let jobId: string;
  beforeAll(async () => {
    demo = await startTestServer('demo');
    recruiter = demo.browser();
    await recruiter.signIn('recruiter@shortlist.test');
    const { body } = await recruiter.graphql('{ jobs(first: 1) { edges { node { id } } } }');
    jobId = body.data.jobs.edges[0].node.id;
  });
  afterAll(() => demo.close());

  const randomBase64 = () => Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString('base64');
  const expectHarmless = (status: number, body: unknown) => {
    expect(status).toBeLessThan(500);
    expect(JSON.stringify(body)).not.toMatch(/INTERNAL_SERVER_ERROR|Something went wrong|at \w+ \(|node_modules|prisma|SELECT/i);
  };

  it('reads as null in candidate(id) and node(id)', async () => {
    for (const id of ['JOB', 'RANDOM', 'EMPTY']) {
      const value = id === 'JOB' ? jobId : id === 'RANDOM' ? randomBase64() : '';
      const { status, body } = await recruiter.graphql('query($id: ID!) { candidate(id: $id) { id } node(id: $id) { id } }', { id: value });
      expectHarmless(status, body);
      // node(id) takes any type: a Job's ID is simply that job. One that is not a global ID is a BAD_USER_INPUT error.
      expect(body.data).toEqual({ candidate: null, node: id === 'JOB' ? { id: jobId } : null });
      for (const error of body.errors ?? []) expect(error.extensions.code).toBe('BAD_USER_INPUT');
    }
    const literal = await recruiter.graphql('{ candidate(id: 12345) { id } node(id: 12345) { id } }');
    expectHarmless(literal.status, literal.body);
    expect(literal.body.data).toEqual({ candidate: null, node: null });
    for (const error of literal.body.errors ?? []) expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('is a typed NotFoundError in a mutation', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['mutation($input: UpdateCandidateProfileInput!) { r: updateCandidateProfile(input: $input) { __typename } }', { input: { candidateId: jobId, headline: 'x' } }],
      ['mutation($input: ProposeMatchInput!) { r: proposeMatch(input: $input) { __typename } }', { input: { jobId: randomBase64(), candidateId: jobId, message: 'A message of some length.', slots: [] } }],
      ['mutation { r: cancelInterview(input: { interviewId: 42, reason: OTHER, reasonText: "x", message: "A message of some length." }) { __typename } }', {}],
      ['mutation($input: WithdrawProposalInput!) { r: withdrawProposal(input: $input) { __typename } }', { input: { proposalId: jobId, reason: 'TIMING', message: 'A message of some length.' } }],
    ];
    for (const [query, variables] of cases) {
      const { status, body } = await recruiter.graphql(query, variables);
      expectHarmless(status, body);
      expect(body.data.r.__typename, query).toBe('NotFoundError');
    }
  });

  it('is a plain error in a list filter, and a 400 when it is not an ID at all', async () => {
    const filtered = await recruiter.graphql('query($job: ID) { proposals(filter: { jobId: $job }) { edges { cursor } } }', { job: randomBase64() });
    expectHarmless(filtered.status, filtered.body);
    for (const id of [1.5, true, { id: jobId }, [jobId]]) {
      const { status, body } = await recruiter.graphql('query($id: ID!) { candidate(id: $id) { id } }', { id });
      expect(status).toBe(400);
      expectHarmless(status, body);
    }
    const float = await recruiter.graphql('{ candidate(id: 1.5) { id } }');
    expect(float.status).toBe(400);
    expectHarmless(float.status, float.body);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_DEFAULTS } from '../src/http/rate-limit/budget-config.ts';
import { startTestServer, type TestBrowser, type TestServer } from './start-test-server.ts';

// Issue 9: the cost limit counted literal `first` only, so page sizes in variables ran (5.2 s, 17.6 MB), and every
// response now says what it cost.
const NESTED_BY_VARIABLES =
  'query($n: Int) { jobs(first: $n) { edges { node { suggestedCandidates(first: $n) { edges { node { score explanation { categories { evidence } } candidate { fullName } } } } } } } }';
const NESTED_LITERAL =
  '{ jobs(first: 100) { edges { node { suggestedCandidates(first: 100) { edges { node { score explanation { categories { evidence } } candidate { fullName } } } } } } } }';
const SUGGESTIONS = (alias: string) =>
  `${alias}: job(id: $id) { suggestedCandidates(first: 10) { edges { node { score candidate { fullName } explanation { categories { evidence } } } } } }`;

let server: TestServer;
let recruiter: TestBrowser;
let jobId: string;
beforeAll(async () => {
  server = await startTestServer('demo');
  recruiter = server.browser();
  await recruiter.signIn('recruiter@shortlist.test');
  const { body } = await recruiter.graphql('{ jobs(first: 1, filter: { statuses: [OPEN] }) { edges { node { id } } } }');
  jobId = body.data.jobs.edges[0].node.id;
});
afterAll(() => server.close());

const requestedCost = async (query: string, variables?: Record<string, unknown>) => {
  const { body } = await recruiter.graphql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.extensions.cost.requested as number;
};

describe('the cost limit', () => {
  it('refuses nested suggestions with their page sizes in variables before running them, like the literal query', async () => {
    server.queries.length = 0;
    const byVariables = await recruiter.graphql(NESTED_BY_VARIABLES, { n: 100 });
    expect(byVariables.status).toBe(400);
    const [error] = byVariables.body.errors;
    expect(error.extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(error.extensions.cost.limit).toBe(BUDGET_DEFAULTS.maxQueryCost);
    expect(error.extensions.cost.requested).toBeGreaterThan(BUDGET_DEFAULTS.maxQueryCost);
    expect(error.message).toContain(String(error.extensions.cost.requested));
    expect(error.message).toContain(String(BUDGET_DEFAULTS.maxQueryCost));
    expect(byVariables.body.data).toBeUndefined();
    // Refused before execution: no job was read (only the session was).
    expect(server.queries.filter((sql) => /FROM "public"\."Job"/.test(sql))).toEqual([]);

    const literal = await recruiter.graphql(NESTED_LITERAL);
    expect(literal.status).toBe(400);
    expect(literal.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: error.extensions.cost });
  });

  it('counts a connection without first as its default page of 20, and a variable left to its default', async () => {
    const byDefault = await requestedCost('{ jobs { edges { node { clientCompany { name } } } } }');
    expect(byDefault).toBe(await requestedCost('{ jobs(first: 20) { edges { node { clientCompany { name } } } } }'));
    expect(await requestedCost('query($n: Int = 20) { jobs(first: $n) { edges { node { clientCompany { name } } } } }')).toBe(byDefault);
    expect(await requestedCost('query($n: Int) { jobs(first: $n) { edges { node { clientCompany { name } } } } }', { n: 5 })).toBeLessThan(byDefault);
  });

  it('multiplies by aliases, counts fragments, and leaves out what @skip or @include drop', async () => {
    const one = await requestedCost(`query($id: ID!) { ${SUGGESTIONS('a')} }`, { id: jobId });
    const three = await requestedCost(`query($id: ID!) { ${SUGGESTIONS('a')} ${SUGGESTIONS('b')} ${SUGGESTIONS('c')} }`, { id: jobId });
    expect(three).toBe(3 * one);
    const asFragment = await requestedCost(
      'query($id: ID!) { job(id: $id) { ...S } } fragment S on Job { suggestedCandidates(first: 10) { edges { node { score candidate { fullName } explanation { categories { evidence } } } } } }',
      { id: jobId },
    );
    expect(asFragment).toBe(one);
    const SKIPPABLE = `query($id: ID!, $skip: Boolean!) { job(id: $id) { title ... @skip(if: $skip) { suggestedCandidates(first: 10) { edges { node { score } } } } } }`;
    const skipped = await requestedCost(SKIPPABLE, { id: jobId, skip: true });
    const kept = await requestedCost(SKIPPABLE, { id: jobId, skip: false });
    expect(skipped).toBeLessThan(kept);
    expect(await requestedCost(SKIPPABLE.replace('@skip(if: $skip)', '@include(if: $skip)'), { id: jobId, skip: false })).toBe(skipped);
  });

  it('prices ranked suggestions above as many plain objects, and their explanations on top', async () => {
    const plain = await requestedCost('{ jobs(first: 10) { edges { node { clientCompany { name } } } } }');
    const ranked = await requestedCost(`query($id: ID!) { job(id: $id) { suggestedCandidates(first: 10) { edges { node { candidate { fullName } } } } } }`, { id: jobId });
    const explained = await requestedCost(
      `query($id: ID!) { job(id: $id) { suggestedCandidates(first: 10) { edges { node { candidate { fullName } explanation { forwardScore } } } } } }`,
      { id: jobId },
    );
    expect(ranked).toBeGreaterThan(plain);
    expect(explained).toBeGreaterThan(ranked);
  });

  it('gives mutations a base cost', async () => {
    const { body } = await server.graphql('mutation { signOut }');
    expect(body.extensions.cost.requested).toBeGreaterThanOrEqual(10);
  });

  it('still refuses a page larger than 100, also by variable or by a variable\'s default', async () => {
    const { status, body } = await recruiter.graphql('query($n: Int) { jobs(first: $n) { edges { cursor } } }', { n: 1000 });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const byDefault = await recruiter.graphql('query($n: Int = 1000) { jobs(first: $n) { edges { cursor } } }');
    expect(byDefault.status).toBe(400);
    expect(byDefault.body.errors[0].message).toContain('got 1000');
  });
});

describe('every response', () => {
  it('reports what the query cost and what is left of the caller’s budget, actual at most requested', async () => {
    const before = Date.now();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: recruiter.cookie! },
      body: JSON.stringify({ query: `query($id: ID!) { ${SUGGESTIONS('a')} }`, variables: { id: jobId } }),
    });
    const body = (await response.json()) as any;
    const cost = body.extensions.cost;
    expect(cost).toEqual({ requested: expect.any(Number), actual: expect.any(Number), limit: BUDGET_DEFAULTS.capacity, remaining: expect.any(Number), resetAt: expect.any(String) });
    expect(cost.actual).toBeGreaterThan(0);
    expect(cost.actual).toBeLessThanOrEqual(cost.requested);
    expect(cost.remaining).toBeLessThanOrEqual(cost.limit - cost.actual);
    expect(new Date(cost.resetAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(response.headers.get('ratelimit-limit')).toBe(String(BUDGET_DEFAULTS.capacity));
    expect(response.headers.get('ratelimit-remaining')).toBe(String(cost.remaining));
    expect(Number(response.headers.get('ratelimit-reset'))).toBeGreaterThanOrEqual(0);
  });

  it('gives back what a page shorter than asked did not cost', async () => {
    const { body } = await recruiter.graphql('{ jobs(first: 100, filter: { statuses: [OPEN] }) { edges { node { clientCompany { name } } } } }');
    const returned = body.data.jobs.edges.length;
    expect(returned).toBeLessThan(100);
    expect(body.extensions.cost.requested).toBe(2 + 2 * 100);
    expect(body.extensions.cost.actual).toBe(2 + 2 * returned);
  });

  it('carries the cost and the RateLimit headers also when the query is invalid', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ jobBoard { nope } }' }) });
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.extensions.cost).toMatchObject({ actual: 1, limit: BUDGET_DEFAULTS.capacity });
    expect(response.headers.get('ratelimit-remaining')).toBe(String(body.extensions.cost.remaining));
  });
});

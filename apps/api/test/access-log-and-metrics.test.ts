import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../src/http/logging/create-logger.ts';
import { createServer } from '../src/server.ts';
import type { LogLine } from './capture-logs.ts';
import { signInDemoUsers, startTestServer, type TestServer, type TestBrowser } from './start-test-server.ts';

let server: TestServer;
let recruiter: TestBrowser;
beforeAll(async () => {
  server = await startTestServer('demo');
  ({ recruiter } = await signInDemoUsers(server));
});
afterAll(() => server.close());

async function post(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(recruiter.cookie ? { cookie: recruiter.cookie } : {}), ...headers },
    body: JSON.stringify({ query }),
  });
  return { requestId: response.headers.get('x-request-id')!, status: response.status, body: (await response.json()) as any };
}

/** Lines are written when the answer has gone out; a later request's line proves the earlier ones are all there. */
async function settledLinesOf(requestId: string): Promise<LogLine[]> {
  const { requestId: later } = await post('query LogBarrier { me { __typename } }');
  await vi.waitFor(() => expect(server.logs.some((line) => line.requestId === later && line.msg === 'request')).toBe(true));
  return server.logs.filter((line) => line.requestId === requestId);
}

async function metricValue(url: string, series: string, headers: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(`${url}/metrics`, { headers })).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('the access log', () => {
  it('writes exactly one line per GraphQL request, with our request ID, the operation, its cost and the viewer kind', async () => {
    const { requestId, status } = await post('query JobsForAccessLog { jobs(first: 2) { edges { node { title } } } }', {
      'x-request-id': 'partner-trace-42',
    });
    expect(status).toBe(200);

    const lines = await settledLinesOf(requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request',
      requestId,
      clientRequestId: 'partner-trace-42',
      method: 'POST',
      route: '/graphql',
      status: 200,
      operationName: 'JobsForAccessLog',
      operationType: 'query',
      viewer: 'user',
      cost: { requested: expect.any(Number), actual: expect.any(Number) },
    });
    expect(lines[0]!.durationMs).toBeGreaterThanOrEqual(0);
    // No personal data: the viewer is a kind, never a user, session or agency.
    expect(JSON.stringify(lines[0])).not.toMatch(/recruiter@|userId|agencyId|cookie/i);
  });

  it('writes one line for other routes too, naming the route pattern rather than the path a token travels in', async () => {
    const health = await fetch(`${server.url}/healthz`);
    const ics = await fetch(`${server.url}/interviews/not-a-real-token.ics`);
    const [healthLines, icsLines] = [
      await settledLinesOf(health.headers.get('x-request-id')!),
      await settledLinesOf(ics.headers.get('x-request-id')!),
    ];
    expect(healthLines).toEqual([expect.objectContaining({ msg: 'request', method: 'GET', route: '/healthz', status: 200, viewer: 'anonymous' })]);
    expect(icsLines).toEqual([expect.objectContaining({ msg: 'request', route: '/interviews/:file', status: ics.status })]);
    expect(JSON.stringify(icsLines)).not.toContain('not-a-real-token');
  });

  it('logs an unexpected error that hits many fields once, in full with its stack, and counts the rest', async () => {
    // pipelineCounts is loaded in one batch for every job on the page: without its table, each job's field fails.
    await server.db.sql.exec('DROP TABLE "Proposal" CASCADE');
    const { requestId, body } = await post('query ManyFailingFields { jobs(first: 50) { edges { node { title pipelineCounts { count } } } } }');
    const failures = body.errors.length as number;
    expect(failures).toBeGreaterThan(3);

    const lines = await settledLinesOf(requestId);
    expect(lines).toHaveLength(2);
    const [error, access] = [lines.find((line) => line.msg !== 'request')!, lines.find((line) => line.msg === 'request')!];
    expect(error).toMatchObject({ msg: expect.stringMatching(/^unexpected error in jobs\.edges\.\d+\.node\.pipelineCounts$/), moreLikeThis: failures - 1 });
    expect(error.err.stack).toMatch(/Proposal/);
    expect(access.errors).toEqual({ expected: 0, unavailable: 0, unexpected: failures });
  });
});

describe('/metrics', () => {
  it('counts a request under its operation name', async () => {
    const series = 'shortlist_graphql_requests_total{operation="JobsForMetrics",type="query",outcome="ok"}';
    const before = await metricValue(server.url, series);
    await post('query JobsForMetrics { jobs(first: 1) { edges { cursor } } }');
    await post('query JobsForMetrics { jobs(first: 1) { edges { cursor } } }');
    await vi.waitFor(async () => expect(await metricValue(server.url, series)).toBe(before + 2));

    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toContain('shortlist_graphql_request_duration_seconds_bucket{le="0.005",operation="JobsForMetrics"}');
    expect(text).toContain('process_cpu_user_seconds_total');
    if (server.db.kind === 'postgres') expect(text).toMatch(/^shortlist_db_pool_connections\{state="total"\} \d+$/m);
  });

  it('folds nameless operations into one label', async () => {
    const series = 'shortlist_graphql_requests_total{operation="(anonymous)",type="query",outcome="ok"}';
    const before = await metricValue(server.url, series);
    await post('{ jobs(first: 1) { edges { cursor } } }');
    await vi.waitFor(async () => expect(await metricValue(server.url, series)).toBe(before + 1));
  });

  it('is not served in production without the token, and is with it', async () => {
    const withToken = await createServer({ db: server.db, isProduction: true, logger: createLogger('silent'), metricsToken: 'scrape-secret-0123456789' });
    const withoutToken = await createServer({ db: server.db, isProduction: true, logger: createLogger('silent'), metricsToken: '' });
    const [running, runningWithout] = await Promise.all([withToken.listen(0, '127.0.0.1'), withoutToken.listen(0, '127.0.0.1')]);
    try {
      const url = running.url.replace('localhost', '127.0.0.1');
      expect((await fetch(`${url}/metrics`)).status).toBe(404);
      expect((await fetch(`${url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(404);
      const right = await fetch(`${url}/metrics`, { headers: { authorization: 'Bearer scrape-secret-0123456789' } });
      expect(right.status).toBe(200);
      expect(right.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await right.text()).toContain('# TYPE shortlist_graphql_requests_total counter');

      // No token configured: nothing opens it, not even an empty bearer.
      const urlWithout = runningWithout.url.replace('localhost', '127.0.0.1');
      expect((await fetch(`${urlWithout}/metrics`)).status).toBe(404);
      expect((await fetch(`${urlWithout}/metrics`, { headers: { authorization: 'Bearer ' } })).status).toBe(404);
    } finally {
      withToken.httpServer.close();
      withoutToken.httpServer.close();
      await Promise.all([running.close(), runningWithout.close()]);
    }
  });

  it('counts callers held back by the cost budget and by the sign-in throttle', async () => {
    const strict = await createServer({
      db: server.db,
      isProduction: false,
      logger: createLogger('silent'),
      budget: { maxQueryCost: 5000, capacity: 3, restorePerSecond: 0.001 },
    });
    const throttled = await createServer({
      db: server.db,
      isProduction: false,
      logger: createLogger('silent'),
      signInThrottlePolicy: {
        account: { failuresBeforeWait: 1, firstWaitSeconds: 60, maxWaitSeconds: 60, memorySeconds: 600 },
        ip: { failuresBeforeWait: 1000, firstWaitSeconds: 1, maxWaitSeconds: 1, memorySeconds: 600 },
      },
    });
    const runnings = await Promise.all([strict.listen(0, '127.0.0.1'), throttled.listen(0, '127.0.0.1')]);
    try {
      const [strictUrl, throttledUrl] = runnings.map((running) => running.url.replace('localhost', '127.0.0.1')) as [string, string];
      const send = (url: string, query: string, variables?: Record<string, unknown>) =>
        fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });

      const statuses: number[] = [];
      for (let attempt = 0; attempt < 10 && !statuses.includes(429); attempt += 1) statuses.push((await send(strictUrl, '{ __typename }')).status);
      expect(statuses).toContain(429);
      expect(await metricValue(strictUrl, 'shortlist_rate_limit_refusals_total{limit="budget"}')).toBe(1);

      const signIn = 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }';
      const input = { email: `nobody-${Date.now()}@example.test`, password: 'wrong password' };
      const answers: string[] = [];
      for (let attempt = 0; attempt < 2; attempt += 1) answers.push(((await (await send(throttledUrl, signIn, { input })).json()) as any).data.signIn.__typename);
      expect(answers).toEqual(['InvalidCredentialsError', 'TooManySignInAttemptsError']);
      expect(await metricValue(throttledUrl, 'shortlist_rate_limit_refusals_total{limit="sign_in"}')).toBe(1);
    } finally {
      strict.httpServer.close();
      throttled.httpServer.close();
      await Promise.all(runnings.map((running) => running.close()));
    }
  });
});

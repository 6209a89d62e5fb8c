import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BudgetConfig } from '../src/http/rate-limit/budget-config.ts';
import { createLogger } from '../src/http/logging/create-logger.ts';
import { createServer } from '../src/server.ts';

// Issue 9, "Budgets per caller": a leaky bucket per API key, per signed-in user and per IP, shared by every API
// process, answered 429 with Retry-After and RateLimit-* when empty.
const apiDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const engine = inject('shortlistTestDb');

/** 12 points (a connection, its edges and ten jobs); the demo data has more than ten public jobs, so it costs that. */
const TEN_JOBS = '{ jobBoard(first: 10) { edges { node { id } } } }';
const TEN_JOBS_COST = 12;

interface Caller {
  post(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any; headers: Headers }>;
}

function callerAt(url: string, headers: Record<string, string> = {}): Caller {
  return {
    async post(query, variables) {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      return { status: response.status, body: await response.json(), headers: response.headers };
    },
  };
}

/** Sends TEN_JOBS until it is refused; the refusal. */
async function drain(caller: Caller) {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const answer = await caller.post(TEN_JOBS);
    if (answer.status !== 200) return answer;
  }
  throw new Error('the budget never ran out');
}

async function startServer(db: TestDatabase, budget: BudgetConfig) {
  const server = await createServer({ db, isProduction: false, logger: createLogger('silent'), budget });
  const running = await server.listen(0, '127.0.0.1');
  return {
    url: running.url.replace('localhost', '127.0.0.1'),
    close: async () => {
      server.httpServer.close();
      await running.close();
    },
  };
}

async function signIn(url: string, email: string): Promise<Caller> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', variables: { input: { email, password: 'shortlist' } } }),
  });
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  return callerAt(url, { cookie });
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('demo');
});
afterAll(() => db.close());

describe('a caller whose budget runs out', () => {
  // The steady part (1 point a second) never covers a 12-point query, so only the reserve pays, and it refills in 29 s,
  // long after this test: each caller gets exactly two queries.
  const budget: BudgetConfig = { maxQueryCost: 30, capacity: 30, restorePerSecond: 1 };

  it('is answered 429 with Retry-After and RateLimit headers, while an anonymous IP, a user and a key each have their own bucket', async () => {
    const server = await startServer(db, budget);
    try {
      const recruiter = await signIn(server.url, 'recruiter@shortlist.test');
      const admin = await signIn(server.url, 'admin@shortlist.test');
      const created = await admin.post(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeySuccess { secret } } }',
        { input: { name: 'Budget test', scopes: ['JOBS_READ'] } },
      );
      const partner = callerAt(server.url, { authorization: `Bearer ${created.body.data.createApiKey.secret}` });
      const anonymous = callerAt(server.url);

      const refused = await drain(anonymous);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(refused.headers.get('ratelimit-limit')).toBe('30');
      expect(Number(refused.headers.get('ratelimit-remaining'))).toBeLessThan(TEN_JOBS_COST);
      expect(Number(refused.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors[0].extensions).toMatchObject({
        code: 'RATE_LIMITED',
        cost: { requested: TEN_JOBS_COST, actual: 0, limit: 30, remaining: Number(refused.headers.get('ratelimit-remaining')) },
      });
      expect(refused.body.errors[0].message).toMatch(/costs 12 points/);

      // Someone else's bucket is untouched.
      expect((await recruiter.post(TEN_JOBS)).status).toBe(200);
      expect((await partner.post(TEN_JOBS)).status).toBe(200);
      expect((await drain(recruiter)).body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect((await partner.post(TEN_JOBS)).status).toBe(200);
      expect((await drain(partner)).status).toBe(429);
      expect((await anonymous.post(TEN_JOBS)).status).toBe(429);
    } finally {
      await server.close();
    }
  });

  it('is served again once the bucket has refilled, after the Retry-After it was given', async () => {
    // 10 points a second (never enough for 12) and a reserve of 15 that refills within 2 s: the wait is short and
    // real, no clock is faked. A caller of its own: buckets outlive a server (in PostgreSQL they are the database's).
    const server = await startServer(db, { maxQueryCost: 15, capacity: 25, restorePerSecond: 10 });
    try {
      const caller = await signIn(server.url, 'candidate@shortlist.test');
      const refused = await drain(caller);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(2);
      await sleep(retryAfter * 1000 + 100);
      const again = await caller.post(TEN_JOBS);
      expect(again.status).toBe(200);
      expect(again.body.extensions.cost).toMatchObject({ requested: TEN_JOBS_COST, actual: TEN_JOBS_COST });
    } finally {
      await server.close();
    }
  });
});

describe('two API processes on one PostgreSQL', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it.skipIf(engine !== 'postgres')('draw on one budget: drained through one, the other refuses too', async () => {
    const databaseUrl = (db.pool as unknown as { options: { connectionString: string } }).options.connectionString;
    // Buckets are the database's: start from full ones, whatever the tests above drew.
    await db.pool!.query('DELETE FROM rate_limit');
    // 40 points, 1 a second: three 12-point queries, and the reserve refills only after 39 s.
    const env = { DATABASE_URL: databaseUrl, SHORTLIST_SEED: 'off', SHORTLIST_RATE_CAPACITY: '40', SHORTLIST_RATE_RESTORE_PER_SECOND: '1', SHORTLIST_RATE_MAX_QUERY_COST: '40' };
    const [a, b] = await Promise.all([startProcess(env), startProcess(env)]);
    cleanups.push(a.stop, b.stop);

    const first = await callerAt(a.url).post(TEN_JOBS);
    expect(first.status).toBe(200);
    const refusedByA = await drain(callerAt(a.url));
    expect(refusedByA.status).toBe(429);
    const refusedByB = await callerAt(b.url).post(TEN_JOBS);
    expect(refusedByB.status).toBe(429);
    expect(refusedByB.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refusedByB.headers.get('ratelimit-remaining')).toBe(refusedByA.headers.get('ratelimit-remaining'));
  });
  if (engine !== 'postgres') it.skip('(PostgreSQL only: the embedded PGlite is one process by construction, its budgets live in memory)', () => {});
});

/** `src/main.ts` as `npm start` runs it, on the given database; resolves once it prints its URL. */
function startProcess(env: Record<string, string>): Promise<{ url: string; stop: () => Promise<unknown> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: { ...process.env, PORT: '0', SHORTLIST_DATA_DIR: '', REDIS_URL: '', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match) resolve({ url: match[1]!.replace('localhost', '127.0.0.1'), stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createLogger } from '../src/http/logging/create-logger.ts';
import { createServer } from '../src/server.ts';

const engine = inject('shortlistTestDb');
let db: TestDatabase;
const closers: Array<() => Promise<void>> = [];

beforeAll(async () => {
  db = await createTestDatabase('demo');
});
afterAll(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await db?.close();
});

/** A server on the test database; each test closes its own, so the next one starts a match index afresh. */
async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await createServer({ db, isProduction: false, logger: createLogger('silent') });
  const running = await server.listen(0, '127.0.0.1');
  let isClosed = false;
  const close = async () => {
    if (isClosed) return;
    isClosed = true;
    server.httpServer.close();
    await running.close();
  };
  closers.push(close);
  return { url: running.url.replace('localhost', '127.0.0.1'), close };
}

/**
 * Holds the start-up build back until the returned function is called: on PostgreSQL a lock on the change log (its
 * head is read first), on PGlite an open transaction (one connection: every other statement waits for it).
 */
async function holdTheBuild(): Promise<() => Promise<void>> {
  if (db.pglite) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const isHeld = new Promise<void>((resolve) => (held = resolve));
    const transaction = db.pglite.transaction(async () => {
      held();
      await released;
    });
    await isHeld;
    return async () => {
      release();
      await transaction;
    };
  }
  const client = await db.pool!.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE "ChangeLogEntry" IN ACCESS EXCLUSIVE MODE');
  return async () => {
    await client.query('COMMIT');
    client.release();
  };
}

async function metricValue(url: string, series: string): Promise<number | undefined> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe(`readiness (${engine})`, () => {
  it('answers /readyz 503 while the match index is built, and 200 with its position and size once built and caught up', async () => {
    const release = await holdTheBuild();
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer();
      const { url } = server;
      const starting = await fetch(`${url}/readyz`);
      expect(starting.status).toBe(503);
      expect(starting.headers.get('retry-after')).toBe('1');
      expect(starting.headers.get('cache-control')).toBe('no-store');
      expect(await starting.json()).toMatchObject({ status: 'starting', candidates: expect.any(Number), jobs: expect.any(Number) });
      // Liveness does not wait for the index (on PGlite the held transaction holds every statement, /healthz's too).
      if (engine === 'postgres') expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect(await metricValue(url, 'shortlist_match_index_ready')).toBe(0);
    } finally {
      await release();
    }

    const { url } = server;
    const [candidates, jobs] = await Promise.all([db.prisma.candidateProfile.count(), db.prisma.job.count({ where: { status: 'OPEN' } })]);
    await vi.waitFor(async () => expect((await fetch(`${url}/readyz`)).status).toBe(200), { timeout: 20_000, interval: 50 });
    // The expiry sweeper starts once the index is ready, and its start-up sweep writes the seed's lapsed proposals
    // EXPIRED, each with a change: the log's head moves past the index just after it answered 200. Once that sweep
    // is done, the index reaches the new head, and the lag says 0 only then.
    await vi.waitFor(
      async () => {
        const [due] = await db.sql.query<{ due: number }>(
          `SELECT count(*)::int AS due FROM "Proposal" WHERE "status" = 'PROPOSED' AND "respondBy" < now()`,
        );
        expect(due!.due).toBe(0);
      },
      { timeout: 20_000, interval: 50 },
    );
    await vi.waitFor(
      async () => {
        const [head] = await db.sql.query<{ head: string }>(`SELECT coalesce(max("position"), 0)::text AS head FROM "ChangeLogEntry"`);
        const ready = await fetch(`${url}/readyz`);
        expect(await ready.json()).toEqual({ status: 'ready', index: { position: head!.head, candidates, jobs, restoredAgencies: 0 } });
        expect(await metricValue(url, 'shortlist_match_index_lag')).toBe(0);
      },
      { timeout: 20_000, interval: 50 },
    );
    expect(await metricValue(url, 'shortlist_match_index_ready')).toBe(1);
    expect(await metricValue(url, 'shortlist_match_index_candidates')).toBe(candidates);
    expect(await metricValue(url, 'shortlist_match_index_jobs')).toBe(jobs);
    expect(await metricValue(url, 'shortlist_match_index_build_seconds')).toBeGreaterThan(0);
    await server.close();
  });

  it('answers a ranking asked for before the index is ready once it is, instead of refusing it', async () => {
    const { url } = await startServer();
    const signIn = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }',
        variables: { input: { email: 'recruiter@shortlist.test', password: 'shortlist' } },
      }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const job = await db.prisma.job.findFirstOrThrow({ where: { status: 'OPEN', agency: { slug: 'northwind' } }, select: { id: true } });
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        query: 'query($id: ID!) { job(id: $id) { ... on Job { suggestedCandidates(first: 3) { edges { node { score } } } } } }',
        variables: { id: encodeGlobalID('Job', job.id) },
      }),
    });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.job.suggestedCandidates.edges).toHaveLength(3);
  });
});

import { openDatabase, type Database, type DatabaseLimits } from '@shortlist/db/open-database';
import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import net from 'node:net';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/http/is-database-unavailable.ts';
import { createLogger } from '../src/http/logging/create-logger.ts';
import { createServer } from '../src/server.ts';

// Nothing stalls the server: a request deadline, database time limits answered 503 + Retry-After, and a /healthz that
// answers within a second saying what is down. Assertions are on answers, never on durations.

const engine = inject('shortlistTestDb');
const ME = '{ me { email } }';
const JOB_BOARD = '{ jobBoard(first: 3) { edges { node { title } } } }';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

interface Running {
  url: string;
  db: Database;
  close(): Promise<void>;
}

async function startServer(db: Database, requestDeadlineMs: number): Promise<Running> {
  const server = await createServer({ db, isProduction: false, requestDeadlineMs, logger: createLogger('silent') });
  const running = await server.listen(0, '127.0.0.1');
  return {
    url: running.url.replace('localhost', '127.0.0.1'),
    db,
    async close() {
      server.httpServer.closeAllConnections();
      server.httpServer.close();
      await running.close();
    },
  };
}

async function ask(url: string, query: string, cookie?: string): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Answer['body'] };
}

async function health(url: string) {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function signIn(url: string, email = 'recruiter@shortlist.test'): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }',
      variables: { input: { email, password: 'shortlist' } },
    }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${await response.text()}`);
  return cookie;
}

/** The typed, retryable answer every time limit must produce. */
function expectServiceUnavailable(answer: Answer) {
  expect(answer.status).toBe(503);
  expect(Number(answer.retryAfter)).toBeGreaterThan(0);
  expect(answer.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  expect(answer.body.errors?.[0]?.message).toMatch(/try again/i);
  // No SQL, no stack, no driver message.
  expect(JSON.stringify(answer.body)).not.toMatch(/SELECT|statement|timeout exceeded|at \w+ \(|node_modules/i);
}

describe('which database failures are answered 503 (retryable) and which stay masked as 500', () => {
  /** The shape Prisma gives a pg error it passes through from the adapter (seen for 57014 and 55P03). */
  const prismaRaw = (code: string, message: string) =>
    Object.assign(new Error(`Raw query failed. Code: \`${code}\`. Message: \`${message}\``), {
      code: 'P2010',
      meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { originalCode: code, kind: 'postgres', code, message } } },
    });

  it('treats timeouts, a full pool and lost connections as retryable', () => {
    expect(isDatabaseUnavailable(prismaRaw('57014', 'canceling statement due to statement timeout'))).toBe(true);
    expect(isDatabaseUnavailable(prismaRaw('55P03', 'canceling statement due to lock timeout'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Query read timeout'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable({ kind: 'DatabaseNotReachable', host: '127.0.0.1' })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('P2024'), { code: 'P2024' }))).toBe(true);
  });

  it('keeps bugs and bad data unexpected (still masked, still logged)', () => {
    expect(isDatabaseUnavailable(prismaRaw('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isDatabaseUnavailable(prismaRaw('42P01', 'relation "x" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});

describe(`the request deadline and /healthz on ${engine}`, () => {
  let db: TestDatabase;
  let server: Running;
  /** Holds the database busy until released: PGlite's single connection in an open transaction, or a table lock. */
  let holdDatabase: () => Promise<() => Promise<void>>;

  beforeAll(async () => {
    db = await createTestDatabase('demo');
    server = await startServer(db, 1000);
    holdDatabase = async () => {
      if (db.pglite) {
        // PGlite answers one statement at a time: a transaction left open keeps every other query waiting.
        let release!: () => void;
        let started!: () => void;
        const isStarted = new Promise<void>((resolve) => (started = resolve));
        const done = db.pglite.transaction(async () => {
          started();
          await new Promise<void>((resolve) => (release = resolve));
        });
        await isStarted;
        return async () => {
          release();
          await done;
        };
      }
      const locker = new pg.Client({ connectionString: (db.pool!.options as { connectionString: string }).connectionString });
      await locker.connect();
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Job" IN ACCESS EXCLUSIVE MODE');
      return async () => {
        await locker.query('ROLLBACK');
        await locker.end();
      };
    };
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('answers a request that outlives its deadline with 503, Retry-After and SERVICE_UNAVAILABLE, then serves again', async () => {
    const release = await holdDatabase();
    try {
      expectServiceUnavailable(await ask(server.url, JOB_BOARD));
    } finally {
      await release();
    }
    const after = await ask(server.url, JOB_BOARD);
    expect(after.status).toBe(200);
    expect(after.body.errors).toBeUndefined();
  });

  it('says at /healthz that the database is down while it cannot answer, and ok once it can', async () => {
    // PGlite's busy transaction also blocks SELECT 1; on PostgreSQL a table lock does not, so hold every connection.
    const release = db.pglite ? await holdDatabase() : await exhaustPool(db);
    try {
      const down = await health(server.url);
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ status: 'unavailable', database: engine, checks: { database: 'timeout' } });
    } finally {
      await release();
    }
    expect(await health(server.url)).toEqual({ status: 200, body: { status: 'ok', database: engine } });
  });
});

/** Checks out every connection of the pool and keeps them until released. */
async function exhaustPool(db: Database) {
  const pool = db.pool!;
  const clients = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
  return async () => {
    for (const client of clients) client.release();
  };
}

/**
 * A TCP proxy between the server's pool and PostgreSQL that can stop forwarding: a frozen connection, the way a
 * dropped network path or a stuck database looks from the API (no error, no answer).
 */
async function startFreezableProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  /** While frozen, bytes in either direction wait here (in order) instead of being forwarded. */
  const held: Array<{ to: net.Socket; chunk: Buffer }> = [];
  let isFrozen = false;
  const forward = (from: net.Socket, to: net.Socket) =>
    from.on('data', (chunk: Buffer) => (isFrozen ? held.push({ to, chunk }) : to.write(chunk)));
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    freeze() {
      isFrozen = true;
    },
    resume() {
      isFrozen = false;
      for (const { to, chunk } of held.splice(0)) if (!to.destroyed) to.write(chunk);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// The failures below need a real network connection and a database server with other sessions; PGlite runs in the
// process, with one connection and no statement timeout, so they cannot happen there.
describe.skipIf(engine !== 'postgres')('PostgreSQL time limits (a connection that freezes, a statement that waits, a full pool)', () => {
  let fixture: TestDatabase;
  let fixtureUrl: URL;
  const opened: Array<{ close(): Promise<void> }> = [];

  beforeAll(async () => {
    fixture = await createTestDatabase('demo');
    fixtureUrl = new URL((fixture.pool!.options as { connectionString: string }).connectionString);
  });
  afterEach(async () => {
    while (opened.length > 0) await opened.pop()!.close();
  });
  afterAll(async () => {
    await fixture?.close();
  });

  async function open(limits: Partial<DatabaseLimits>, requestDeadlineMs: number, url: URL = fixtureUrl) {
    const db = await openDatabase({ databaseUrl: url.toString(), limits });
    opened.push(db);
    const server = await startServer(db, requestDeadlineMs);
    opened.push(server);
    return server;
  }

  it('answers 503 while the connection is frozen, says so at /healthz, and recovers when it thaws', async () => {
    const proxy = await startFreezableProxy({ host: fixtureUrl.hostname, port: Number(fixtureUrl.port || 5432) });
    const viaProxy = new URL(fixtureUrl);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const server = await open({ statementTimeoutMs: 5000, queryTimeoutMs: 1500, acquireTimeoutMs: 1000, poolSize: 2 }, 3000, viaProxy);
    opened.unshift(proxy);
    const cookie = await signIn(server.url);
    expect((await ask(server.url, ME, cookie)).body.data).toEqual({ me: { email: 'recruiter@shortlist.test' } });

    proxy.freeze();
    const [signedIn, anonymous] = await Promise.all([ask(server.url, ME, cookie), ask(server.url, JOB_BOARD)]);
    expectServiceUnavailable(signedIn);
    expectServiceUnavailable(anonymous);
    const down = await health(server.url);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', database: 'postgres' });

    proxy.resume();
    // The frozen connections were abandoned by the query timeout; the pool opens fresh ones.
    await expect.poll(async () => (await health(server.url)).status, { timeout: 10_000, interval: 200 }).toBe(200);
    const recovered = await ask(server.url, ME, cookie);
    expect(recovered.status).toBe(200);
    expect(recovered.body.data).toEqual({ me: { email: 'recruiter@shortlist.test' } });
  });

  it('cancels a statement that waits too long (a table lock held elsewhere) and answers 503, typed and retryable', async () => {
    // The deadline is far away, so the answer comes from the database's statement timeout, not the deadline.
    const server = await open({ statementTimeoutMs: 300, lockTimeoutMs: 10_000, queryTimeoutMs: 5000 }, 20_000);
    const locker = new pg.Client({ connectionString: fixtureUrl.toString() });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE "Job" IN ACCESS EXCLUSIVE MODE');
    try {
      expectServiceUnavailable(await ask(server.url, JOB_BOARD));
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect((await ask(server.url, JOB_BOARD)).status).toBe(200);
  });

  it('gives up waiting for a lock before the statement timeout, with the same 503', async () => {
    const server = await open({ statementTimeoutMs: 10_000, lockTimeoutMs: 300, queryTimeoutMs: 15_000 }, 20_000);
    const cookie = await signIn(server.url);
    const locker = new pg.Client({ connectionString: fixtureUrl.toString() });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE "User" IN ACCESS EXCLUSIVE MODE');
    try {
      expectServiceUnavailable(await ask(server.url, ME, cookie));
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect((await ask(server.url, ME, cookie)).body.data).toEqual({ me: { email: 'recruiter@shortlist.test' } });
  });

  it('answers 503 instead of 500 when every pooled connection is busy, and serves again once one is free', async () => {
    const server = await open({ acquireTimeoutMs: 300, poolSize: 2 }, 20_000);
    const cookie = await signIn(server.url);
    const release = await exhaustPool(server.db);
    try {
      expectServiceUnavailable(await ask(server.url, JOB_BOARD));
      expectServiceUnavailable(await ask(server.url, ME, cookie));
    } finally {
      await release();
    }
    expect((await ask(server.url, ME, cookie)).body.data).toEqual({ me: { email: 'recruiter@shortlist.test' } });
  });
});

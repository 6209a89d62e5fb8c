import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import { createServer } from '../src/server.ts';
import { captureLogs, type LogLine } from './capture-logs.ts';

export interface TestServer {
  url: string;
  db: TestDatabase;
  /** Every SQL statement Prisma sent, in order; clear it (`queries.length = 0`) before the request to measure. */
  queries: string[];
  /** Every line the server logged (pino JSON, parsed), in order. */
  logs: LogLine[];
  /** POSTs a GraphQL request the way a browser or partner would, and returns status and JSON body. */
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
  /** A browser-like client that keeps the session cookie between requests. */
  browser(): TestBrowser;
  close(): Promise<void>;
}

export interface TestBrowser {
  graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: T; setCookie: string | null }>;
  signIn(email: string, password?: string): Promise<void>;
  cookie: string | null;
}

/** The real HTTP server on a free port, over a database of this test file's own. */
export async function startTestServer(template: Parameters<typeof createTestDatabase>[0] = 'migrated'): Promise<TestServer> {
  const queries: string[] = [];
  const db = await createTestDatabase(template, { onQuery: (sql) => queries.push(sql) });
  const { logger, lines: logs } = captureLogs();
  const server = await createServer({ db, isProduction: false, logger });
  const running = await server.listen(0, '127.0.0.1');
  // The test and the server share one event loop, and PGlite's work blocks it. After a block longer than Node's 5 s
  // keep-alive, the server's idle timer and the test's next fetch race for the same socket: the fetch reuses it as the
  // server closes it (ECONNRESET, seen once in CI after an erasure sweep). A separate client never shares our loop.
  server.httpServer.keepAliveTimeout = 120_000;
  const url = running.url.replace('localhost', '127.0.0.1');
  return {
    url,
    db,
    queries,
    logs,
    async graphql(query, variables, headers) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    browser() {
      const browser: TestBrowser = {
        cookie: null,
        async graphql(query, variables) {
          const response = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(browser.cookie ? { cookie: browser.cookie } : {}) },
            body: JSON.stringify({ query, variables }),
          });
          const setCookie = response.headers.get('set-cookie');
          if (setCookie) {
            const [pair] = setCookie.split(';');
            browser.cookie = pair!.endsWith('=') ? null : pair!;
          }
          return { status: response.status, body: (await response.json()) as never, setCookie };
        },
        async signIn(email, password = 'shortlist') {
          const { body } = await browser.graphql(
            'mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on Error { message } } }',
            { input: { email, password } },
          );
          if (body.data?.signIn?.__typename !== 'SignInSuccess') throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
        },
      };
      return browser;
    },
    async close() {
      server.httpServer.close();
      await running.close();
      await db.close();
    },
  };
}

/** Browsers signed in as the seeded demo recruiter, the other agency's recruiter and the demo candidate. */
export async function signInDemoUsers(server: TestServer) {
  const recruiter = server.browser();
  const otherRecruiter = server.browser();
  const candidate = server.browser();
  await Promise.all([
    recruiter.signIn('recruiter@shortlist.test'),
    otherRecruiter.signIn('recruiter@otheragency.test'),
    candidate.signIn('candidate@shortlist.test'),
  ]);
  return { recruiter, otherRecruiter, candidate };
}

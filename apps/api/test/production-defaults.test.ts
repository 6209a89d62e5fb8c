import { existsSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { freshDatabaseEnv, startAppProcess } from './app-process.ts';

const engine = inject('shortlistTestDb');

// `src/main.ts` as a real process, the way production runs it: NODE_ENV=production, nothing else set.




async function graphql(url: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }';

describe(`a production start (NODE_ENV=production) on ${engine}`, () => {
  it('seeds no demo accounts, prints no logins, refuses introspection and serves the schema as a file', async () => {
    const app = await startAppProcess({ ...(await freshDatabaseEnv()), NODE_ENV: 'production' });
    const signIn = await graphql(app.url, SIGN_IN, { input: { email: 'admin@shortlist.test', password: 'shortlist' } });
    const introspection = await graphql(app.url, '{ __schema { types { name } } }');
    const schemaFile = await fetch(`${app.url}/schema.graphql`);
    const schemaText = await schemaFile.text();
    expect(await app.stop()).toBe(0);

    expect(app.output()).not.toContain('Seeded demo data.');
    expect(app.output()).not.toContain('shortlist.test');
    expect(app.output()).toContain('No accounts yet. Create the first agency admin');
    expect(signIn.body.data.signIn.__typename).toBe('InvalidCredentialsError');
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors[0].message).toMatch(/introspection is not allowed/i);
    expect(schemaFile.status).toBe(200);
    expect(schemaFile.headers.get('content-type')).toBe('application/graphql; charset=utf-8');
    expect(schemaText).toContain('type Query {');
    expect(schemaText).toMatch(/signIn\(\s*("""[\s\S]*?"""\s*)?input: SignInInput!\s*\): SignInResult!/);
  }, 120_000);

  it('seeds the demo data and prints its logins only when asked by name (SHORTLIST_SEED=demo)', async () => {
    const app = await startAppProcess({ ...(await freshDatabaseEnv()), NODE_ENV: 'production', SHORTLIST_SEED: 'demo' });
    const signIn = await graphql(app.url, SIGN_IN, { input: { email: 'admin@shortlist.test', password: 'shortlist' } });
    expect(await app.stop()).toBe(0);
    expect(app.output()).toContain('Seeded demo data.');
    expect(app.output()).toContain('admin@shortlist.test');
    expect(signIn.body.data.signIn.__typename).toBe('SignInSuccess');
  }, 180_000);

  it('names a SHORTLIST_SEED value it does not know in one line', async () => {
    const error = (await startAppProcess({ ...(await freshDatabaseEnv()), NODE_ENV: 'production', SHORTLIST_SEED: 'yes' }).then(
      async (app) => {
        await app.stop();
        throw new Error('expected the app not to start');
      },
      (e: unknown) => e,
    )) as { code: number; output: string };
    expect(error.code).toBe(1);
    expect(error.output.trim().split('\n')).toEqual([
      'Shortlist cannot start: SHORTLIST_SEED must be "demo" (seed the demo data) or "off", not "yes".',
    ]);
  }, 60_000);
});

describe(`stopping with SIGTERM on ${engine}`, () => {
  it('finishes the request in flight, refuses new connections, closes the database, removes the lock and exits 0', async () => {
    const env = await freshDatabaseEnv();
    const app = await startAppProcess({ ...env, NODE_ENV: 'production' });
    const { port } = new URL(app.url);

    // A request the server has started reading but cannot answer yet: its body is still on its way.
    const body = JSON.stringify({ query: '{ jobBoard(first: 1) { edges { cursor } } }' });
    const request = http.request({
      host: '127.0.0.1',
      port,
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, text }));
      });
      request.on('error', reject);
    });
    request.write(body.slice(0, 10));
    // Let the server see the request's headers before the signal.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const exited = app.stop();
    await waitFor(() => app.output().includes('SIGTERM: finishing requests in flight'));
    const refused = await fetch(`${app.url}/healthz`).then(
      () => 'answered',
      () => 'refused',
    );
    request.end(body.slice(10));
    const inFlight = await answered;

    expect(refused).toBe('refused');
    expect(inFlight.status).toBe(200);
    expect(JSON.parse(inFlight.text).data.jobBoard.edges).toEqual([]);
    expect(await exited).toBe(0);
    if (env.SHORTLIST_DATA_DIR) expect(existsSync(join(env.SHORTLIST_DATA_DIR, 'shortlist.lock'))).toBe(false);
  }, 120_000);
});

async function waitFor(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 50));
}

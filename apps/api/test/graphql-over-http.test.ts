import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/http/logging/create-logger.ts';
import { startTestServer, type TestServer } from './start-test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const preflight = { 'apollo-require-preflight': 'true' };

describe('GraphQL over HTTP', () => {
  it('answers a query with application/json', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: '{ unreadNotificationCount }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    // Beside the data, what the query cost (extensions.cost, issue 9).
    expect(await response.json()).toEqual({ data: { unreadNotificationCount: 0 }, extensions: { cost: expect.objectContaining({ requested: 1, actual: 1 }) } });
  });

  it('runs a query over GET but refuses a mutation over GET with 405', async () => {
    const query = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ unreadNotificationCount }')}`, { headers: preflight });
    expect(query.status).toBe(200);
    const mutation = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`, { headers: preflight });
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get('allow')).toMatch(/POST/);
  });

  it('refuses a POST that is not JSON before running anything', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{ unreadNotificationCount }',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('hides schema introspection in production but not in development', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    expect((await server.graphql(introspection)).body.data.__schema.queryType.name).toBe('Query');
    const { createServer } = await import('../src/server.ts');
    const production = await createServer({ db: server.db, isProduction: true, logger: createLogger('silent') });
    const running = await production.listen(0, '127.0.0.1');
    try {
      const response = await fetch(`${running.url.replace('localhost', '127.0.0.1')}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: introspection }),
      });
      const body = (await response.json()) as { errors: Array<{ message: string }> };
      expect(body.errors[0]!.message).toMatch(/introspection/i);
    } finally {
      production.httpServer.close();
      await running.close();
    }
  });
});

import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/modules/auth/session-cookie.ts';
import { printSchemaFile } from '../src/print-schema-file.ts';
import { createLogger } from '../src/http/logging/create-logger.ts';
import { createServer } from '../src/server.ts';
import { captureLogs } from './capture-logs.ts';
import { createAgency } from './factories.ts';

let db: TestDatabase;
let url: string;
let stop: () => Promise<void>;
beforeAll(async () => {
  db = await createTestDatabase();
  const server = await createServer({ db, isProduction: false, logger: createLogger('silent') });
  const running = await server.listen(0, '127.0.0.1');
  url = running.url.replace('localhost', '127.0.0.1');
  stop = async () => {
    server.httpServer.close();
    await running.close();
    await db.close();
  };
});
afterAll(() => stop());

describe('request IDs', () => {
  it("are always the server's own: a client's x-request-id is logged beside ours, never used as the reference", async () => {
    const broken = await createTestDatabase();
    const brokenLog = captureLogs();
    const server = await createServer({ db: broken, isProduction: false, logger: brokenLog.logger });
    const running = await server.listen(0, '127.0.0.1');
    await broken.sql.exec('DROP TABLE "ClientCompany" CASCADE');
    const response = await fetch(`${running.url.replace('localhost', '127.0.0.1')}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'client-chosen-id-0001' },
      body: JSON.stringify({ query: '{ jobBoard { edges { node { title clientCompany { name } } } } }' }),
    });
    const body = (await response.json()) as any;
    server.httpServer.close();
    await running.close();
    await broken.close();

    const ours = response.headers.get('x-request-id');
    expect(ours).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: ours });
    expect(JSON.stringify(body)).not.toContain('client-chosen-id-0001');
    expect(brokenLog.lines.find((line) => line.msg.startsWith('unexpected error'))).toMatchObject({ requestId: ours, clientRequestId: 'client-chosen-id-0001' });
  });

  it("never take a client's ID even when nothing goes wrong", async () => {
    const response = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'client-chosen-id-0002' } });
    expect(response.headers.get('x-request-id')).not.toBe('client-chosen-id-0002');
  });
});

describe('CSRF prevention', () => {
  const query = encodeURIComponent('{ jobBoard(first: 1) { edges { cursor } } }');
  let key: string;
  beforeAll(async () => {
    const agency = await createAgency(db.prisma);
    key = `sl_live_CsrfTest_${'k'.repeat(40)}`;
    const admin = await db.prisma.user.create({
      data: { agencyId: agency.id, email: 'csrf-admin@example.test', name: 'Admin', role: 'ADMIN', passwordHash: 'x' },
    });
    await db.prisma.apiKey.create({
      data: { agencyId: agency.id, name: 'Partner', prefix: 'CsrfTest', keyHash: hashToken(key), scopes: ['JOBS_READ'], createdById: admin.id },
    });
  });

  it('lets a GET with a partner key through without the preflight header: a browser cannot forge that header', async () => {
    const response = await fetch(`${url}/graphql?query=${query}`, { headers: { authorization: `Bearer ${key}` } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data.jobBoard.edges).toEqual(expect.any(Array));
  });

  it('still blocks a cookie-only GET without the preflight header', async () => {
    const response = await fetch(`${url}/graphql?query=${query}`, { headers: { cookie: 'shortlist_session=whatever' } });
    expect(response.status).toBe(400);
  });
});

describe('the schema file', () => {
  // Byte for byte what `npm run generate` writes to apps/api/schema.graphql (whose freshness CI checks).
  it('is served at /schema.graphql as GraphQL SDL, as `npm run generate` prints it', async () => {
    const response = await fetch(`${url}/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphql; charset=utf-8');
    expect(await response.text()).toBe(printSchemaFile());
  });
});

describe('caching', () => {
  it('tells browsers and proxies never to store a GraphQL answer, signed in or not, error or not', async () => {
    const answers = await Promise.all([
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }' }) }),
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) }),
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 400, 400]);
    expect(answers.map((answer) => answer.headers.get('cache-control'))).toEqual(['no-store', 'no-store', 'no-store']);
    // Nothing stored, so nothing to revalidate: GraphQL's answers carry no ETag (hashing each cost the job page ~1 % of
    // its CPU). The malformed body is answered by the HTTP layer's error handler, before GraphQL.
    expect(answers.slice(0, 2).map((answer) => answer.headers.get('etag'))).toEqual([null, null]);
    expect(answers.map((answer) => answer.headers.get('x-powered-by'))).toEqual([null, null, null]);
  });

  it('keeps the validator where a client revalidates: the schema file answers 304 when unchanged', async () => {
    const first = await fetch(`${url}/schema.graphql`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('x-powered-by')).toBeNull();
    // As a browser revalidates (fetch adds `cache-control: no-cache` to a conditional request unless told otherwise).
    expect((await fetch(`${url}/schema.graphql`, { headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' } })).status).toBe(304);
  });
});

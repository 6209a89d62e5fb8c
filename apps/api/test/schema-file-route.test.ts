// GET /schema.graphql from the one process that also serves the web app (`npm start`): partners generate clients
// from it, so it must be the schema even where every other unknown GET that wants HTML gets the app shell.
import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/http/logging/create-logger.ts';
import { printSchemaFile } from '../src/print-schema-file.ts';
import { createServer } from '../src/server.ts';

const APP_SHELL = '<!doctype html><html><body><div id="root"></div></body></html>';
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let db: TestDatabase;
let webDist: string;
let url: string;
let stop: () => Promise<void>;
beforeAll(async () => {
  db = await createTestDatabase();
  webDist = mkdtempSync(join(tmpdir(), 'shortlist-web-dist-'));
  writeFileSync(join(webDist, 'index.html'), APP_SHELL);
  const server = await createServer({ db, webDist, isProduction: false, logger: createLogger('silent') });
  const running = await server.listen(0, '127.0.0.1');
  url = running.url.replace('localhost', '127.0.0.1');
  stop = async () => {
    server.httpServer.close();
    await running.close();
    await db.close();
    rmSync(webDist, { recursive: true, force: true });
  };
});
afterAll(() => stop());

describe('/schema.graphql beside the web app', () => {
  it('answers the printed schema as GraphQL SDL to a browser asking for HTML, not the app shell', async () => {
    const response = await fetch(`${url}/schema.graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphql; charset=utf-8');
    expect(await response.text()).toBe(printSchemaFile());
  });

  it('while another address a browser opens gets the app shell', async () => {
    const response = await fetch(`${url}/recruiter/jobs`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe(APP_SHELL);
  });
});

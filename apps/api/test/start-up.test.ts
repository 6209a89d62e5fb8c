import { PGlite } from '@electric-sql/pglite';
import { withAdmin } from '@shortlist/db/testing';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { freshDatabaseEnv, startAppProcess } from './app-process.ts';

const engine = inject('shortlistTestDb');




async function failedStart(env: Record<string, string>) {
  const error = (await startAppProcess(env).then(
    async (s) => {
      await s.stop();
      throw new Error('expected the app not to start');
    },
    (e: unknown) => e,
  )) as { code: number; output: string };
  return { code: error.code, lines: error.output.trim().split('\n') };
}


const JOB_BOARD = '{ jobBoard(first: 100) { edges { node { id title clientCompany { name } } } } }';
async function jobBoardTitles(url: string): Promise<string[]> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: JOB_BOARD }),
  });
  const body = (await response.json()) as { data: { jobBoard: { edges: Array<{ node: { title: string } }> } } };
  return body.data.jobBoard.edges.map((e) => e.node.title);
}

describe(`starting the app on ${engine}`, () => {
  it('migrates and seeds an empty database, serves the seeded job board, and reuses the data on the next start', async () => {
    const env = await freshDatabaseEnv();
    const first = await startAppProcess(env);
    const seededTitles = await jobBoardTitles(first.url);
    const health = await (await fetch(`${first.url}/healthz`)).json();
    expect(await first.stop()).toBe(0);
    expect(first.output()).toContain('Seeded demo data.');
    expect(first.output()).toContain('recruiter@shortlist.test');
    expect(health).toEqual({ status: 'ok', database: engine });
    expect(seededTitles.length).toBeGreaterThan(20);

    const second = await startAppProcess(env);
    const titlesAgain = await jobBoardTitles(second.url);
    await second.stop();
    expect(second.output()).not.toContain('Seeded demo data.');
    expect(second.output()).toContain('Using the existing data');
    expect(titlesAgain).toEqual(seededTitles);
  }, 120_000);

  it('stops with one line when a migration changed after it was applied, and leaves the database as it was', async () => {
    const env = await freshDatabaseEnv();
    const first = await startAppProcess({ ...env, SHORTLIST_SEED: 'off' });
    await first.stop();
    const tamper = `UPDATE "_prisma_migrations" SET checksum = repeat('0', 64)`;
    if (env.DATABASE_URL) {
      await withAdmin(env.DATABASE_URL, (client) => client.query(tamper));
    } else {
      const pglite = await PGlite.create({ dataDir: env.SHORTLIST_DATA_DIR });
      await pglite.exec(tamper);
      await pglite.close();
    }
    const { code, lines } = await failedStart(env);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Shortlist cannot start: Migration \d+_init was changed after it was applied/);
  }, 120_000);
});

describe('starting the app with bad configuration', () => {
  it('names an unreachable DATABASE_URL in one line', async () => {
    const { code, lines } = await failedStart({ DATABASE_URL: 'postgresql://postgres:hunter2@127.0.0.1:1/shortlist' });
    expect(code).toBe(1);
    expect(lines).toEqual([
      'Shortlist cannot start: Cannot reach PostgreSQL at 127.0.0.1:1/shortlist: connect ECONNREFUSED 127.0.0.1:1.',
    ]);
  }, 60_000);

  it('names an unwritable data folder in one line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'shortlist-')), 'not-a-folder');
    writeFileSync(file, '');
    const { code, lines } = await failedStart({ SHORTLIST_DATA_DIR: join(file, 'data') });
    expect(code).toBe(1);
    expect(lines).toEqual([
      `Shortlist cannot start: The data folder ${join(file, 'data')} is not writable (ENOTDIR); set SHORTLIST_DATA_DIR to a folder you can write.`,
    ]);
  }, 60_000);
});

// Starts the real Shortlist API as its own process, the way `npm start` runs it (src/main.ts), on a database of its
// own: an empty embedded PGlite folder, or a new PostgreSQL database under TEST_DATABASE_URL. The demo data is seeded
// at start; the webhook poll and the expiry sweep run often, so a test waits milliseconds rather than 30 s.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

const apiDir = resolve(import.meta.dirname, '../../../apps/api');
const START_TIMEOUT_MS = 150_000;

export type Engine = 'pglite' | 'postgres';

export interface RunningShortlist {
  url: string;
  output(): string;
  /** SIGTERM (SIGKILL after 10 s), then the database is removed. */
  stop(): Promise<void>;
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function freshDatabase(engine: Engine): Promise<{ env: Record<string, string>; remove(): Promise<unknown> }> {
  if (engine === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'shortlist-partner-sync-'));
    return { env: { SHORTLIST_DATA_DIR: dir }, remove: () => rm(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('The postgres run needs TEST_DATABASE_URL.');
  const name = `shortlist_partner_sync_${randomBytes(5).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    remove: () => withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

export async function startShortlist(engine: Engine): Promise<RunningShortlist> {
  const database = await freshDatabase(engine);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: '',
    PORT: '0',
    SHORTLIST_SEED: 'demo',
    SHORTLIST_DATA_DIR: '',
    DATABASE_URL: '',
    SHORTLIST_WEBHOOK_POLL_MS: '200',
    SHORTLIST_EXPIRY_SWEEP_MS: '500',
    LOG_LEVEL: 'warn',
    ...database.env,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: apiDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(kill);
    }
    await database.remove();
  };

  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`Shortlist did not start within ${START_TIMEOUT_MS / 1000} s.`)), START_TIMEOUT_MS);
      child.stdout.on('data', () => {
        const match = /running at (http:\/\/localhost:\d+)/.exec(output);
        if (!match) return;
        clearTimeout(timer);
        resolveUrl(match[1]!.replace('localhost', '127.0.0.1'));
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`Shortlist exited with code ${child.exitCode} before it was running.`));
      });
    });
    return { url, output: () => output, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- Shortlist's output ---\n${output}`);
  }
}

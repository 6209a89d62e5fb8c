// Runs the app as a real process, the way `npm start` (src/main.ts through tsx, or the bundle) does, on a database
// of its own. Shared by the start-up, production-default and bundle tests.
import { databaseUrlFor, withAdmin } from '@shortlist/db/testing';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, inject } from 'vitest';

export const apiDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const engine = inject('shortlistTestDb');

/** Run in reverse order after the test file: processes still running are killed, databases and folders removed. */
export const cleanups: Array<() => Promise<unknown> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

export interface AppProcess {
  url: string;
  output: () => string;
  /** SIGTERM, then the exit code. */
  stop: () => Promise<number | null>;
  /** Any signal (SIGKILL: a crash, no clean-up), then the exit code or the signal's name. */
  kill: (signal: NodeJS.Signals) => Promise<number | string | null>;
}

/**
 * Starts `node <args>` in the API's folder with a clean app environment (Vitest's NODE_ENV and the caller's database
 * settings are not inherited) plus `env`; resolves once it prints its URL, rejects with `{ code, output }` if it
 * exits first.
 */
export function startAppProcess(env: Record<string, string>, args: string[] = ['--import', 'tsx', 'src/main.ts']): Promise<AppProcess> {
  const child = spawn(process.execPath, args, {
    cwd: apiDir,
    env: { ...process.env, NODE_ENV: '', SHORTLIST_SEED: '', PORT: '0', DATABASE_URL: '', SHORTLIST_DATA_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killed = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const stop = () => {
    child.kill('SIGTERM');
    return exited;
  };
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        const kill = (signal: NodeJS.Signals) => (child.kill(signal), killed);
        resolve({ url: match[1]!.replace('localhost', '127.0.0.1'), output: () => output, stop, kill });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(Object.assign(new Error(`exited with ${code}: ${output}`), { code, output })));
  });
}

/** A database configuration the app has never seen: an empty data folder, or an empty PostgreSQL database. */
export async function freshDatabaseEnv(): Promise<Record<string, string>> {
  if (engine === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL!;
    const name = `shortlist_app_${randomBytes(5).toString('hex')}`;
    await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
    cleanups.push(() => withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));
    return { DATABASE_URL: databaseUrlFor(adminUrl, name) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'shortlist-app-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return { SHORTLIST_DATA_DIR: dir };
}

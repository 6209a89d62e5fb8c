import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const apiDir = resolve(import.meta.dirname, '../../api');
const webDist = resolve(import.meta.dirname, '../dist');
const START_TIMEOUT_MS = 120_000;

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('No port'))));
    });
  });
}

/**
 * Starts the real API, which serves the built web app, on a free port and a fresh embedded database (migrated and
 * seeded on start). Builds nothing: turbo's `test` task depends on `build`, so apps/web/dist is already there.
 */
export async function startApp(): Promise<RunningApp> {
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error(`No built web app in ${webDist}: run \`npm run build -w @shortlist/web\` first.`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'shortlist-e2e-'));
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), SHORTLIST_DATA_DIR: dataDir, NODE_ENV: 'test' };
  delete env.DATABASE_URL; // always the embedded database, never whatever the shell points at

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: apiDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));

  const stop = async () => {
    await stopProcess(child);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`The app did not start within ${START_TIMEOUT_MS / 1000} s.`)), START_TIMEOUT_MS);
      const onData = () => {
        const match = /running at (\S+)/.exec(output);
        if (!match) return;
        clearTimeout(timer);
        resolveUrl(match[1]!.replace(/\/$/, ''));
      };
      child.stdout.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The app exited with code ${code} before it was running.`));
      });
    });
    return { url, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- app output ---\n${output}`);
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

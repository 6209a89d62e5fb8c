// Measures how long a start command takes until /healthz answers: `node scripts/measure-start.mjs [--runs 3]
// [--port 4599] -- <command...>` (run from the repo root for `npm start`). Prints each run and the median, then
// `BENCH <label> ms=`. Not a test: start-up speed depends on the machine, so it is measured, never asserted.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const args = process.argv.slice(2);
const separator = args.indexOf('--');
if (separator < 0) {
  console.error('usage: node measure-start.mjs [--runs N] [--port P] [--label L] -- <command...>');
  process.exit(2);
}
const options = Object.fromEntries(
  args.slice(0, separator).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const command = args.slice(separator + 1);
const runs = Number(options.runs ?? 3);
const port = Number(options.port ?? 4599);
const label = options.label ?? 'start_to_healthz';

async function isHealthy() {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    return response.ok;
  } catch {
    return false;
  }
}

/** One start: spawn, poll /healthz every 20 ms, stop with SIGTERM and wait for the whole process group to exit. */
async function measureOnce() {
  const started = performance.now();
  // Its own process group, so stopping it also stops what `npm`/`turbo` started under it.
  const child = spawn(command[0], command.slice(1), { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exitCode;
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve((exitCode = code ?? 'signal'))));
  try {
    while (!(await isHealthy())) {
      if (exitCode !== undefined) throw new Error(`exited with ${exitCode} before /healthz answered:\n${output}`);
      if (performance.now() - started > 120_000) throw new Error(`no /healthz after 120 s:\n${output}`);
      await sleep(20);
    }
    return performance.now() - started;
  } finally {
    process.kill(-child.pid, 'SIGTERM');
    await exited;
    // turbo's children may outlive it briefly; wait until the port is free so the next run starts clean.
    while (await isHealthy()) await sleep(50);
  }
}

const times = [];
for (let run = 0; run < runs; run++) {
  const ms = await measureOnce();
  times.push(ms);
  console.log(`run ${run + 1}: ${ms.toFixed(0)} ms`);
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
console.log(`BENCH ${label} ms=${median.toFixed(0)} runs=${times.map((t) => t.toFixed(0)).join(',')}`);

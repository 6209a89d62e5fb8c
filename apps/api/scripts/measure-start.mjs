// Measures how long a start command takes until /healthz answers: `node scripts/measure-start.mjs [--runs 3]
// [--port 4599] -- <command...>` (run from the repo root for `npm start`). Prints each run and the median, then
// `BENCH <label> ms=`. Not a test: start-up speed depends on the machine, so it is measured, never asserted.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
    return { ms: performance.now() - started, cpuMs: cpuTimeMs(child.pid) };
  } finally {
    process.kill(-child.pid, 'SIGTERM');
    await exited;
    // turbo's children may outlive it briefly; wait until the port is free so the next run starts clean.
    while (await isHealthy()) await sleep(50);
  }
}

/**
 * CPU time (user + system) the started process itself used so far, from /proc on Linux: on a busy machine it varies
 * far less than the wall time. Only the process spawned, not its children (they count once they exit).
 */
function cpuTimeMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return NaN;
  }
}

const results = [];
for (let run = 0; run < runs; run++) {
  const result = await measureOnce();
  results.push(result);
  console.log(`run ${run + 1}: ${result.ms.toFixed(0)} ms (cpu of the started process: ${result.cpuMs} ms)`);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const wall = results.map((r) => r.ms);
console.log(`BENCH ${label} ms=${median(wall).toFixed(0)} cpu_ms=${median(results.map((r) => r.cpuMs))} runs=${wall.map((t) => t.toFixed(0)).join(',')}`);

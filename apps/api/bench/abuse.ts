/**
 * `npm run bench:abuse`: hostile traffic against the real server, as deployed (NODE_ENV=production, PostgreSQL with
 * the demo data). A well-behaved signed-in client polls `me`, first alone, then while four attackers send the most
 * expensive queries the limits admit as fast as they are answered. The poller's p95 under attack should stay within
 * 5x of its p95 alone, and nobody should get a 5xx. Loopback only; fixed durations; it stops by itself.
 *
 *   BENCH abuse me_p95_alone_ms=<n> me_p95_under_attack_ms=<n> ratio=<n> refused=<n> errors_5xx=<n>
 *
 * DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/shortlist_bench_abuse) names a database that is dropped and
 * recreated, so its name must contain "bench" (not `bench:api`'s shortlist_bench, whose 100k candidates take minutes
 * to seed). BENCH_ALONE_MS and BENCH_ATTACK_MS shorten or lengthen the phases.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, signIn as signInAs, sleep } from './bench-http.ts';

const apiDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const databaseUrl = process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/shortlist_bench_abuse';
const ALONE_MS = Number(process.env.BENCH_ALONE_MS) || 10_000;
const ATTACK_MS = Number(process.env.BENCH_ATTACK_MS) || 20_000;
/** The poller waits this long between answers, like a page polling for notifications (the issue measured 10 ms). */
const POLL_INTERVAL_MS = 10;
/** No single request may hold the benchmark longer than this; it is counted as a failure instead. */
const REQUEST_TIMEOUT_MS = 30_000;
const PASSWORD = 'shortlist';

const ME = '{ me { email name } }';
/** The issue's query: both list sizes come from a variable, so a cost limit that ignores variables lets it through. */
const NESTED_SUGGESTIONS = `query Nested($n: Int) {
  jobs(first: $n) { edges { node { title suggestedCandidates(first: $n) { edges { node {
    score explanation { categories { name evidence } } candidate { fullName }
  } } } } } }
}`;
/** Fifteen aliased copies (the alias limit) of the nested suggestions. */
const ALIASED_SUGGESTIONS = `query Aliased($n: Int) {\n${Array.from(
  { length: 15 },
  (_, i) => `  a${i}: jobs(first: $n) { edges { node { suggestedCandidates(first: $n) { edges { node { score explanation { categories { evidence } } } } } } } }`,
).join('\n')}\n}`;
/** Anonymous: a wildcard search on the public job board (`%`/`_` must be matched literally, not as LIKE patterns). */
const WILDCARD_SEARCH = `query Wild($n: Int, $search: String) {
  jobBoard(first: $n, filter: { search: $search }) { edges { node { title } } }
}`;
const WILDCARDS = `${'_ '.repeat(40)}%`;

interface Attacker {
  name: string;
  email: string | null;
  query: string;
  variables: (n: number) => Record<string, unknown>;
  /** The largest list size the server admits for this query, found by halving from 100 before the run. */
  n: number;
}

interface Tally {
  refused: number;
  errors5xx: number;
  ok: number;
  failed: number;
}

function log(line: string) {
  console.log(`bench:abuse ${line}`);
}

async function recreateDatabase() {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/bench/.test(name)) throw new Error(`bench:abuse drops and recreates its database; "${name}" does not look like a benchmark database (its name must contain "bench").`);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** The real server as its own process, the way it is deployed; it migrates and seeds the demo data on start. */
async function startServer(port: number): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: { ...process.env, NODE_ENV: 'production', SHORTLIST_SEED: 'demo', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const startedBy = Date.now() + 120_000;
  while (Date.now() < startedBy) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return { url, child, output: () => output };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  child.kill('SIGTERM');
  throw new Error(`the server did not become healthy within 120 s:\n${output}`);
}

async function post(url: string, query: string, variables: Record<string, unknown> | undefined, cookie: string | null) {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

const signIn = (url: string, email: string) => signInAs(url, email, PASSWORD);

/** Admitted = answered with data and no errors; anything else (a cost refusal, a 429) means "too expensive". */
function isAdmitted(answer: { status: number; text: string }) {
  if (answer.status !== 200) return false;
  const body = JSON.parse(answer.text) as { data?: unknown; errors?: unknown[] };
  return body.data != null && !body.errors?.length;
}

/** The most expensive version of each attack the limits admit: halve the list size until the server says yes. */
async function calibrate(url: string, attacker: Attacker, cookie: string | null) {
  for (const n of [100, 50, 25, 10, 5, 2, 1]) {
    const answer = await post(url, attacker.query, attacker.variables(n), cookie);
    if (isAdmitted(answer)) {
      attacker.n = n;
      return;
    }
    await sleep(200);
  }
  attacker.n = 1;
}

function p95(samples: number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** Polls `me` until `until`, one request at a time with a short pause, and returns the latencies of good answers. */
async function poll(url: string, cookie: string, until: number, tally: Tally): Promise<number[]> {
  const latencies: number[] = [];
  while (Date.now() < until) {
    try {
      const answer = await post(url, ME, undefined, cookie);
      if (answer.status >= 500) tally.errors5xx += 1;
      else if (answer.status === 200 && answer.text.includes('"me":{')) {
        tally.ok += 1;
        latencies.push(answer.ms);
      } else tally.failed += 1;
    } catch {
      tally.failed += 1;
    }
    await sleep(POLL_INTERVAL_MS);
  }
  return latencies;
}

interface AttackPlan {
  url: string;
  /** When both sides begin (the attackers' process needs a moment to start) and stop, as Date.now() values. */
  start: number;
  until: number;
  attacks: Array<{ query: string; variables: Record<string, unknown>; cookie: string | null }>;
}

/** Sends the attack back to back until `until`: no pause, no backing off, a new request as soon as one is answered. */
async function attack(url: string, plan: AttackPlan['attacks'][number], until: number, tally: Tally) {
  while (Date.now() < until) {
    try {
      const answer = await post(url, plan.query, plan.variables, plan.cookie);
      if (answer.status >= 500) tally.errors5xx += 1;
      else if (answer.status >= 400) tally.refused += 1;
      else tally.ok += 1;
    } catch {
      tally.failed += 1;
    }
  }
}

async function main() {
  log(`recreating ${new URL(databaseUrl).pathname.slice(1)} and starting the server (NODE_ENV=production, SHORTLIST_SEED=demo)`);
  await recreateDatabase();
  const server = await startServer(await freePort());
  try {
    const poller = await signIn(server.url, 'candidate@shortlist.test');
    const attackers: Attacker[] = [
      { name: 'nested-suggestions', email: 'recruiter@shortlist.test', query: NESTED_SUGGESTIONS, variables: (n) => ({ n }), n: 100 },
      { name: 'aliased-suggestions', email: 'ana.ferreira@shortlist.test', query: ALIASED_SUGGESTIONS, variables: (n) => ({ n }), n: 100 },
      { name: 'nested-suggestions-other-agency', email: 'recruiter@otheragency.test', query: NESTED_SUGGESTIONS, variables: (n) => ({ n }), n: 100 },
      { name: 'wildcard-search-anonymous', email: null, query: WILDCARD_SEARCH, variables: (n) => ({ n, search: WILDCARDS }), n: 100 },
    ];
    const cookies = await Promise.all(attackers.map((attacker) => (attacker.email ? signIn(server.url, attacker.email) : null)));
    for (const [i, attacker] of attackers.entries()) await calibrate(server.url, attacker, cookies[i]!);
    log(`attacks (largest list size admitted): ${attackers.map((a) => `${a.name} n=${a.n}`).join(', ')}`);
    // Let any budget the calibration spent refill, so the alone phase measures an idle server.
    await sleep(2000);

    const aloneTally: Tally = { refused: 0, errors5xx: 0, ok: 0, failed: 0 };
    const alone = await poll(server.url, poller, Date.now() + ALONE_MS, aloneTally);

    const underAttackTally: Tally = { refused: 0, errors5xx: 0, ok: 0, failed: 0 };
    const start = Date.now() + ATTACKERS_START_MS;
    const until = start + ATTACK_MS;
    const plan: AttackPlan = {
      url: server.url,
      start,
      until,
      attacks: attackers.map((attacker, i) => ({ query: attacker.query, variables: attacker.variables(attacker.n), cookie: cookies[i]! })),
    };
    const attacking = runAttackers(plan);
    await sleep(start - Date.now());
    const [underAttack, attackTally] = await Promise.all([poll(server.url, poller, until, underAttackTally), attacking]);

    const aloneP95 = p95(alone);
    const attackP95 = p95(underAttack);
    log(`poller alone: ${alone.length} answers, ${aloneTally.failed} failed; under attack: ${underAttack.length} answers, ${underAttackTally.failed} failed`);
    log(`attackers: ${attackTally.ok} answered, ${attackTally.refused} refused (4xx), ${attackTally.errors5xx} 5xx, ${attackTally.failed} failed`);
    const errors5xx = aloneTally.errors5xx + underAttackTally.errors5xx + attackTally.errors5xx;
    const round = (n: number) => Math.round(n * 10) / 10;
    console.log(
      `BENCH abuse me_p95_alone_ms=${round(aloneP95)} me_p95_under_attack_ms=${round(attackP95)} ratio=${round(attackP95 / aloneP95)} refused=${attackTally.refused} errors_5xx=${errors5xx}`,
    );
    if (underAttackTally.failed > 0 || aloneTally.failed > 0) process.exitCode = 1;
  } finally {
    server.child.kill('SIGTERM');
    const exited = once(server.child, 'exit');
    await Promise.race([exited, sleep(10_000)]);
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
  }
}

/**
 * The attackers run in a process of their own, so reading their large answers does not slow the poller's own event
 * loop: the poller's latency is then the server's doing alone.
 */
async function runAttackers(plan: AttackPlan): Promise<Tally> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ATTACKERS_ARG], {
    cwd: apiDir,
    env: { ...process.env, BENCH_ATTACK_PLAN: JSON.stringify(plan) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`the attackers' process exited with ${code}`);
  return JSON.parse(output.trim().split('\n').pop()!) as Tally;
}

async function attackersProcess() {
  const plan = JSON.parse(process.env.BENCH_ATTACK_PLAN!) as AttackPlan;
  const tally: Tally = { refused: 0, errors5xx: 0, ok: 0, failed: 0 };
  await sleep(plan.start - Date.now());
  await Promise.all(plan.attacks.map((one) => attack(plan.url, one, plan.until, tally)));
  console.log(JSON.stringify(tally));
}

const ATTACKERS_ARG = '--attackers';
/** Time given to the attackers' process to load before the attack phase starts. */
const ATTACKERS_START_MS = 5000;

(process.argv.includes(ATTACKERS_ARG) ? attackersProcess() : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

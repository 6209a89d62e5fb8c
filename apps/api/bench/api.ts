/**
 * `npm run bench:api [-- --candidates N] [--only insight|profile]`: the API as deployed (the built bundle, NODE_ENV=production, PostgreSQL)
 * against the Scale Agency of `seed:scale` (100,000 candidates and 2,000 jobs by default), measured beside a bare
 * Apollo Server answering `{ hello }` in the same run, so a slower machine moves both. It prints, for 100k:
 *
 *   BENCH api_start_to_ready_cold_100k ms=                  spawn → first GET /readyz 200, the index built from the rows
 *   BENCH healthz_during_index_build_cold p99_ms= max_ms=    GET /healthz every 20 ms meanwhile
 *   BENCH api_start_to_ready_100k ms=                       the same for a restart: the index restored from the snapshot
 *                                                           the cold start wrote, then caught up with the change log
 *   BENCH healthz_during_index_build p99_ms= max_ms=         GET /healthz every 20 ms meanwhile
 *   BENCH api_hello rps=                                     the bare Apollo Server, 10 connections
 *   BENCH api_job_page_100k rps= p50_ms= p99_ms= ratio_vs_hello= cpu_ms=   the recruiter's job page, 10 connections
 *   BENCH api_job_page_paced_100k rate=100 p99_ms= p50_ms= cpu_pct=   the same page at 100 requests/s, one every 10 ms
 *                                                           (pacedLoad); cpu_pct: the API's CPU time meanwhile, % of one core
 *   BENCH api_rss_100k mb=                                   the API process's resident memory afterwards
 *   BENCH api_insight_100k p50_ms= p95_ms=                   the insight query (agency-wide 12 months, and one job), one at a time
 *
 * (`1m` instead of `100k` for --candidates 1000000.) Targets: ready ≤ 3,000 ms, healthz p99 ≤ 50 ms, ≥ 200 req/s,
 * paced p99 ≤ 50 ms, RSS < 600 MB, insight p95 ≤ 100 ms.
 *
 * `--only insight` measures the insight query alone against the data there (seeded like the full run when it is
 * missing): it starts the API, waits until it is ready and prints the api_insight line, without the hello server,
 * the start-up lines and the job page load.
 *
 * `--only profile` answers "where does a job page's CPU go?": it starts the API with `--cpu-prof`, loads the job page
 * at 10 connections (warm-up, then BENCH_API_SECONDS), stops the API, and prints the busy time by package and by
 * function (self time, mapped back through the bundle's source maps) as PROFILE lines. The profile itself is kept
 * in apps/api/.prof/ for Chrome DevTools (Performance → Load profile). Profiling slows the API by a few percent,
 * so its req/s are not comparable with a full run's.
 *
 * `--only compare --bundle A/main.js --bundle B/main.js [--rounds N]` tells whether a change made the job page
 * cheaper when the machine's own drift is larger than the change: see benchCompareOnly. Build the other side with
 * `node apps/api/scripts/build.mjs --outdir apps/api/dist-<name>` in a checkout of it (the directory must be under
 * apps/api, where the externals resolve); both answer the query of the web app as it is now.
 *
 * BENCH_DATABASE_URL names the database (default shortlist_bench on 127.0.0.1, shortlist_bench_1m for a million,
 * shortlist_bench_<n> for other counts). It is created when missing and seeded when it holds fewer candidates than
 * asked; seeded data is kept and reused, never dropped. BENCH_API_SECONDS shortens or lengthens the measured
 * phases (default 15). Needs apps/api/dist/main.js (turbo builds it first). Loopback only; it stops by itself and
 * stops every process it started, also on Ctrl-C or an error.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { applyMigrations } from '@shortlist/db/migrate';
import { openDatabase } from '@shortlist/db/open-database';
import { Kind, parse, print, visit } from 'graphql';
import pg from 'pg';
import { freePort, signIn, sleep } from './bench-http.ts';
import { type CpuProfile, formatProfileSummary, summarizeProfile } from './cpu-profile.ts';

const apiDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(apiDir, '..', '..');
const bundle = join(apiDir, 'dist', 'main.js');
/** The API runs with the Node flags of its `npm start` (`node <flags> dist/main.js`), as deployed. */
const startFlags = (JSON.parse(readFileSync(join(apiDir, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  .split(' ')
  .filter((word) => word.startsWith('--'));

const RECRUITER = { email: 'recruiter@scale.test', password: 'shortlist' };
const JOBS = 2_000;
const CONNECTIONS = 10;
const PACED_RATE = 100;
const WARM_UP_SECONDS = 3;
const SECONDS = Number(process.env.BENCH_API_SECONDS) || 15;
/** How often /readyz and /healthz are asked while the API starts. */
const POLL_MS = 20;
/** The API must be ready within this long, or the run fails (a 1M index on a busy machine takes a while). */
const START_LIMIT_MS = 600_000;
/** Budgets far above what the run spends, so the rate limits measure nothing here (bench:abuse measures them). */
const UNLIMITED = '1000000000';

/** The parts a run can be limited to with `--only`. */
const PARTS = ['insight', 'profile', 'compare'] as const;
type Part = (typeof PARTS)[number];

interface Options {
  candidates: number;
  /** Only this part; null for the full run. */
  only: Part | null;
  /** `--only compare`: the two builds' main.js, as given. */
  bundles: string[];
  /** `--only compare`: how many rounds both builds are loaded side by side. */
  rounds: number;
}

const USAGE = `usage: npm run bench:api -- [--candidates N] [--only ${PARTS.join('|')}] [--bundle A/main.js --bundle B/main.js] [--rounds N]`;

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { candidates: 100_000, only: null, bundles: [], rounds: 5 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    if (!['--candidates', '--only', '--bundle', '--rounds'].includes(flag)) throw new Error(`unknown argument "${argv[i]}" (${USAGE})`);
    if (flag === '--bundle') {
      // Relative to the repository's root, wherever npm and turbo run this from.
      const path = resolve(repoRoot, inline ?? argv[++i] ?? '');
      if (!existsSync(path)) throw new Error(`--bundle ${path}: no such file (build one with \`node apps/api/scripts/build.mjs --outdir apps/api/dist-<name>\`)`);
      options.bundles.push(path);
      continue;
    }
    const text = (inline ?? argv[++i] ?? '').replace(/_/g, '');
    if (flag === '--rounds') {
      options.rounds = Number(text);
      if (!/^\d+$/.test(text) || options.rounds < 1 || options.rounds > 100) throw new Error(`--rounds must be a whole number from 1 to 100, got "${text}"`);
      continue;
    }
    if (flag === '--only') {
      if (!(PARTS as readonly string[]).includes(text)) throw new Error(`--only takes one of ${PARTS.join(', ')}, got "${text}" (${USAGE})`);
      options.only = text as Part;
      continue;
    }
    const value = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1) throw new Error(`--candidates must be a whole number, got "${text}"`);
    options.candidates = value;
  }
  if ((options.only === 'compare') !== (options.bundles.length > 0)) throw new Error(`--bundle goes with --only compare, and --only compare needs two (${USAGE})`);
  if (options.only === 'compare' && options.bundles.length !== 2) throw new Error(`--only compare takes exactly two --bundle, got ${options.bundles.length}`);
  return options;
}

/** 100000 → "100k", 1000000 → "1m": the suffix of the BENCH lines and of the default database's name. */
function sizeLabel(n: number): string {
  if (n % 1_000_000 === 0) return `${n / 1_000_000}m`;
  if (n % 1_000 === 0) return `${n / 1_000}k`;
  return String(n);
}

function defaultDatabaseUrl(candidates: number): string {
  const name = candidates === 100_000 ? 'shortlist_bench' : `shortlist_bench_${sizeLabel(candidates)}`;
  return `postgresql://postgres@127.0.0.1:5432/${name}`;
}

function log(line: string) {
  console.log(`bench:api ${line}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Child processes: every one is stopped when the bench ends, however it ends.

const children = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the processes it started`);
    void Promise.all([...children].map(stopChild)).finally(() => process.exit(130));
  });
}

function collectOutput(child: ChildProcess): () => string {
  let output = '';
  const append = (chunk: Buffer) => {
    // The tail is enough to explain a failure; a chatty process must not grow the bench's memory.
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => output;
}

// ---------------------------------------------------------------------------------------------------------------
// The database: created when missing, migrated, seeded up to the asked size (reused when it is there), analysed.

async function prepareBenchDatabase(databaseUrl: string, candidates: number) {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  try {
    const { rowCount } = await adminClient.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      log(`creating database ${name}`);
      await adminClient.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    }
  } finally {
    await adminClient.end();
  }

  // No statement time limit here: ANALYZE of a million candidates and a fresh migration may take longer than the app's.
  const db = await openDatabase({ databaseUrl, limits: { statementTimeoutMs: 600_000, queryTimeoutMs: 610_000, lockTimeoutMs: 600_000 } });
  try {
    const report = await applyMigrations(db.sql);
    if (report.applied.length > 0) log(`applied migrations: ${report.applied.join(', ')}`);
    const count = async () => {
      const [row] = await db.sql.query<{ candidates: string; jobs: string; proposals: string }>(
        `SELECT (SELECT count(*) FROM "CandidateProfile" c WHERE c."agencyId" = a.id) AS candidates,
                (SELECT count(*) FROM "Job" j WHERE j."agencyId" = a.id) AS jobs,
                (SELECT count(*) FROM "Proposal" p WHERE p."agencyId" = a.id) AS proposals
           FROM "Agency" a WHERE a.slug = 'scale'`,
      );
      return { candidates: Number(row?.candidates ?? 0), jobs: Number(row?.jobs ?? 0), proposals: Number(row?.proposals ?? 0) };
    };
    let present = await count();
    if (present.candidates > candidates) {
      throw new Error(
        `${name} holds ${present.candidates.toLocaleString('en-US')} Scale Agency candidates, more than the ${candidates.toLocaleString('en-US')} asked; set BENCH_DATABASE_URL to another database (or ask for that many).`,
      );
    }
    // No proposals: seeded before seed:scale made a pipeline; running it again adds one and keeps the rest.
    if (present.candidates < candidates || present.jobs < JOBS || present.proposals === 0) {
      log(`${name} holds ${present.candidates.toLocaleString('en-US')} candidates, ${present.jobs} jobs and ${present.proposals.toLocaleString('en-US')} proposals; seeding up to ${candidates.toLocaleString('en-US')} and ${JOBS} with their pipeline (rows already there are kept)`);
      await seedScale(databaseUrl, candidates);
      present = await count();
      if (present.candidates !== candidates) throw new Error(`after seeding, ${name} holds ${present.candidates} candidates, not ${candidates}`);
    } else {
      log(`${name} already holds ${present.candidates.toLocaleString('en-US')} candidates, ${present.jobs} jobs and ${present.proposals.toLocaleString('en-US')} proposals: reusing them`);
    }
    const started = performance.now();
    await db.sql.exec('ANALYZE');
    log(`ANALYZE took ${Math.round(performance.now() - started)} ms`);

    const [job] = await db.sql.query<{ id: string; title: string }>(
      `SELECT j.id, j.title FROM "Job" j JOIN "Agency" a ON a.id = j."agencyId"
        WHERE a.slug = 'scale' AND j.status = 'OPEN' ORDER BY j.id LIMIT 1`,
    );
    if (!job) throw new Error(`${name} has no open Scale Agency job`);
    return job;
  } finally {
    await db.close();
  }
}

/** `npm run seed:scale` of the db package, the one way the Scale Agency is made (it also creates its logins). */
async function seedScale(databaseUrl: string, candidates: number) {
  const child = track(
    spawn('npm', ['run', 'seed:scale', '--workspace', '@shortlist/db', '--', '--candidates', String(candidates), '--jobs', String(JOBS)], {
      cwd: repoRoot,
      // A batch is a few large statements: the app's 5 s statement limit is for requests, not bulk loads.
      env: { ...process.env, DATABASE_URL: databaseUrl, SHORTLIST_STATEMENT_TIMEOUT_MS: '300000', SHORTLIST_DB_QUERY_TIMEOUT_MS: '310000' },
      stdio: ['ignore', 'inherit', 'inherit'],
    }),
  );
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`seed:scale exited with ${code}`);
}

// ---------------------------------------------------------------------------------------------------------------
// The job page: the web app's own query, as its generated document holds it.

/**
 * `RecruiterJobPage_Query` with its fragments (PipelineSection_job, SuggestionCard_match, ProposeDialog_*), taken
 * from the web app's generated documents (apps/web/src/gql/graphql.ts), so the bench asks exactly what the page
 * asks. `@unmask` is a client-side directive Apollo Client removes before sending; so does this.
 */
function readJobPageQuery(): string {
  const file = join(repoRoot, 'apps', 'web', 'src', 'gql', 'graphql.ts');
  const source = readFileSync(file, 'utf8');
  const match = /export const RecruiterJobPage_QueryDocument = (\{.*\}) as unknown as DocumentNode/.exec(source);
  if (!match) throw new Error(`no RecruiterJobPage_QueryDocument in ${file}; run \`npm run generate\``);
  const document = visit(JSON.parse(match[1]!), {
    Directive: (node) => (node.name.value === 'unmask' ? null : undefined),
  });
  const text = print(document);
  parse(text); // fails here, not in the middle of a run, if the document is not valid GraphQL
  if (!document.definitions.some((d: { kind: string }) => d.kind === Kind.FRAGMENT_DEFINITION)) {
    throw new Error(`RecruiterJobPage_QueryDocument in ${file} carries no fragments; the bench needs the full document`);
  }
  return text;
}

interface JobPageAnswer {
  data?: { job?: { suggestedCandidates?: { edges: unknown[] }; proposals?: { edges: unknown[] } } | null };
  errors?: Array<{ message: string }>;
}

async function askJobPage(url: string, cookie: string, body: string): Promise<{ status: number; answer: JobPageAnswer }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body,
    signal: AbortSignal.timeout(120_000),
  });
  return { status: response.status, answer: (await response.json()) as JobPageAnswer };
}

// ---------------------------------------------------------------------------------------------------------------
// Processes under test.

async function startHello(): Promise<{ url: string; child: ChildProcess }> {
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', join(apiDir, 'bench', 'hello-server.ts')], {
      cwd: apiDir,
      env: { ...process.env, NODE_ENV: 'production', PORT: String(await freePort()) },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const output = collectOutput(child);
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    const ready = /ready (http:\/\/\S+)/.exec(output());
    if (ready) return { url: ready[1]!, child };
    if (child.exitCode !== null) break;
    await sleep(50);
  }
  throw new Error(`the hello server did not start:\n${output()}`);
}

interface Latencies {
  samples: number[];
}

/**
 * Spawns the API and waits until it is ready: the first GET /readyz answering 200. Meanwhile /healthz is asked every
 * 20 ms from its first answer on, on a fixed schedule (not after the previous answer), so a blocked event loop shows
 * in every sample it delays, not as one slow one. An older server without /readyz (404) is timed to its first
 * job page answer instead.
 */
async function startApi(
  databaseUrl: string,
  signInAndAsk: (url: string) => Promise<boolean>,
  options: { env?: Record<string, string>; flags?: string[]; script?: string } = {},
) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = track(
    spawn(process.execPath, [...startFlags, ...(options.flags ?? []), options.script ?? bundle], {
      cwd: apiDir,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NODE_ENV: 'production',
        SHORTLIST_SEED: 'off',
        LOG_LEVEL: 'warn',
        PORT: String(port),
        SHORTLIST_RATE_CAPACITY: UNLIMITED,
        SHORTLIST_RATE_RESTORE_PER_SECOND: UNLIMITED,
        SHORTLIST_RATE_MAX_QUERY_COST: UNLIMITED,
        // An old server builds its index inside the first job page request; the 10 s deadline would cut it off.
        SHORTLIST_REQUEST_DEADLINE_MS: '300000',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const output = collectOutput(child);
  const failIfExited = () => {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the API exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
  };

  // Until the first answer of any kind from /healthz: the process is still loading or migrating.
  while (true) {
    failIfExited();
    if (performance.now() - started > START_LIMIT_MS) throw new Error(`the API did not answer /healthz within ${START_LIMIT_MS / 1000} s:\n${output()}`);
    try {
      await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      await sleep(POLL_MS);
    }
  }
  const firstAnswerMs = performance.now() - started;
  log(`the API answers /healthz after ${Math.round(firstAnswerMs)} ms; waiting for /readyz`);

  const healthz: Latencies = { samples: [] };
  const pending = new Set<Promise<void>>();
  const sampler = setInterval(() => {
    const sent = performance.now();
    const sample = fetch(`${url}/healthz`, { signal: AbortSignal.timeout(30_000) })
      .then((response) => response.arrayBuffer())
      .catch(() => undefined) // a reset or timeout counts at the time it took to fail
      .then(() => void healthz.samples.push(performance.now() - sent));
    pending.add(sample);
    void sample.finally(() => pending.delete(sample));
  }, POLL_MS);

  let readiness: 'readyz' | 'first job page' = 'readyz';
  let readyMs: number;
  let restoredAgencies = 0;
  try {
    while (true) {
      failIfExited();
      if (performance.now() - started > START_LIMIT_MS) throw new Error(`the API was not ready within ${START_LIMIT_MS / 1000} s:\n${output()}`);
      const status = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(30_000) }).then(
        async (response) => {
          const text = await response.text();
          if (response.status === 200) restoredAgencies = Number((JSON.parse(text) as { index?: { restoredAgencies?: number } }).index?.restoredAgencies ?? 0);
          return response.status;
        },
        () => 0,
      );
      if (status === 200) break;
      if (status === 404) {
        readiness = 'first job page';
        log('/readyz answers 404 (a server without it): waiting for the first job page answer instead');
        while (!(await signInAndAsk(url))) {
          failIfExited();
          await sleep(POLL_MS);
        }
        break;
      }
      await sleep(POLL_MS);
    }
    readyMs = performance.now() - started;
  } finally {
    clearInterval(sampler);
  }
  await Promise.all(pending);
  return { url, child, output, firstAnswerMs, readyMs, readiness, restoredAgencies, healthz: healthz.samples };
}

/** Waits until the Scale Agency's index snapshot taken after `since` is in the database (the cold start writes it). */
async function waitForSnapshot(databaseUrl: string, since: Date, child: ChildProcess) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = Date.now();
    while (Date.now() - started < START_LIMIT_MS) {
      const { rows } = await client.query<{ candidates: number; bytes: number; position: string }>(
        `SELECT s."candidates", s."bytes", s."position"::text AS "position" FROM "MatchIndexSnapshot" s JOIN "Agency" a ON a."id" = s."agencyId"
          WHERE a."slug" = 'scale' AND s."takenAt" >= $1`,
        [since],
      );
      if (rows[0]) return rows[0];
      if (child.exitCode !== null) throw new Error('the API exited before writing its snapshot');
      await sleep(100);
    }
    throw new Error(`no snapshot was written within ${START_LIMIT_MS / 1000} s`);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Load.

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  failures: number;
}

async function load(
  url: string,
  request: { body: string; cookie?: string },
  seconds: number,
  overallRate?: number,
  connections = CONNECTIONS,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(request.cookie ? { cookie: request.cookie } : {}) },
    body: request.body,
    connections,
    duration: seconds,
    timeout: 30,
    ...(overallRate ? { overallRate } : {}),
  });
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * The page asked at a steady `rate`: one request every 1000/rate ms, each sent when it is due whatever is still in
 * flight (an open loop), over at most CONNECTIONS keep-alive connections (a request due while all are busy waits for
 * one, and the wait counts). Each latency runs from the moment the request was due, not from when it went out, so a
 * server (or a client) that falls behind shows in every request it delays.
 *
 * Not autocannon's `overallRate`: that gives each connection its share of a second (rate / connections) and lets it
 * send them back to back from the start of each second, then stop until the next. At 100/s over 10 connections that
 * is the second's 100 requests at full concurrency, then nothing for the rest of the second: the same latencies as the
 * unpaced run, not those of a page asked 100 times a second.
 */
async function pacedLoad(url: string, request: { body: string; cookie: string }, seconds: number, rate: number): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const target = new URL(url);
  const body = Buffer.from(request.body);
  const ask = (due: number) =>
    new Promise<{ ms: number; isOk: boolean }>((resolve) => {
      const req = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': body.length, cookie: request.cookie },
          timeout: 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            resolve({ ms: performance.now() - due, isOk: res.statusCode === 200 && !text.includes('"errors"') });
          });
          res.on('error', () => resolve({ ms: performance.now() - due, isOk: false }));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', () => resolve({ ms: performance.now() - due, isOk: false }));
      req.end(body);
    });
  const intervalMs = 1000 / rate;
  const count = Math.round(seconds * rate);
  const started = performance.now();
  const answers: Promise<{ ms: number; isOk: boolean }>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    answers.push(ask(due));
  }
  const results = await Promise.all(answers);
  const duration = (performance.now() - started) / 1000;
  agent.destroy();
  const latencies = results.map((r) => r.ms);
  return {
    rps: results.length / duration,
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    total: results.length,
    failures: results.filter((r) => !r.isOk).length,
  };
}

function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length * p) / 100) - 1)]!;
}

/**
 * CPU time the process has used (user + system, all its threads: garbage collection included), in ms. Per job page it
 * is the figure that moves least with the machine's load: req/s on a shared 2-core VM varies by a third between runs.
 */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS);
}

/** USER_HZ, the unit of /proc/<pid>/stat's times: 100 on every Linux this runs on. */
const CLOCK_TICKS = 100;

function rssMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------------------------------------------------------
// Insight (issue 13 point 4): the agency-wide numbers of the last 12 months and one job's, asked one after another
// (the page asks once per filter change, so latency matters, not throughput). Target p95 <= 100 ms.

const INSIGHT_REQUESTS = 100;
const INSIGHT_QUERY = `query Insight($filter: InsightFilter!) { insight(filter: $filter) { __typename
  ... on InsightSuccess { insight { funnel { stages { stage count conversionFromPrevious } declined withdrawn rejected expired }
    timeToFirstProposal { jobs medianDays p90Days } timeToFill { jobs medianDays p90Days } declineReasons { kind reason label count }
    cancellations { party count lateCount medianNoticeHours } noShows { party count interviewsDue rate }
    scoreVersusOutcome { label proposals accepted hired } } }
  ... on Error { message } } }`;

async function measureInsight(url: string, cookie: string, jobId: string): Promise<{ p50: number; p95: number; proposals: number; byKind: string }> {
  const to = new Date();
  const from = new Date(to.getTime() - 365 * 24 * 60 * 60 * 1000);
  const bodies = [
    JSON.stringify({ query: INSIGHT_QUERY, variables: { filter: { from, to } } }),
    JSON.stringify({ query: INSIGHT_QUERY, variables: { filter: { from, to, jobId: encodeGlobalID('Job', jobId) } } }),
  ];
  const ask = async (body: string) => {
    const started = performance.now();
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
    const answer = (await response.json()) as { data?: { insight?: { __typename: string; insight?: { funnel: { stages: { count: number }[] } } } }; errors?: unknown };
    const ms = performance.now() - started;
    if (response.status !== 200 || answer.data?.insight?.__typename !== 'InsightSuccess') {
      throw new Error(`insight failed (${response.status}): ${JSON.stringify(answer).slice(0, 2000)}`);
    }
    return { ms, proposals: answer.data.insight.insight!.funnel.stages[0]!.count };
  };
  const { proposals } = await ask(bodies[0]!); // warm-up, and what the agency-wide range holds
  await ask(bodies[1]!);
  const samples: number[] = [];
  const kinds: [number[], number[]] = [[], []];
  for (let i = 0; i < INSIGHT_REQUESTS; i++) {
    const { ms } = await ask(bodies[i % 2]!);
    samples.push(ms);
    kinds[i % 2]!.push(ms);
  }
  const byKind = (['agency-wide', 'one job'] as const)
    .map((kind, i) => `${kind} p50 ${round(percentile(kinds[i]!, 50))} ms, p95 ${round(percentile(kinds[i]!, 95))} ms`)
    .join('; ');
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), proposals, byKind };
}

// ---------------------------------------------------------------------------------------------------------------

/** Measures the insight query on a ready API and prints its BENCH line. */
async function reportInsight(url: string, cookie: string, jobId: string, size: string) {
  const insight = await measureInsight(url, cookie, jobId);
  if (insight.proposals === 0) log('insight: the scale agency has no proposals in the last 12 months, so this measures empty aggregates');
  else log(`insight: ${insight.proposals.toLocaleString('en-US')} proposals in the agency-wide 12 months; ${INSIGHT_REQUESTS} requests, agency-wide and one job's in turn (${insight.byKind})`);
  console.log(`BENCH api_insight_${size} p50_ms=${round(insight.p50)} p95_ms=${round(insight.p95)}`);
}

/** `--only insight`: the API started and ready, then the insight query alone. */
async function benchInsightOnly(databaseUrl: string, job: { id: string }, size: string) {
  let cookie = '';
  const api = await startApi(databaseUrl, async (url) => {
    // A server without /readyz: it takes requests once it answers; the insight needs no index.
    cookie ||= await signIn(url, RECRUITER.email, RECRUITER.password);
    return true;
  });
  log(`API process ${api.child.pid}: ready (${api.readiness}) after ${Math.round(api.readyMs)} ms`);
  try {
    cookie ||= await signIn(api.url, RECRUITER.email, RECRUITER.password);
    await reportInsight(api.url, cookie, job.id, size);
  } finally {
    await stopChild(api.child);
  }
}

/** `--only profile`: the job page under load with `--cpu-prof`, summarized by package and function. */
async function benchProfileOnly(databaseUrl: string, body: string) {
  const directory = join(apiDir, '.prof');
  const name = `job-page-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`;
  const api = await startApi(databaseUrl, async () => true, { flags: ['--cpu-prof', `--cpu-prof-dir=${directory}`, `--cpu-prof-name=${name}`] });
  log(`API process ${api.child.pid} (profiling): ready after ${Math.round(api.readyMs)} ms`);
  let pages: LoadResult;
  let warmUp: LoadResult;
  try {
    const cookie = await signIn(api.url, RECRUITER.email, RECRUITER.password);
    const first = await askJobPage(api.url, cookie, body);
    if (first.status !== 200 || first.answer.errors?.length) throw new Error(`the job page failed (${first.status}): ${JSON.stringify(first.answer).slice(0, 2000)}`);
    warmUp = await load(`${api.url}/graphql`, { body, cookie }, WARM_UP_SECONDS);
    pages = await load(`${api.url}/graphql`, { body, cookie }, SECONDS);
  } finally {
    // Node writes the profile when the process exits; the API exits on SIGTERM once its requests are answered.
    await stopChild(api.child);
  }
  const file = join(directory, name);
  if (!existsSync(file)) throw new Error(`the API wrote no profile at ${file}`);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  // The profile spans the whole process: start-up, sign-in and warm-up too. Dividing by every page asked is close
  // enough (a restart restores the index in well under a second, against the run's seconds of load); the shares
  // are what to read.
  const asked = pages.total + warmUp.total + 1;
  log(`job page under --cpu-prof: ${round(pages.rps)} req/s, ${pages.failures} failed; profile: ${relative(repoRoot, file)}`);
  for (const line of formatProfileSummary(summarizeProfile(profile, repoRoot, Number(process.env.BENCH_PROFILE_TOP) || 15), asked)) {
    console.log(line);
  }
}

/**
 * `--only compare`: two builds of the API started side by side on the same database and loaded at the same time, half
 * the connections each, round after round, so a slower minute of the machine slows both. On these shared VMs req/s
 * moves by a third between runs of one build minutes apart, more than most changes are worth; within a round both
 * builds see the same machine. Each round prints both builds' req/s and CPU per page; the BENCH lines give the
 * medians and in how many rounds B did better.
 */
async function benchCompareOnly(databaseUrl: string, body: string, bundles: string[], rounds: number) {
  const connections = CONNECTIONS / 2;
  const names = ['A', 'B'];
  // One after the other: each start restores the index snapshot with the machine to itself.
  const apis: Awaited<ReturnType<typeof startApi>>[] = [];
  try {
    for (const [i, script] of bundles.entries()) {
      apis.push(await startApi(databaseUrl, async () => true, { script }));
      log(`${names[i]}: ${relative(repoRoot, script)}, process ${apis[i]!.child.pid}, ready after ${Math.round(apis[i]!.readyMs)} ms`);
    }
    const cookies = await Promise.all(apis.map((api) => signIn(api.url, RECRUITER.email, RECRUITER.password)));
    for (const [i, api] of apis.entries()) {
      const first = await askJobPage(api.url, cookies[i]!, body);
      const suggestions = first.answer.data?.job?.suggestedCandidates?.edges.length ?? 0;
      if (first.status !== 200 || first.answer.errors?.length || suggestions !== 20) {
        throw new Error(`${names[i]}'s job page failed (${first.status}, ${suggestions} suggestions): ${JSON.stringify(first.answer).slice(0, 2000)}`);
      }
    }
    const loadBoth = (seconds: number) =>
      Promise.all(apis.map((api, i) => load(`${api.url}/graphql`, { body, cookie: cookies[i]! }, seconds, undefined, connections)));
    await loadBoth(WARM_UP_SECONDS);
    const rps: number[][] = [[], []];
    const cpu: number[][] = [[], []];
    for (let r = 1; r <= rounds; r++) {
      const before = apis.map((api) => cpuMs(api.child.pid!));
      const results = await loadBoth(SECONDS);
      for (const [i, result] of results.entries()) {
        if (result.failures > 0) throw new Error(`${names[i]} failed ${result.failures} of ${result.total} job pages in round ${r}`);
        rps[i]!.push(result.rps);
        cpu[i]!.push((cpuMs(apis[i]!.child.pid!) - before[i]!) / result.total);
      }
      log(`round ${r}: A ${round(rps[0]![r - 1]!)} req/s, ${round(cpu[0]![r - 1]!, 2)} ms/page; B ${round(rps[1]![r - 1]!)} req/s, ${round(cpu[1]![r - 1]!, 2)} ms/page`);
    }
    const median = (samples: number[]) => {
      const sorted = [...samples].sort((a, b) => a - b);
      const middle = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    };
    for (const [i, script] of bundles.entries()) {
      console.log(`BENCH compare_job_page_${names[i]!.toLowerCase()} rps_median=${round(median(rps[i]!))} cpu_ms_median=${round(median(cpu[i]!), 2)} bundle=${relative(repoRoot, script)}`);
    }
    const fasterRounds = rps[1]!.filter((value, r) => value > rps[0]![r]!).length;
    console.log(
      `BENCH compare_job_page b_vs_a_rps=${round(median(rps[1]!) / median(rps[0]!), 3)} b_vs_a_cpu_ms=${round(median(cpu[1]!) / median(cpu[0]!), 3)} b_faster_rounds=${fasterRounds}/${rounds}`,
    );
  } finally {
    await Promise.all(apis.map((api) => stopChild(api.child)));
  }
}

async function main() {
  const { candidates, only, bundles, rounds } = parseArgs(process.argv.slice(2));
  const size = sizeLabel(candidates);
  const databaseUrl = process.env.BENCH_DATABASE_URL || defaultDatabaseUrl(candidates);
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run bench:api\` from the repository root (turbo builds it first) or \`npm run build\``);
  if (only === 'insight') {
    const job = await prepareBenchDatabase(databaseUrl, candidates);
    await benchInsightOnly(databaseUrl, job, size);
    return;
  }
  const query = readJobPageQuery();

  const job = await prepareBenchDatabase(databaseUrl, candidates);
  const variables = { id: encodeGlobalID('Job', job.id), first: 20, pipelineSize: 50 };
  const body = JSON.stringify({ operationName: 'RecruiterJobPage_Query', query, variables });
  if (only === 'profile') {
    await benchProfileOnly(databaseUrl, body);
    return;
  }
  if (only === 'compare') {
    await benchCompareOnly(databaseUrl, body, bundles, rounds);
    return;
  }
  log(`job page: "${job.title}" (${job.id}), first: 20, pipelineSize: 50; ${CONNECTIONS} connections, ${WARM_UP_SECONDS} s warm-up, ${SECONDS} s measured`);

  // The yardstick first, alone on the machine, then stopped so it does not compete with the API.
  const hello = await startHello();
  const helloBody = JSON.stringify({ query: '{ hello }' });
  await load(hello.url, { body: helloBody }, WARM_UP_SECONDS);
  const helloRun = await load(hello.url, { body: helloBody }, SECONDS);
  await stopChild(hello.child);
  log(`hello: ${round(helloRun.rps)} req/s`);
  if (helloRun.failures > 0) throw new Error(`the hello server failed ${helloRun.failures} of ${helloRun.total} requests`);

  let cookie = '';
  let unavailable = 0;
  const checkFirstAnswer = (status: number, answer: JobPageAnswer) => {
    if (status !== 200 || answer.errors?.length || !answer.data?.job) {
      throw new Error(`the job page failed (${status}): ${JSON.stringify(answer).slice(0, 2000)}`);
    }
    const suggestions = answer.data.job.suggestedCandidates?.edges.length ?? 0;
    if (suggestions !== 20) throw new Error(`the job page listed ${suggestions} suggested candidates, not 20`);
    return answer.data.job.proposals?.edges.length ?? 0;
  };
  // A cold start first: the index built from the rows, as after a change of the engine's format or a bulk load. It
  // writes a snapshot once ready; the measured start below is a restart, which restores it.
  const coldStartedAt = new Date();
  const cold = await startApi(databaseUrl, async () => true, { env: { SHORTLIST_INDEX_SNAPSHOTS: 'write' } });
  log(`cold start (process ${cold.child.pid}): first /healthz answer after ${Math.round(cold.firstAnswerMs)} ms, ready after ${Math.round(cold.readyMs)} ms; waiting for its snapshot`);
  const snapshot = await waitForSnapshot(databaseUrl, coldStartedAt, cold.child);
  log(`snapshot written: ${snapshot.candidates.toLocaleString('en-US')} candidates, ${(snapshot.bytes / 1e6).toFixed(1)} MB, at position ${snapshot.position}`);
  await stopChild(cold.child);

  const api = await startApi(databaseUrl, async (url) => {
    // Only for a server without /readyz: ready means the first job page answered.
    cookie ||= await signIn(url, RECRUITER.email, RECRUITER.password);
    const { status, answer } = await askJobPage(url, cookie, body);
    if (status === 503) {
      // On an old server the lazy index build can run into the statement time limit (SHORTLIST_STATEMENT_TIMEOUT_MS).
      if (unavailable++ === 0) log(`the job page answered 503 (${answer.errors?.[0]?.message}); asking again until it answers`);
      return false;
    }
    checkFirstAnswer(status, answer);
    return true;
  });
  log(`API process ${api.child.pid}: first /healthz answer after ${Math.round(api.firstAnswerMs)} ms, ready (${api.readiness}) after ${Math.round(api.readyMs)} ms; ${api.healthz.length} /healthz samples meanwhile`);
  if (api.readiness !== 'readyz') log(`this server has no /readyz (404): "ready" is its first job page answer, which builds the index (${unavailable} answers 503 before it)`);
  if (api.readiness === 'readyz' && api.restoredAgencies === 0) throw new Error('the restart restored no snapshot (see /readyz restoredAgencies); it built the index from the rows');
  console.log(`BENCH api_start_to_ready_cold_${size} ms=${Math.round(cold.readyMs)}`);
  console.log(`BENCH healthz_during_index_build_cold p99_ms=${round(percentile(cold.healthz, 99))} max_ms=${round(percentile(cold.healthz, 100))}`);
  console.log(`BENCH api_start_to_ready_${size} ms=${Math.round(api.readyMs)}`);
  console.log(`BENCH healthz_during_index_build p99_ms=${round(percentile(api.healthz, 99))} max_ms=${round(percentile(api.healthz, 100))}`);

  try {
    cookie ||= await signIn(api.url, RECRUITER.email, RECRUITER.password);
    const first = await askJobPage(api.url, cookie, body);
    const proposals = checkFirstAnswer(first.status, first.answer);
    log(`first job page answer: 20 suggestions, ${proposals} proposals in the pipeline`);

    const graphqlUrl = `${api.url}/graphql`;
    // The peak resident memory (VmHWM, which only grows) after each phase, to tell which one raised it.
    const peaks: string[] = [`ready ${Math.round(rssMb(api.child.pid!).peak)}`];
    await load(graphqlUrl, { body, cookie }, WARM_UP_SECONDS);
    peaks.push(`warm-up ${Math.round(rssMb(api.child.pid!).peak)}`);
    const cpuBefore = cpuMs(api.child.pid!);
    const page = await load(graphqlUrl, { body, cookie }, SECONDS);
    const cpuPerPage = (cpuMs(api.child.pid!) - cpuBefore) / page.total;
    peaks.push(`10 connections ${Math.round(rssMb(api.child.pid!).peak)}`);
    const cpuBeforePaced = cpuMs(api.child.pid!);
    const pacedStartedAt = performance.now();
    const paced = await pacedLoad(graphqlUrl, { body, cookie }, SECONDS, PACED_RATE);
    // How busy the steady rate keeps the process (CPU time over wall time, % of one core): the tail follows it, as
    // requests arriving while others run wait their turn on the one JavaScript thread.
    const pacedCpuPct = ((cpuMs(api.child.pid!) - cpuBeforePaced) / (performance.now() - pacedStartedAt)) * 100;
    peaks.push(`paced ${Math.round(rssMb(api.child.pid!).peak)}`);
    // What this line used to measure, for comparison with earlier runs: autocannon's overallRate (see pacedLoad).
    const bursts = await load(graphqlUrl, { body, cookie }, SECONDS, PACED_RATE);
    const memory = rssMb(api.child.pid!);
    const after = await askJobPage(api.url, cookie, body);
    checkFirstAnswer(after.status, after.answer);

    log(`hello: ${helloRun.total} requests; job page: ${page.total} requests, ${page.failures} failed; paced: ${paced.total} requests (${round(paced.rps)}/s), ${paced.failures} failed, p50 ${paced.p50} ms; peak RSS ${Math.round(memory.peak)} MB (after each phase, MB: ${peaks.join(', ')})`);
    log(`autocannon's overallRate=${PACED_RATE} instead (each second's requests sent at once over ${CONNECTIONS} connections): p50 ${bursts.p50} ms, p99 ${bursts.p99} ms, ${bursts.failures} failed`);
    console.log(`BENCH api_hello rps=${round(helloRun.rps)}`);
    console.log(`BENCH api_job_page_${size} rps=${round(page.rps)} p50_ms=${page.p50} p99_ms=${page.p99} ratio_vs_hello=${round(page.rps / helloRun.rps, 4)} cpu_ms=${round(cpuPerPage, 2)}`);
    console.log(`BENCH api_job_page_paced_${size} rate=${PACED_RATE} p99_ms=${paced.p99} p50_ms=${paced.p50} cpu_pct=${Math.round(pacedCpuPct)}`);
    console.log(`BENCH api_rss_${size} mb=${Math.round(memory.rss)}`);
    await reportInsight(api.url, cookie, job.id, size);
    if (page.failures > 0 || paced.failures > 0 || bursts.failures > 0) {
      log(`${page.failures + paced.failures + bursts.failures} job page requests failed (non-2xx, errors or timeouts); the figures above include them`);
      process.exitCode = 1;
    }
  } finally {
    await stopChild(api.child);
  }
}

main().catch(async (error: unknown) => {
  console.error(`bench:api failed: ${error instanceof Error ? error.message : String(error)}`);
  await Promise.all([...children].map(stopChild));
  process.exit(1);
});

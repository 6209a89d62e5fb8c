// `npm start` runs dist/main.js, an esbuild bundle; these build one and run it the way `npm start` does, so a path
// that only worked from src/ (migrations, Prisma's and PGlite's files) or a second copy of graphql shows.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { apiDir, cleanups, freshDatabaseEnv, startAppProcess } from './app-process.ts';

const engine = inject('shortlistTestDb');
// A database of its own on the machine's Redis (CI has one; REDIS_TEST_URL points elsewhere), so keys are its own.
const redisUrl = `${process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379'}/${engine === 'postgres' ? 11 : 12}`;
const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
const redisIsThere = await redis.connect().then(() => true, () => false);
if (!redisIsThere && process.env.CI) throw new Error(`No Redis at ${redisUrl}: CI starts the bundle with REDIS_URL against a real one.`);
// Under dist/ (ignored by git) so the packages left out of the bundle resolve from node_modules as from dist/main.js;
// a folder per test file and engine, so the two projects running at once do not overwrite each other's bundle.
const outdir = join(apiDir, 'dist', `.test-${engine}-${randomBytes(4).toString('hex')}`);

beforeAll(async () => {
  cleanups.push(() => rmSync(outdir, { recursive: true, force: true }));
  const { code, output } = await run(process.execPath, ['scripts/build.mjs', '--outdir', outdir]);
  if (code !== 0) throw new Error(`the build failed (${code}):\n${output}`);
}, 120_000);

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(command, args, { cwd: apiDir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

async function graphql(url: string, query: string, cookie = '') {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query }) });
  return {
    status: response.status,
    cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '',
    body: (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> },
  };
}

describe(`the built API (dist/main.js) on ${engine}`, () => {
  it('migrates and seeds a fresh database, answers /healthz and serves the job board and typed errors', async () => {
    const app = await startAppProcess(await freshDatabaseEnv(), [join(outdir, 'main.js')]);

    const health = await fetch(`${app.url}/healthz`);
    const board = await graphql(app.url, '{ jobBoard(first: 3) { edges { node { title company { name } } } } }');
    // A validation error keeps its code only if Apollo and Pothos share one graphql (the CJS build), as under tsx.
    const invalid = await graphql(app.url, '{ jobBoard(first: 3) { noSuchField } }');
    // The city table is a CommonJS package loaded on first use; in the bundle its exports come as `default` only.
    const { cookie } = await graphql(app.url, 'mutation { signIn(input: { email: "recruiter@shortlist.test", password: "shortlist" }) { __typename } }');
    const zone = await graphql(app.url, '{ suggestTimeZone(city: "Chicago", country: "US") }', cookie);
    // Scope-auth, plugin-prisma's loaders and selection plans all keep per-request caches (createContextCache, patched in the build).
    const jobs = await graphql(app.url, '{ me { name agency { name } } jobs(first: 5) { edges { node { title clientCompany { name } proposals(first: 5) { edges { node { status candidate { fullName } interviews { status } } } } } } } }', cookie);
    expect(await app.stop()).toBe(0);

    expect(app.output()).toContain('Seeded demo data.');
    expect({ status: health.status, body: await health.json() }).toEqual({ status: 200, body: { status: 'ok', database: engine } });
    expect(board.status).toBe(200);
    expect(board.body.errors).toBeUndefined();
    expect((board.body.data as { jobBoard: { edges: unknown[] } }).jobBoard.edges).toHaveLength(3);
    expect({ status: invalid.status, code: invalid.body.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect({ data: zone.body.data, errors: zone.body.errors }).toEqual({ data: { suggestTimeZone: 'America/Chicago' }, errors: undefined });
    expect(jobs.body.errors).toBeUndefined();
    const jobEdges = (jobs.body.data as { jobs: { edges: Array<{ node: { title: string; proposals: { edges: Array<{ node: { candidate: { fullName: string } } }> } } }> } }).jobs.edges;
    expect(jobEdges.length).toBeGreaterThan(0);
    expect(jobEdges.flatMap((edge) => edge.node.proposals.edges).map((edge) => edge.node.candidate.fullName).filter(Boolean).length).toBeGreaterThan(0);
  }, 180_000);

  it.skipIf(!redisIsThere)('starts with REDIS_URL and keeps the rate budgets in Redis', async () => {
    cleanups.push(async () => {
      await redis.flushdb();
      redis.disconnect();
    });
    await redis.flushdb();
    const app = await startAppProcess({ ...(await freshDatabaseEnv()), REDIS_URL: redisUrl }, [join(outdir, 'main.js')]);
    const board = await graphql(app.url, '{ jobBoard(first: 1) { edges { node { title } } } }');
    const budgetKeys = await redis.keys('cost-*');
    expect(await app.stop()).toBe(0);

    expect(board.status).toBe(200);
    expect(board.body.errors).toBeUndefined();
    // The anonymous caller's budget, drawn in Redis (not in the database's rate_limit table).
    expect(budgetKeys.some((key) => key.startsWith('cost-steady:ip:'))).toBe(true);
  }, 180_000);

  it('exports every name the bundle takes from a chunk it loads with import()', () => {
    // A CommonJS package split into a chunk exports only `default`; a named import of it is undefined at run time
    // (it was so for ioredis and city-timezones), while under tsx Node hands out the named exports too.
    const exportsOf = (chunk: string) => {
      const source = readFileSync(join(outdir, chunk), 'utf8');
      const names = [...source.matchAll(/export\{([^}]*)\}/g)].flatMap(([, list]) => list!.split(',').map((item) => item.trim().split(/\s+as\s+/).pop()!));
      return new Set(/export default\b/.test(source) ? [...names, 'default'] : names);
    };
    const taken = readdirSync(outdir)
      .filter((name) => name.endsWith('.js'))
      .flatMap((name) => {
        const source = readFileSync(join(outdir, name), 'utf8');
        const destructured = /\{([\w$:,]+)\}=await import\("\.\/([\w.-]+\.js)"\)|import\("\.\/([\w.-]+\.js)"\)\.then\(\(\{([\w$:,]+)\}\)/g;
        return [...source.matchAll(destructured)].flatMap((m) => {
          const chunk = (m[2] ?? m[3])!;
          return (m[1] ?? m[4])!.split(',').map((binding) => ({ chunk, name: binding.split(':')[0]! }));
        });
      });
    expect(taken.map(({ name }) => name)).toContain('ApolloServerPluginLandingPageLocalDefault'); // the scan does find them
    expect(taken.filter(({ chunk, name }) => !exportsOf(chunk).has(name))).toEqual([]);
  });

  it("skips graphql-js's argument coercion for fields that take no arguments, and only for them", () => {
    const sources = readdirSync(outdir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(outdir, name), 'utf8'))
      .join('\n');
    const definitions = [...sources.matchAll(/function getArgumentValues\(def,node,variableValues\)\{(.{0,60})/g)].map((m) => m[1]);
    // One graphql-js in the bundle, and its coercion (the loop over def.args) still follows for every other field.
    expect(definitions).toEqual([expect.stringMatching(/^if\(def\.args\.length===0\)return\{\};var _node\$arguments;/)]);
  });

  it("keeps Pothos's per-request caches on the request's context, not in WeakMaps the young collector cannot empty", () => {
    const sources = readdirSync(outdir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(outdir, name), 'utf8'))
      .join('\n');
    const definitions = [...sources.matchAll(/function createContextCache\(create\)\{(.{0,600})/g)].map((m) => m[1]);
    expect(definitions).toEqual([expect.stringContaining('const slot=Symbol("Pothos.contextCacheEntry")')]);
    expect(definitions[0]).toMatch(/if\(Object\.isExtensible\(\w+\)\)\{.*Object\.defineProperty\(\w+,slot,/);
  });

  it('is plain ASCII, so Node keeps each file as one-byte text (faster to decode and parse at each start)', () => {
    const files = readdirSync(outdir).filter((name) => name.endsWith('.js'));
    expect(files.length).toBeGreaterThan(1); // main.js and the chunks it loads with import()
    const wide = files.flatMap((name) => {
      const source = readFileSync(join(outdir, name));
      const at = source.findIndex((byte) => byte > 0x7f);
      return at === -1 ? [] : [`${name}: ${source.subarray(Math.max(0, at - 60), at + 20).toString('utf8')}`];
    });
    expect(wide).toEqual([]);
  });

  it('leaves what a start does not need to chunks read on first use', () => {
    // Every file main.js loads before running (its static imports, and theirs), and the sources in their maps.
    const loaded = new Set<string>();
    const visit = (name: string) => {
      if (loaded.has(name)) return;
      loaded.add(name);
      const source = readFileSync(join(outdir, name), 'utf8');
      for (const [, next] of source.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) visit(next!);
    };
    visit('main.js');
    const serverChunk = readdirSync(outdir).find((name) => /^server-\w+\.js$/.test(name));
    expect(serverChunk).toBeDefined();
    visit(serverChunk!);
    const sources = [...loaded].flatMap((name) => (JSON.parse(readFileSync(join(outdir, `${name}.map`), 'utf8')) as { sources: string[] }).sources);
    expect(sources.some((path) => path.includes('node_modules/graphql/'))).toBe(true); // the walk does find what a start needs
    // The 2 MB city table, the Redis client (only with REDIS_URL), the mail stack and Prisma's query compiler as text.
    const late = ['node_modules/city-timezones/', 'node_modules/ioredis/', 'node_modules/nodemailer/', 'wasm-base64'];
    expect(sources.filter((path) => late.some((part) => path.includes(part)))).toEqual([]);
    // The query compiler is read as a .wasm file and compiled off the main thread.
    expect(statSync(join(outdir, 'prisma-query-compiler.wasm')).size).toBeGreaterThan(1_000_000);
  });
});

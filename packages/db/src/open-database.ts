import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client.ts';
import { pgliteConnection, pgPoolConnection, type SqlConnection } from './sql-connection.ts';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * How PGlite starts PostgreSQL for us: its own parameters, with 32 MB of shared buffers instead of PostgreSQL's
 * 128 MB. PGlite allocates and sets up the shared buffers in WebAssembly at every start, in proportion to their size
 * (on the demo data: 0.85-0.9 s to open with 128 MB, 0.6 s with 32 MB), and keeps them in the process's memory. The
 * demo database is ~30 MB; pages past the buffers are read from the data folder through the OS's file cache.
 */
export const pgliteStartParams: readonly string[] = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];
export const defaultDataDir = join(repoRoot, '.data');

/** Bad database configuration; the message is one line that says what to fix. */
export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError';
}

export interface Database {
  kind: 'postgres' | 'pglite';
  /** Where the data lives, safe to print (no password). */
  description: string;
  prisma: PrismaClient;
  /** Raw SQL for migrations and test-database cloning. */
  sql: SqlConnection;
  /** The PGlite instance, when embedded (tests snapshot its data folder). */
  pglite?: PGlite;
  /** The pg pool, on PostgreSQL (shared stores such as rate-limit budgets use it beside Prisma). */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A postgres:// or postgresql:// URL; without one the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite's data folder; defaults to `.data/` at the repo root. */
  dataDir?: string | undefined;
  /** An already created PGlite (tests clone one from a template). */
  pglite?: PGlite;
  /** Called with every SQL statement Prisma sends (tests count them to catch N+1 queries). */
  onQuery?: (sql: string) => void;
  /** PostgreSQL only: time limits, each defaulting to DEFAULT_DATABASE_LIMITS. */
  limits?: Partial<DatabaseLimits> | undefined;
}

/**
 * Time limits on PostgreSQL, so a slow statement, a held lock or a frozen connection fails fast with an error the
 * API answers as 503 + Retry-After, instead of holding a request (and a pool slot) until the client gives up.
 */
export interface DatabaseLimits {
  /** Server side: a statement running longer is cancelled (SQLSTATE 57014). */
  statementTimeoutMs: number;
  /** Server side: waiting longer for a lock fails (55P03), before the statement timeout would. */
  lockTimeoutMs: number;
  /** Server side: a transaction left idle this long is ended, so it cannot hold locks forever. */
  idleInTransactionTimeoutMs: number;
  /** Client side: waiting longer for a free connection, or to open one, fails ("timeout exceeded when trying to connect"). */
  acquireTimeoutMs: number;
  /**
   * Client side: no answer at all for this long abandons the query ("Query read timeout"), for when the connection is
   * frozen and the server cannot even cancel. A little above the statement timeout, so the server's typed error wins.
   */
  queryTimeoutMs: number;
  /** Connections in the pool. */
  poolSize: number;
}

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = {
  statementTimeoutMs: 5000,
  lockTimeoutMs: 3000,
  idleInTransactionTimeoutMs: 10_000,
  acquireTimeoutMs: 3000,
  queryTimeoutMs: 6000,
  poolSize: 10,
};

const LIMIT_ENV: Record<keyof DatabaseLimits, string> = {
  statementTimeoutMs: 'SHORTLIST_STATEMENT_TIMEOUT_MS',
  lockTimeoutMs: 'SHORTLIST_LOCK_TIMEOUT_MS',
  idleInTransactionTimeoutMs: 'SHORTLIST_IDLE_IN_TRANSACTION_TIMEOUT_MS',
  acquireTimeoutMs: 'SHORTLIST_DB_ACQUIRE_TIMEOUT_MS',
  queryTimeoutMs: 'SHORTLIST_DB_QUERY_TIMEOUT_MS',
  poolSize: 'SHORTLIST_DB_POOL_SIZE',
};

function limitsFromEnv(env: NodeJS.ProcessEnv): Partial<DatabaseLimits> {
  const limits: Partial<DatabaseLimits> = {};
  for (const [key, name] of Object.entries(LIMIT_ENV) as Array<[keyof DatabaseLimits, string]>) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new DatabaseConfigError(`${name} must be a positive whole number, not "${raw}".`);
    limits[key] = value;
  }
  return limits;
}

/** Reads DATABASE_URL, SHORTLIST_DATA_DIR and the SHORTLIST_*_TIMEOUT_MS limits, the way the app is configured. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenDatabaseOptions {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.SHORTLIST_DATA_DIR || undefined, limits: limitsFromEnv(env) };
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.pglite) return wrapPglite(options.pglite, 'embedded PGlite (in memory)', () => {}, options.onQuery);
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.onQuery, { ...DEFAULT_DATABASE_LIMITS, ...options.limits });
  return openPglite(resolve(options.dataDir ?? defaultDataDir), options.onQuery);
}

type DriverAdapter = NonNullable<ConstructorParameters<typeof PrismaClient>[0]['adapter']>;

function createPrismaClient(adapter: DriverAdapter, onQuery?: (sql: string) => void): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  prisma.$on('query', (event) => onQuery(event.query));
  return prisma as unknown as PrismaClient;
}

export function describePostgresUrl(url: string): string {
  try {
    const u = new URL(url);
    return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'PostgreSQL (unparseable URL)';
  }
}

async function openPostgres(databaseUrl: string, onQuery: ((sql: string) => void) | undefined, limits: DatabaseLimits): Promise<Database> {
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new DatabaseConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset for the embedded database).');
  }
  const description = describePostgresUrl(databaseUrl);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: limits.poolSize,
    connectionTimeoutMillis: limits.acquireTimeoutMs,
    statement_timeout: limits.statementTimeoutMs,
    lock_timeout: limits.lockTimeoutMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
    query_timeout: limits.queryTimeoutMs,
    // No JIT: our statements are short and asked again and again; compiling one cost 20-30 ms of CPU per insight
    // request at 100k candidates, more than running it (measured with the insight benchmark).
    options: '-c jit=off',
    // A peer that vanished without closing (a dropped network path) is noticed by the OS instead of never.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DatabaseConfigError(`Cannot reach ${description}: ${reason || (error as { code?: string }).code || 'no answer'}.`);
  }
  const prisma = createPrismaClient(new PrismaPg(pool, { statementNameGenerator: createStatementNames() }), onQuery);
  return {
    kind: 'postgres',
    description,
    prisma,
    sql: pgPoolConnection(pool),
    pool,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string, onQuery?: (sql: string) => void): Promise<Database> {
  const lockFile = join(dataDir, 'shortlist.lock');
  try {
    mkdirSync(dataDir, { recursive: true });
    takeDataDirLock(lockFile);
  } catch (error) {
    if (error instanceof DatabaseConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DatabaseConfigError(`The data folder ${dataDir} is not writable (${code}); set SHORTLIST_DATA_DIR to a folder you can write.`);
  }
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir, startParams: [...pgliteStartParams] });
  } catch (error) {
    rmSync(lockFile, { force: true });
    throw new DatabaseConfigError(`Cannot open the embedded database in ${dataDir}: ${(error as Error).message}`);
  }
  return wrapPglite(db, `embedded PGlite in ${dataDir}`, () => rmSync(lockFile, { force: true }), onQuery);
}

/** PGlite is one connection inside one process: a second process on the same folder would corrupt it. */
function takeDataDirLock(lockFile: string) {
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number(readFileSync(lockFile, 'utf8'));
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new DatabaseConfigError(`The data folder ${dirname(lockFile)} is in use by process ${holder}; stop it or set SHORTLIST_DATA_DIR.`);
  }
  writeFileSync(lockFile, String(process.pid));
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function wrapPglite(db: PGlite, description: string, release: () => void, onQuery?: (sql: string) => void): Database {
  const prisma = createPrismaClient(new PrismaPGlite(db), onQuery);
  return {
    kind: 'pglite',
    description,
    prisma,
    sql: pgliteConnection(db),
    pglite: db,
    async close() {
      try {
        await prisma.$disconnect();
        await db.close();
      } finally {
        // Even when closing fails, this process is done with the folder: a lock left behind would read as "in use".
        release();
      }
    },
  };
}

/** How many of Prisma's distinct statements get a name (see createStatementNames). */
export const NAMED_STATEMENTS_LIMIT = 500;
const NAMEABLE = /^\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;

/**
 * Begin a statement's SQL with this comment to have PostgreSQL plan it for each call's values. A named statement is
 * planned once: after five calls PostgreSQL keeps a generic plan, made without the values, whenever its estimate is
 * no worse than theirs. For an aggregate over a date range and an agency that estimate is blind: the insight's
 * agency-wide statements ran ~1.7x slower on their generic plans (about 100 ms instead of 60 at 100k candidates).
 * Such statements run unnamed, which node-postgres parses and PostgreSQL plans afresh each time.
 */
export const PLAN_EACH_CALL = '/* plan each call */';

/**
 * Names for Prisma's statements on PostgreSQL, so each pooled connection parses and plans a statement once and then
 * only binds it (node-postgres keeps a connection's named statements). A name is a hash of the SQL text, so one text
 * always has one name. Texts vary (an IN list has as many parameters as values), so only the first `limit` distinct
 * texts of the process are named; the rest run unnamed, as all did before, and nothing grows without bound on either
 * side.
 */
export function createStatementNames(limit = NAMED_STATEMENTS_LIMIT): (query: { sql: string; args: readonly unknown[] }) => string {
  const names = new Map<string, string>();
  return ({ sql, args }) => {
    // Without parameters node-postgres sends a simple query (as a VACUUM needs); only plain DML and reads are named.
    if (args.length === 0 || sql.startsWith(PLAN_EACH_CALL) || !NAMEABLE.test(sql)) return '';
    let name = names.get(sql);
    if (name === undefined) {
      if (names.size >= limit) return '';
      name = `p_${createHash('sha256').update(sql).digest('base64url').slice(0, 40)}`;
      names.set(sql, name);
    }
    return name;
  };
}

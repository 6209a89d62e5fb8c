import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient, QueryConfig } from 'pg';
import { to as copyTo } from 'pg-copy-streams';

/** How long a process waits for another's migrations before it gives up (pg would otherwise stop after its query timeout). */
const ADVISORY_LOCK_WAIT_MS = 10 * 60_000;

/**
 * The few raw-SQL operations that Prisma's client cannot do for us: run a multi-statement script
 * (migrations, cloning test databases) on one connection, inside one transaction.
 */
export interface SqlSession {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (simple query protocol, no parameters). */
  exec(sql: string): Promise<void>;
  /**
   * The bytes of a `COPY ... TO STDOUT` as PostgreSQL sends them, piece by piece (PostgreSQL only, in a transaction:
   * the embedded PGlite has no such stream). The rest of the transaction runs with `timeoutMs` as its statement limit
   * and this statement with it as its read limit, in place of the connection's request limits. Read it to the end:
   * the connection is in the middle of the COPY until then.
   */
  copyOut?(sql: string, options: { timeoutMs: number }): AsyncIterable<Uint8Array>;
}

export interface SqlConnection extends SqlSession {
  /** Runs `fn` in one transaction on one connection; it commits when `fn` resolves and rolls back when it throws. */
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T>;
  /** Runs `fn` while holding a session-level advisory lock, so two processes never migrate at once. */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
}

export function pgliteConnection(db: PGlite): SqlConnection {
  const session = (target: Pick<PGlite, 'query' | 'exec'>): SqlSession => ({
    async query<Row>(sql: string, params?: unknown[]) {
      return (await target.query<Row>(sql, params)).rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  });
  return {
    ...session(db),
    transaction: (fn) => db.transaction((tx) => fn(session(tx))),
    // PGlite is a single connection inside this process: nothing else can race it.
    withAdvisoryLock: (_key, fn) => fn(),
  };
}

async function* copyOut(client: PoolClient, sql: string, { timeoutMs }: { timeoutMs: number }): AsyncGenerator<Uint8Array> {
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new RangeError(`copyOut's timeoutMs must be a positive whole number of ms, not ${timeoutMs}`);
  await client.query(`SET LOCAL statement_timeout = ${timeoutMs}`);
  const stream = copyTo(sql) as ReturnType<typeof copyTo> & CopyQuery;
  // pg applies the connection's query_timeout to a custom query too, read from the query object. PostgreSQL's own
  // limit must end the COPY first: it sends an error and the connection carries on. When pg's fires instead (the
  // server is unreachable), pg-copy-streams stops listening but leaves its socket handler in place, so data arriving
  // after would throw outside any promise: the socket is destroyed then, and the pool drops the connection.
  stream.query_timeout = timeoutMs + COPY_READ_GRACE_MS;
  const handleError = stream.handleError.bind(stream);
  stream.handleError = (error, connection) => {
    if (error.message === 'Query read timeout') connection?.stream.destroy();
    handleError(error, connection);
  };
  yield* client.query(stream) as AsyncIterable<Buffer>;
}

/** How much longer than its statement limit pg waits for a COPY's bytes before it gives up on the connection. */
const COPY_READ_GRACE_MS = 10_000;

/** What pg reads from, and calls on, a custom query (pg-copy-streams' types leave them out). */
interface CopyQuery {
  query_timeout: number;
  handleError(error: Error, connection?: { stream: { destroy(): void } }): void;
}

export function pgPoolConnection(pool: Pool): SqlConnection {
  const session = (client: Pool | PoolClient): SqlSession => ({
    async query<Row>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });
  return {
    ...session(pool),
    async transaction(fn) {
      const client = await pool.connect();
      let hasCopied = false;
      let isReusable = true;
      try {
        await client.query('BEGIN');
        const result = await fn({
          ...session(client),
          copyOut: (sql, options) => {
            hasCopied = true;
            return copyOut(client, sql, options);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A COPY that failed part-way (its time limit, a dropped read) may leave the connection inside it: close it.
        isReusable = !hasCopied;
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release(isReusable ? undefined : true);
      }
    },
    async withAdvisoryLock(key, fn) {
      const client = await pool.connect();
      let failure: unknown;
      try {
        // Waiting while another process migrates is expected however long that takes: the session's lock and
        // statement limits (and pg's client-side query timeout) are for requests; with them a second API process
        // started beside the first exited with "lock timeout" whenever the first needed more than 3 s.
        await client.query('SET lock_timeout = 0; SET statement_timeout = 0');
        await client.query({ text: 'SELECT pg_advisory_lock($1)', values: [key], query_timeout: ADVISORY_LOCK_WAIT_MS } as QueryConfig);
        try {
          return await fn();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key]);
        }
      } catch (error) {
        failure = error;
        throw error;
      } finally {
        // Back to the limits the connection was opened with, before it serves requests again; a connection that
        // failed here is closed instead of returned to the pool.
        let isReusable = failure === undefined;
        if (isReusable) await client.query('RESET lock_timeout; RESET statement_timeout').catch(() => (isReusable = false));
        client.release(isReusable ? undefined : true);
      }
    },
  };
}

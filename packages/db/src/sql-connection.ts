import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';

/**
 * The few raw-SQL operations that Prisma's client cannot do for us: run a multi-statement script
 * (migrations, cloning test databases) on one connection, inside one transaction.
 */
export interface SqlSession {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (simple query protocol, no parameters). */
  exec(sql: string): Promise<void>;
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
      try {
        await client.query('BEGIN');
        const result = await fn(session(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async withAdvisoryLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [key]);
        try {
          return await fn();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
  };
}

import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './open-database.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';

let db: TestDatabase | undefined;
let waiter: Database | undefined;
let holder: pg.Client | undefined;
afterEach(async () => {
  await holder?.end();
  await waiter?.close();
  await db?.close();
  holder = waiter = db = undefined;
});

const LOCK_KEY = 4_242_001;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the advisory lock that serialises migrations between processes', () => {
  it('waits as long as another process holds it, beyond the lock, statement and query time limits, then keeps those limits for requests', async (context) => {
    db = await createTestDatabase('migrated');
    if (db.engine !== 'postgres') return context.skip('PGlite is one connection in one process: nothing can hold the lock elsewhere');
    const url = db.pool!.options.connectionString!;
    // Another API process in the middle of its migrations.
    holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    // This one starts with limits far shorter than the wait (one connection, so the limits are checked on it after).
    waiter = await openDatabase({ databaseUrl: url, limits: { lockTimeoutMs: 100, statementTimeoutMs: 200, queryTimeoutMs: 300, poolSize: 1 } });

    let outcome: string | undefined;
    const waiting = waiter.sql.withAdvisoryLock(LOCK_KEY, async () => 'migrated after the other process').then(
      (value) => (outcome = value),
      (error: Error) => (outcome = `failed: ${error.message}`),
    );
    await sleep(1_000);
    expect(outcome).toBeUndefined();

    await holder.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
    await waiting;
    expect(outcome).toBe('migrated after the other process');

    const [limits] = await waiter.sql.query<{ lock: string; statement: string }>(
      `SELECT current_setting('lock_timeout') AS lock, current_setting('statement_timeout') AS statement`,
    );
    expect(limits).toEqual({ lock: '100ms', statement: '200ms' });
  });
});

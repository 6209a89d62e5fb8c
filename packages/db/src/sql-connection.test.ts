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

describe('copyOut, the raw bytes of a COPY on PostgreSQL', () => {
  it('streams a binary COPY within a transaction; one that fails part-way rejects, and the pool goes on answering', async (context) => {
    db = await createTestDatabase('migrated');
    if (db.engine !== 'postgres') return context.skip('PGlite has no COPY stream: copyOut is PostgreSQL only');
    const sql = db.sql;
    const bytes = await sql.transaction(async (tx) => {
      const pieces: Uint8Array[] = [];
      for await (const piece of tx.copyOut!(`COPY (SELECT decode('00ff10', 'hex') AS data) TO STDOUT (FORMAT binary)`, { timeoutMs: 10_000 })) pieces.push(piece);
      return Buffer.concat(pieces);
    });
    // Signature, flags, extension length; one row of one field, 3 bytes long; the trailer.
    expect(bytes.subarray(0, 11).equals(Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'))).toBe(true);
    expect(bytes.subarray(19).equals(Buffer.from([0, 1, 0, 0, 0, 3, 0x00, 0xff, 0x10, 0xff, 0xff]))).toBe(true);

    // The statement limit given to copyOut applies: rows that take longer are cut off, and the promise rejects.
    const slow = sql.transaction(async (tx) => {
      for await (const piece of tx.copyOut!(`COPY (SELECT n, pg_sleep(0.05) FROM generate_series(1, 100) AS n) TO STDOUT (FORMAT binary)`, { timeoutMs: 300 })) void piece;
    });
    await expect(slow).rejects.toThrow(/canceling statement due to statement timeout/);
    const answers = await Promise.all(Array.from({ length: 12 }, () => sql.query<{ one: number }>('SELECT 1 AS one')));
    expect(answers.map(([row]) => row!.one)).toEqual(Array(12).fill(1));
    await expect(sql.transaction(async (tx) => tx.copyOut!('COPY (SELECT 1) TO STDOUT', { timeoutMs: 0 })[Symbol.asyncIterator]().next())).rejects.toThrow(/timeoutMs/);
  });
});

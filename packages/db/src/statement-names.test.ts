import { describe, expect, it } from 'vitest';
import { Prisma } from './generated/prisma/client.ts';
import { createStatementNames, openDatabase, PLAN_EACH_CALL } from './open-database.ts';

const databaseUrl = process.env.TEST_DATABASE_URL;

describe('createStatementNames', () => {
  it('gives one text one name, names only parameterised reads and writes, and stops naming past its limit', () => {
    const nameOf = createStatementNames(2);
    const select = 'SELECT "id" FROM "Job" WHERE "id" = $1';
    const first = nameOf({ sql: select, args: ['a'] });
    expect(first).toMatch(/^p_[\w-]{40}$/);
    expect(nameOf({ sql: select, args: ['b'] })).toBe(first);
    expect(nameOf({ sql: 'VACUUM (ANALYZE) "Job"', args: [] })).toBe('');
    expect(nameOf({ sql: 'SELECT 1', args: [] })).toBe('');
    expect(nameOf({ sql: 'SET statement_timeout = $1', args: [1] })).toBe('');
    const update = 'UPDATE "Job" SET "title" = $1 WHERE "id" = $2';
    expect(nameOf({ sql: update, args: ['t', 'a'] })).not.toBe(first);
    expect(nameOf({ sql: 'DELETE FROM "Job" WHERE "id" = $1', args: ['a'] })).toBe('');
    expect(nameOf({ sql: select, args: ['c'] })).toBe(first);
  });

  it('leaves a statement that begins with PLAN_EACH_CALL unnamed, however often it runs', () => {
    const nameOf = createStatementNames();
    const sql = `${PLAN_EACH_CALL}\n    SELECT count(*) FROM "Proposal" p WHERE p."agencyId" = $1 AND p."createdAt" >= $2`;
    for (let call = 0; call < 7; call++) expect(nameOf({ sql, args: ['a', new Date()] })).toBe('');
  });
});

describe.skipIf(!databaseUrl)('prepared statements on PostgreSQL', () => {
  it("a connection prepares Prisma's statement once and answers from it after", async () => {
    const db = await openDatabase({ databaseUrl: databaseUrl!, limits: { poolSize: 1 } });
    try {
      const ask = (take: number) => db.prisma.$queryRaw<Array<{ n: number }>>`SELECT ${take}::int AS n FROM generate_series(1, 3) LIMIT ${take}`;
      expect(await ask(2)).toEqual([{ n: 2 }, { n: 2 }]);
      expect(await ask(3)).toHaveLength(3);
      // The pool's one connection is the one that prepared it.
      const prepared = await db.sql.query<{ name: string; statement: string }>(`SELECT "name", "statement" FROM pg_prepared_statements`);
      const ours = prepared.filter((p) => p.statement.includes('generate_series(1, 3)'));
      expect(ours).toHaveLength(1);
      expect(ours[0]!.name).toMatch(/^p_/);
    } finally {
      await db.close();
    }
  });

  it('prepares no statement for SQL that asks to be planned for each call', async () => {
    const db = await openDatabase({ databaseUrl: databaseUrl!, limits: { poolSize: 1 } });
    try {
      // Past the five calls after which PostgreSQL may keep a generic plan for a named statement.
      for (let take = 1; take <= 7; take++) {
        const rows = await db.prisma.$queryRaw<Array<{ n: number }>>`${Prisma.raw(PLAN_EACH_CALL)} SELECT ${take}::int AS n FROM generate_series(1, 9) LIMIT ${take}`;
        expect(rows).toHaveLength(take);
      }
      const prepared = await db.sql.query<{ statement: string }>(`SELECT "statement" FROM pg_prepared_statements`);
      expect(prepared.filter((p) => p.statement.includes('generate_series(1, 9)'))).toEqual([]);
    } finally {
      await db.close();
    }
  });
});

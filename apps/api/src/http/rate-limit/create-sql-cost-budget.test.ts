import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetConfig } from './budget-config.ts';
import { createCostBudget } from './create-cost-budget.ts';
import { memoryLimiterStore } from './create-limiter-store.ts';
import { createSqlCostBudget } from './create-sql-cost-budget.ts';

// 1 point a second and a reserve of 40 that refills 40 s after it was first drawn on: every 10-point draw below comes
// from the reserve, whose window outlasts the test however slow the machine is.
const CONFIG: BudgetConfig = { capacity: 41, restorePerSecond: 1, maxQueryCost: 40 };

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('migrated');
});
afterAll(() => db.close());

const budgetOn = (sql: Pick<TestDatabase['sql'], 'query'>) => createSqlCostBudget(sql, CONFIG, createCostBudget(memoryLimiterStore(), CONFIG));

describe('the cost budget kept in the database', () => {
  it('takes from the steady part first, then the reserve, and refuses without taking anything once neither covers a query', async () => {
    const budget = budgetOn(db.sql);
    const key = `user:${randomUUID()}`;
    const small = await budget.draw(key, 1);
    expect(small).toMatchObject({ isGranted: true, from: 'steady', state: { limit: 41, remaining: 40 } });
    const remaining: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const draw = await budget.draw(key, 10);
      expect(draw).toMatchObject({ isGranted: true, from: 'reserve' });
      remaining.push(draw.state.remaining);
    }
    // The steady point may have come back meanwhile (its window is a second), the reserve's 40 not.
    expect(remaining.map((left) => left - (left % 10))).toEqual([30, 20, 10, 0]);
    const refused = await budget.draw(key, 10);
    expect(refused.isGranted).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(40);
    expect(refused.state.remaining).toBeLessThanOrEqual(1);
    const [row] = await db.sql.query<{ points: number }>('SELECT points FROM rate_limit WHERE key = $1', [`cost-reserve:${key}`]);
    expect(row!.points).toBe(40);
    await budget.close();
  });

  it('grants concurrent draws of one caller no more than the bucket holds, from two processes at once', async () => {
    const [a, b] = [budgetOn(db.sql), budgetOn(db.sql)];
    const key = `ip:${randomUUID()}`;
    // The caller's rows exist already (creating them would line the draws up behind the first insert).
    expect((await a.draw(key, 1)).from).toBe('steady');
    const draws = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).draw(key, 10)));
    expect(draws.filter((draw) => draw.isGranted)).toHaveLength(4);
    await Promise.all([a.close(), b.close()]);
  });

  it('gives back what a query did not cost: to the caller’s next draw at once, and to other processes once written', async () => {
    const [a, b] = [budgetOn(db.sql), budgetOn(db.sql)];
    const key = `key:${randomUUID()}`;
    const first = await a.draw(key, 40);
    expect(first).toMatchObject({ isGranted: true, from: 'reserve' });
    // It cost 10: the answer reports the 30 given back, and this process's next draw may use them.
    const settled = await a.settle(first, 10);
    expect(settled.remaining - (settled.remaining % 10)).toBe(30);
    const second = await a.draw(key, 20);
    expect(second).toMatchObject({ isGranted: true, from: 'reserve' });
    await a.settle(second, 5); // 15 more back: 10 + 5 used of the reserve's 40
    await a.close(); // writes what is pending, as it would within 100 ms on its own
    const [row] = await db.sql.query<{ points: number }>('SELECT points FROM rate_limit WHERE key = $1', [`cost-reserve:${key}`]);
    expect(row!.points).toBe(15);
    expect(await b.draw(key, 20)).toMatchObject({ isGranted: true, from: 'reserve' });
    expect((await b.draw(key, 10)).isGranted).toBe(false);
    await b.close();
  });

  it('falls back to a budget in this process while the database fails, instead of letting everyone through', async () => {
    const budget = budgetOn({ query: () => Promise.reject(new Error('connection terminated')) });
    const key = `ip:${randomUUID()}`;
    const granted = [];
    for (let i = 0; i < 6; i += 1) granted.push((await budget.draw(key, 10)).isGranted);
    expect(granted).toEqual([true, true, true, true, false, false]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkHealth } from './check-health.ts';

/** A database whose SELECT 1 answers when told to, counting how often it was asked. */
function slowDatabase() {
  let asked = 0;
  const answers: Array<(ok: boolean) => void> = [];
  const sql = {
    query: () => {
      asked += 1;
      return new Promise((resolve, reject) => answers.push((ok) => (ok ? resolve([]) : reject(new Error('connection refused')))));
    },
  };
  return { db: { kind: 'postgres' as const, sql: sql as never }, asked: () => asked, answer: (ok: boolean) => answers.splice(0).forEach((settle) => settle(ok)) };
}

describe('/healthz’s database check', () => {
  it('asks once for polls that arrive while a check runs, and each poll gets its answer', async () => {
    const { db, asked, answer } = slowDatabase();
    const polls = [checkHealth(db), checkHealth(db), checkHealth(db)];
    expect(asked()).toBe(1);
    answer(true);
    expect(await Promise.all(polls)).toEqual([1, 2, 3].map(() => ({ status: 'ok', database: 'postgres' })));

    // The next poll asks again: an answer is never reused once given.
    const next = checkHealth(db);
    expect(asked()).toBe(2);
    answer(false);
    expect(await next).toEqual({ status: 'unavailable', database: 'postgres', checks: { database: 'error' } });
  });

  it('says timeout when the check outlasts the limit, and shares the check still running', async () => {
    const { db, asked, answer } = slowDatabase();
    expect(await checkHealth(db, 20)).toEqual({ status: 'unavailable', database: 'postgres', checks: { database: 'timeout' } });
    expect(await checkHealth(db, 20)).toMatchObject({ checks: { database: 'timeout' } });
    expect(asked()).toBe(1);
    answer(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const after = checkHealth(db, 20);
    answer(true);
    expect(await after).toEqual({ status: 'ok', database: 'postgres' });
    expect(asked()).toBe(2);
  });
});

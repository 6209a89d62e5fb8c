import type { Database } from '@shortlist/db/open-database';
import type { BudgetConfig } from './budget-config.ts';
import { budgetShape, RESERVE_PREFIX, STEADY_PREFIX, type BudgetDraw, type BudgetState, type CostBudget } from './create-cost-budget.ts';

/** How long what requests gave back waits to be written, at most, when no draw of the same caller carries it sooner. */
export const CREDIT_FLUSH_MS = 100;

interface DrawRow {
  source: 'steady' | 'reserve' | null;
  steadyUsed: number;
  steadyEnds: string | number | bigint;
  reserveUsed: number;
  reserveEnds: string | number | bigint;
  now: string | number | bigint;
}

/** Points given back (negative) or owed (positive) to one part of a caller's budget, for the window they were drawn in. */
interface Credit {
  delta: number;
  window: number;
}

/** What settle needs of a draw this budget granted: the window (database clock) and what each part held after it. */
interface Drawn {
  window: number;
  steadyUsed: number;
  reserveUsed: number;
}

const DRAW = 'SELECT * FROM "shortlist_draw_cost"($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)';
const FLUSH = `UPDATE "rate_limit" AS rl SET "points" = GREATEST(0, rl."points" + c.delta)
FROM unnest($1::text[], $2::int[], $3::bigint[]) AS c(key, delta, window_ends)
WHERE rl."key" = c.key AND rl."expire" = c.window_ends AND rl."expire" > floor(extract(epoch FROM clock_timestamp()) * 1000)`;

/**
 * The same leaky bucket as createCostBudget (a steady part and a reserve, in the same `rate_limit` rows), kept in
 * PostgreSQL with one statement per request instead of three: the draw is one call of `shortlist_draw_cost` (a
 * migration's function that locks both rows, applies what this caller gave back since, and takes the points or
 * refuses), and what a request gives back once its real cost is known is written with the caller's next draw, or by
 * one UPDATE for all callers at most CREDIT_FLUSH_MS later (a draw waits for that UPDATE while it runs). So within
 * this process every draw sees every refund, and
 * another process sees them within CREDIT_FLUSH_MS; a refund never credits a window after the one it was drawn in.
 * On every job page that was a third of the statements and about 7 % of the API's CPU (two builds loaded side by side).
 *
 * When the database fails, `fallback` (a budget in this process's memory) answers, as rate-limiter-flexible's
 * insurance limiter does for the other stores: neither letting everyone through nor refusing everyone.
 */
export function createSqlCostBudget(sql: Pick<Database['sql'], 'query'>, given: BudgetConfig, fallback: CostBudget): CostBudget {
  const { config, reservePoints, reserveSeconds } = budgetShape(given);
  const steadyCapacity = config.restorePerSecond;
  const drawn = new WeakMap<BudgetDraw, Drawn>();
  const credits = new Map<string, Credit>();
  let flushTimer: NodeJS.Timeout | null = null;
  /** The batched UPDATE while it runs: a draw waits for it, so it never reads the rows before refunds it took out. */
  let flushing: Promise<void> | null = null;

  const takeCredit = (storeKey: string): Credit => {
    const credit = credits.get(storeKey);
    if (!credit) return { delta: 0, window: 0 };
    credits.delete(storeKey);
    return credit;
  };

  const addCredit = (storeKey: string, delta: number, window: number) => {
    const pending = credits.get(storeKey);
    // A credit for an earlier window is void by now: that window has ended before this one began.
    credits.set(storeKey, pending && pending.window === window ? { delta: pending.delta + delta, window } : { delta, window });
    flushTimer ??= setTimeout(() => {
      flushTimer = null;
      const run = flush().finally(() => {
        if (flushing === run) flushing = null;
      });
      flushing = run;
    }, CREDIT_FLUSH_MS).unref();
  };

  const flush = async () => {
    if (credits.size === 0) return;
    const keys: string[] = [];
    const deltas: number[] = [];
    const windows: string[] = [];
    for (const [key, credit] of credits) {
      keys.push(key);
      deltas.push(credit.delta);
      windows.push(String(credit.window));
    }
    credits.clear();
    // A refund that cannot be written is lost: the caller keeps paying what the query was priced at, never less.
    await sql.query(FLUSH, [keys, deltas, windows]).catch(() => {});
  };

  const stateOf = (steadyUsed: number, reserveUsed: number, steadyFullInMs: number, reserveFullInMs: number): BudgetState => ({
    limit: config.capacity,
    remaining: Math.min(config.capacity, Math.max(0, steadyCapacity - steadyUsed) + Math.max(0, reservePoints - reserveUsed)),
    resetAt: new Date(Date.now() + Math.max(steadyUsed > 0 ? steadyFullInMs : 0, reserveUsed > 0 ? reserveFullInMs : 0)),
  });

  return {
    config,
    async draw(key, points) {
      const steadyKey = `${STEADY_PREFIX}:${key}`;
      const reserveKey = `${RESERVE_PREFIX}:${key}`;
      if (flushing) await flushing;
      const steadyCredit = takeCredit(steadyKey);
      const reserveCredit = takeCredit(reserveKey);
      let row: DrawRow;
      try {
        [row] = (await sql.query<DrawRow>(DRAW, [
          steadyKey,
          reserveKey,
          points,
          steadyCapacity,
          1000,
          reservePoints,
          reserveSeconds * 1000,
          steadyCredit.delta,
          steadyCredit.window,
          reserveCredit.delta,
          reserveCredit.window,
        ])) as [DrawRow];
      } catch {
        return fallback.draw(key, points);
      }
      const now = Number(row.now);
      const steadyInMs = Math.max(0, Number(row.steadyEnds) - now);
      const reserveInMs = Math.max(0, Number(row.reserveEnds) - now);
      const state = stateOf(row.steadyUsed, row.reserveUsed, steadyInMs, reserveInMs);
      const from = row.source;
      // A draw the steady part could cover waits for the next second; a larger one for the reserve to refill.
      const waitMs = points <= steadyCapacity ? steadyInMs : reserveInMs;
      const draw: BudgetDraw = {
        isGranted: from !== null,
        key,
        points,
        from,
        state,
        retryAfterSeconds: from ? 0 : Math.max(1, Math.ceil(waitMs / 1000)),
        windowEndsAt: Date.now() + (from === 'reserve' ? reserveInMs : steadyInMs),
        steady: null,
        reserve: null,
      };
      if (from) {
        drawn.set(draw, {
          window: Number(from === 'steady' ? row.steadyEnds : row.reserveEnds),
          steadyUsed: row.steadyUsed,
          reserveUsed: row.reserveUsed,
        });
      }
      return draw;
    },
    async settle(draw, actual) {
      if (!draw.isGranted || !draw.from) return draw.state;
      const granted = drawn.get(draw);
      if (!granted) return fallback.settle(draw, actual);
      const difference = draw.points - actual;
      if (difference === 0 || (difference > 0 && Date.now() >= draw.windowEndsAt)) return draw.state;
      addCredit(`${draw.from === 'steady' ? STEADY_PREFIX : RESERVE_PREFIX}:${draw.key}`, -difference, granted.window);
      const steadyUsed = draw.from === 'steady' ? Math.max(0, granted.steadyUsed - difference) : granted.steadyUsed;
      const reserveUsed = draw.from === 'reserve' ? Math.max(0, granted.reserveUsed - difference) : granted.reserveUsed;
      const fullInMs = Math.max(0, draw.state.resetAt.getTime() - Date.now());
      return stateOf(steadyUsed, reserveUsed, fullInMs, fullInMs);
    },
    async close() {
      if (flushTimer) {
        clearTimeout(flushTimer);
        flushTimer = null;
      }
      if (flushing) await flushing;
      await flush();
    },
  };
}

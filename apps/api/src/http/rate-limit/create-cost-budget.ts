import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { BudgetConfig } from './budget-config.ts';
import type { LimiterStore } from './create-limiter-store.ts';

/** A caller's bucket as the response reports it. */
export interface BudgetState {
  limit: number;
  remaining: number;
  /** When the bucket is full again. */
  resetAt: Date;
}

/** Points taken for one request, to settle with what it really cost. */
export interface BudgetDraw {
  isGranted: boolean;
  key: string;
  points: number;
  from: 'steady' | 'reserve' | null;
  state: BudgetState;
  /** When refused: how long until this many points are back. */
  retryAfterSeconds: number;
  /** When the window the points came from ends; a refund after that would credit the next window. */
  windowEndsAt: number;
  steady: RateLimiterRes | null;
  reserve: RateLimiterRes | null;
}

export interface CostBudget {
  config: BudgetConfig;
  /** Takes `points` from the caller's bucket, or refuses (and takes nothing) when it holds fewer. */
  draw(key: string, points: number): Promise<BudgetDraw>;
  /** Gives back what a granted draw took beyond `actual`, or takes the shortfall (Shopify's refund of the difference). */
  settle(draw: BudgetDraw, actual: number): Promise<BudgetState>;
  /** Writes what is still pending, at shutdown. */
  close(): Promise<void>;
}

/** The store keys of a caller's two parts are `${prefix}:${key}`, in every store. */
export const STEADY_PREFIX = 'cost-steady';
export const RESERVE_PREFIX = 'cost-reserve';

/** The two parts a budget's capacity is split into, and the largest query one of them can cover. */
export function budgetShape(given: BudgetConfig): { config: BudgetConfig; reservePoints: number; reserveSeconds: number } {
  const reservePoints = Math.max(1, given.capacity - given.restorePerSecond);
  // One request draws on one part; a query neither could ever cover would be refused forever.
  const config = { ...given, maxQueryCost: Math.min(given.maxQueryCost, Math.max(given.restorePerSecond, reservePoints)) };
  return { config, reservePoints, reserveSeconds: Math.max(1, Math.ceil(reservePoints / config.restorePerSecond)) };
}

/**
 * A leaky bucket per caller on rate-limiter-flexible, in the store every API process shares (PostgreSQL `rate_limit`,
 * Redis, or memory on PGlite). RLF counts in fixed windows, so the bucket is two of its limiters, as its
 * BurstyRateLimiter composes them: a steady one holding `restorePerSecond` points that come back every second, and a
 * reserve holding the rest of the capacity, which comes back all at once `(capacity − restorePerSecond) /
 * restorePerSecond` seconds after it was first drawn on. A request draws on the steady part first and on the reserve
 * when that does not cover it. Over any long stretch a caller gets at most twice `restorePerSecond` (the steady part
 * plus a reserve refill per its period); in a burst, at most `capacity`. (BurstyRateLimiter itself can neither refund
 * nor report what the reserve holds, hence the composition here.)
 */
export function createCostBudget(store: LimiterStore, given: BudgetConfig): CostBudget {
  const { config, reservePoints, reserveSeconds } = budgetShape(given);
  const steady = store.create({ keyPrefix: STEADY_PREFIX, points: config.restorePerSecond, duration: 1 });
  const reserve = store.create({ keyPrefix: RESERVE_PREFIX, points: reservePoints, duration: reserveSeconds });

  const stateOf = (steadyRes: RateLimiterRes | null, reserveRes: RateLimiterRes | null): BudgetState => {
    const left = (res: RateLimiterRes | null, points: number) => (res ? Math.max(0, points - res.consumedPoints) : points);
    const fullIn = (res: RateLimiterRes | null) => (res && res.consumedPoints > 0 ? Math.max(0, res.msBeforeNext) : 0);
    return {
      limit: config.capacity,
      remaining: Math.min(config.capacity, left(steadyRes, config.restorePerSecond) + left(reserveRes, reservePoints)),
      resetAt: new Date(Date.now() + Math.max(fullIn(steadyRes), fullIn(reserveRes))),
    };
  };

  /** RLF counts a refused consume too; give it back so a refusal costs the caller nothing. */
  const tryConsume = async (limiter: RateLimiterAbstract, key: string, points: number) => {
    try {
      return { isGranted: true, res: await limiter.consume(key, points) };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const res = await limiter.reward(key, points);
      return { isGranted: false, res };
    }
  };

  return {
    config,
    async draw(key, points) {
      const fromSteady = await tryConsume(steady, key, points);
      if (fromSteady.isGranted) {
        const reserveRes = await reserve.get(key);
        return {
          isGranted: true,
          key,
          points,
          from: 'steady',
          state: stateOf(fromSteady.res, reserveRes),
          retryAfterSeconds: 0,
          windowEndsAt: Date.now() + fromSteady.res.msBeforeNext,
          steady: fromSteady.res,
          reserve: reserveRes,
        };
      }
      const fromReserve = await tryConsume(reserve, key, points);
      const state = stateOf(fromSteady.res, fromReserve.res);
      // A draw the steady part could cover waits for the next second; a larger one for the reserve to refill.
      const waitMs = points <= config.restorePerSecond ? fromSteady.res.msBeforeNext : fromReserve.res.msBeforeNext;
      return {
        isGranted: fromReserve.isGranted,
        key,
        points,
        from: fromReserve.isGranted ? 'reserve' : null,
        state,
        retryAfterSeconds: fromReserve.isGranted ? 0 : Math.max(1, Math.ceil(waitMs / 1000)),
        windowEndsAt: Date.now() + fromReserve.res.msBeforeNext,
        steady: fromSteady.res,
        reserve: fromReserve.res,
      };
    },
    async settle(draw, actual) {
      if (!draw.isGranted || !draw.from) return draw.state;
      const difference = draw.points - actual;
      if (difference === 0 || (difference > 0 && Date.now() >= draw.windowEndsAt)) return draw.state;
      const limiter = draw.from === 'steady' ? steady : reserve;
      const res = difference > 0 ? await limiter.reward(draw.key, difference) : await limiter.penalty(draw.key, -difference);
      return draw.from === 'steady' ? stateOf(res, draw.reserve) : stateOf(draw.steady, res);
    },
    async close() {},
  };
}

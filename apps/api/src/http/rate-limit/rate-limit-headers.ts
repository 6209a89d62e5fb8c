import type { BudgetState } from './create-cost-budget.ts';

/**
 * The IETF draft's RateLimit-Limit / -Remaining / -Reset (seconds until the bucket is full again), sent on every
 * /graphql response so a client can slow down before it is refused.
 */
export function rateLimitHeaders(state: BudgetState): Array<[string, string]> {
  const resetSeconds = Math.max(0, Math.ceil((state.resetAt.getTime() - Date.now()) / 1000));
  return [
    ['ratelimit-limit', String(state.limit)],
    ['ratelimit-remaining', String(Math.max(0, Math.floor(state.remaining)))],
    ['ratelimit-reset', String(resetSeconds)],
  ];
}

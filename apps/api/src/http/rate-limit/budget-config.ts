/**
 * The numbers behind the cost limits, in points (one point ≈ one object resolved; see COST_WEIGHTS). Calibrated on
 * the demo data. The web app's heaviest page (the recruiter's job page, 20 suggested candidates with explanations)
 * prices at ≈ 1,900 and most pages under 200: a full bucket holds a dozen of the first and a hundred of the others,
 * so a person clicking quickly never runs dry. A partner pages suggestions with full explanations 50 at a time
 * (≈ 3,200). The abuse queries of issue 9 are refused outright (100 jobs × 100 explained suggestions by variables
 * ≈ 81,000; one alias copy of a 100-suggestion query is ≈ 800, fifteen ≈ 12,000). With `npm run bench:abuse` on the
 * loaded test machine: a per-query limit of 10,000 admitted the nested query at n = 25 and `me` p95 rose 5.5–5.7×
 * under attack; at 5,000 (n = 10 admitted) it rose 3.5×, with no 5xx. Each can be set by environment variable (a
 * positive integer); tests pass their own through `createServer`.
 */
export const BUDGET_DEFAULTS = {
  /** The most one operation may cost; more is refused before it runs (QUERY_TOO_COSTLY). SHORTLIST_RATE_MAX_QUERY_COST */
  maxQueryCost: 5_000,
  /** What a caller's bucket holds when full. SHORTLIST_RATE_CAPACITY */
  capacity: 25_000,
  /** Points restored to the bucket each second. SHORTLIST_RATE_RESTORE_PER_SECOND */
  restorePerSecond: 500,
} as const;

export type BudgetConfig = { maxQueryCost: number; capacity: number; restorePerSecond: number };

const ENV_NAMES: Record<keyof BudgetConfig, string> = {
  maxQueryCost: 'SHORTLIST_RATE_MAX_QUERY_COST',
  capacity: 'SHORTLIST_RATE_CAPACITY',
  restorePerSecond: 'SHORTLIST_RATE_RESTORE_PER_SECOND',
};

/** BUDGET_DEFAULTS with any SHORTLIST_RATE_* set in the environment; a value that is not a positive integer is an error. */
export function budgetConfigFromEnv(env: NodeJS.ProcessEnv = process.env): BudgetConfig {
  const config: BudgetConfig = { ...BUDGET_DEFAULTS };
  for (const key of Object.keys(ENV_NAMES) as Array<keyof BudgetConfig>) {
    const raw = env[ENV_NAMES[key]];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${ENV_NAMES[key]} must be a positive integer, not "${raw}".`);
    config[key] = value;
  }
  return config;
}

/**
 * The whole formula's constants in one place, so docs/matching.md and the code cannot drift apart silently.
 * Every factor is a number in 0..1; a category's score is its factor, a side's score is the weighted sum.
 */
import type { EmploymentType, RemotePolicy, Seniority } from './types.ts';

export const FORWARD_WEIGHTS = {
  mustHave: 40,
  niceToHave: 15,
  experience: 10,
  seniority: 10,
  location: 10,
  timeZone: 5,
  availability: 10,
} as const;

export const REVERSE_WEIGHTS = {
  salary: 35,
  remote: 25,
  location: 15,
  employmentType: 15,
  startDate: 10,
} as const;

/** Overall = 0.65 × forward + 0.35 × reverse; see docs/matching.md for why. */
export const FORWARD_SHARE = 0.65;
export const REVERSE_SHARE = 0.35;

/** A nice-to-have counts fully from this level up (there is no minimum level on nice-to-haves). */
export const NICE_TO_HAVE_FULL_LEVEL = 3;

/** Recency: full value up to 2 years after last use, then 6.25% less per year, floored at 50% from 10 years. */
export const RECENCY_GRACE_YEARS = 2;
export const RECENCY_FLOOR = 0.5;
const RECENCY_TABLE_SIZE = 11;
const RECENCY_TABLE = Float64Array.from({ length: RECENCY_TABLE_SIZE }, (_, y) =>
  y <= RECENCY_GRACE_YEARS ? 1 : Math.max(RECENCY_FLOOR, 1 - (y - RECENCY_GRACE_YEARS) * 0.0625),
);

/** lastUsedYear 0 stands for "in use now" in compiled stores. */
export function recencyFactor(lastUsedYear: number, nowYear: number): number {
  if (lastUsedYear === 0) return 1;
  const yearsSince = nowYear - lastUsedYear;
  return RECENCY_TABLE[yearsSince < RECENCY_TABLE_SIZE ? yearsSince : RECENCY_TABLE_SIZE - 1]!;
}

export const SENIORITY_ORDER: readonly Seniority[] = ['JUNIOR', 'MID', 'SENIOR', 'LEAD', 'PRINCIPAL'];
/** Indexed by (candidate rank − job rank + 4): below the level costs more than above it. */
export const SENIORITY_FIT = [0, 0, 0.2, 0.5, 1, 0.85, 0.7, 0.55, 0.4] as const;

/** How onsite a policy is: a candidate accepts a job whose rank is at most their preference's rank. */
export const REMOTE_ORDER: readonly RemotePolicy[] = ['REMOTE', 'HYBRID', 'ONSITE'];
/** Indexed by how many steps more onsite the job is than the candidate accepts. */
export const REMOTE_FIT = [1, 0.4, 0] as const;

export const EMPLOYMENT_TYPES: readonly EmploymentType[] = ['FULL_TIME', 'PART_TIME', 'CONTRACT', 'TEMPORARY', 'INTERNSHIP'];

/** Forward location: where the candidate is (or will move) against where the job is. */
export const FORWARD_LOCATION = { sameCity: 1, willRelocate: 0.8, sameCountry: 0.5, elsewhere: 0.1 } as const;
/** Reverse location: where the candidate wants to work against where the job is. */
export const REVERSE_LOCATION = { wanted: 1, willRelocate: 0.7, sameCountry: 0.3, elsewhere: 0 } as const;

/** Shared working day assumed for time-zone overlap (local 09:00–17:00). */
export const WORKING_DAY_MINUTES = 8 * 60;

/** Availability: each day the candidate is available after the job's start costs 1/90 of the category. */
export const LATE_START_DAYS_TO_ZERO = 90;
/** Reverse start: each day the job cuts into the notice period costs 1/60; waiting beyond 90 days costs up to half. */
export const NOTICE_BREACH_DAYS_TO_ZERO = 60;
export const LONG_WAIT_DAYS = 90;
export const LONG_WAIT_DAYS_TO_FLOOR = 180;
export const LONG_WAIT_FLOOR = 0.5;

/** Salary: a shortfall of 30% makes the category 0; more than 20% below the candidate's minimum is a blocker. */
export const SALARY_SHORTFALL_TO_ZERO = 0.3;
export const SALARY_BLOCKER_SHORTFALL = 0.2;
/** Unknown salary (not stated, or another currency): neutral, neither good nor bad. */
export const SALARY_UNKNOWN = 0.5;

export const MS_PER_DAY = 86_400_000;

export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * The wait after each failed attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. With the first attempt that makes 8
 * attempts over ~27.5 hours (at least a day) before a delivery is FAILED and its endpoint disabled.
 */
export const RETRY_DELAYS_MS = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** When to try again after the `attemptCount`-th attempt failed, or null when that was the last one. */
export function nextAttemptDelayMs(attemptCount: number): number | null {
  return attemptCount >= MAX_ATTEMPTS ? null : RETRY_DELAYS_MS[Math.max(attemptCount, 1) - 1]!;
}

/** How sign-in failures turn into waits, for one kind of key (an account, or an IP address). */
export interface BackoffPolicy {
  /** Failures in a row before the first wait (room for typing mistakes). */
  failuresBeforeWait: number;
  /** The wait after that many failures; each further failure doubles it. */
  firstWaitSeconds: number;
  /** The longest wait: the throttle slows guessing down, it never locks anyone out for good. */
  maxWaitSeconds: number;
  /** Failures are forgotten this long after the first one (and, for an account, at its next sign-in). */
  memorySeconds: number;
}

/** The wait before the next attempt after `failures` failures in a row: none, then doubling, capped. */
export function backoffSeconds(failures: number, policy: BackoffPolicy): number {
  if (failures < policy.failuresBeforeWait) return 0;
  // Capped before the power grows past what a number holds exactly.
  const doublings = Math.min(failures - policy.failuresBeforeWait, 40);
  return Math.min(policy.firstWaitSeconds * 2 ** doublings, policy.maxWaitSeconds);
}

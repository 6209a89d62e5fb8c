import { describe, expect, it } from 'vitest';
import { backoffSeconds, type BackoffPolicy } from './backoff-seconds.ts';

const policy: BackoffPolicy = { failuresBeforeWait: 5, firstWaitSeconds: 2, maxWaitSeconds: 900, memorySeconds: 86_400 };

describe('the sign-in back-off', () => {
  it('lets the first few failures through without a wait', () => {
    expect([0, 1, 3, 4].map((failures) => backoffSeconds(failures, policy))).toEqual([0, 0, 0, 0]);
  });

  it('doubles the wait with each further failure', () => {
    expect([5, 6, 7, 8, 9].map((failures) => backoffSeconds(failures, policy))).toEqual([2, 4, 8, 16, 32]);
  });

  it('never waits longer than the cap, however many failures there were', () => {
    expect(backoffSeconds(13, policy)).toBe(512);
    expect(backoffSeconds(14, policy)).toBe(900);
    expect(backoffSeconds(10_000, policy)).toBe(900);
  });
});

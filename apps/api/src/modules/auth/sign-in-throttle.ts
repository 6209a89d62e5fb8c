import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { LimiterStore } from '../../http/rate-limit/create-limiter-store.ts';
import { backoffSeconds, type BackoffPolicy } from './backoff-seconds.ts';
import { hashToken } from './session-cookie.ts';

export interface SignInThrottlePolicy {
  /** Per e-mail as typed (normalised), whether or not an account has it, so the answer reveals nothing. */
  account: BackoffPolicy;
  /** Per client IP, over every e-mail it tries: slows one machine guessing many accounts. */
  ip: BackoffPolicy;
}

/**
 * After five failures in a row on an account, a wait of 2 s, then 4 s, … doubling per further failure up to 15 minutes;
 * an IP gets twenty (an office behind one address) before the same doubling. 300 guesses at 20 a second become about
 * a dozen, and a victim whose account is under attack waits at most 15 minutes, never forever.
 */
export const DEFAULT_SIGN_IN_THROTTLE_POLICY: SignInThrottlePolicy = {
  account: { failuresBeforeWait: 5, firstWaitSeconds: 2, maxWaitSeconds: 15 * 60, memorySeconds: 24 * 60 * 60 },
  ip: { failuresBeforeWait: 20, firstWaitSeconds: 2, maxWaitSeconds: 15 * 60, memorySeconds: 24 * 60 * 60 },
};

export interface SignInThrottle {
  /** Seconds until this e-mail may be tried from this IP again, or 0 when it may be tried now. */
  waitSeconds(email: string, ip: string): Promise<number>;
  recordFailure(email: string, ip: string): Promise<void>;
  /** A success clears the account's failures (not the IP's: signing into one's own account must not clear them). */
  recordSuccess(email: string): Promise<void>;
}

interface Backoff {
  waitSeconds(key: string): Promise<number>;
  recordFailure(key: string): Promise<void>;
  forget(key: string): Promise<void>;
}

/** Two limiters per kind of key: one counts failures in a row, the other holds the current wait as a block. */
function createBackoff(store: LimiterStore, name: string, policy: BackoffPolicy): Backoff {
  const failures: RateLimiterAbstract = store.create({
    keyPrefix: `sign_in_failures_${name}`,
    points: Number.MAX_SAFE_INTEGER,
    duration: policy.memorySeconds,
  });
  const wait: RateLimiterAbstract = store.create({ keyPrefix: `sign_in_wait_${name}`, points: 1, duration: policy.maxWaitSeconds });
  return {
    async waitSeconds(key) {
      const res = await wait.get(key);
      return res && res.consumedPoints > 1 ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
    },
    async recordFailure(key) {
      const { consumedPoints } = await failures.penalty(key, 1);
      const seconds = backoffSeconds(consumedPoints, policy);
      if (seconds > 0) await wait.block(key, seconds);
    },
    async forget(key) {
      await Promise.all([failures.delete(key), wait.delete(key)]);
    },
  };
}

/**
 * Exponential back-off on sign-in failures, kept in the limiter store (Redis or PostgreSQL), so every API process
 * sees the same counts. E-mails are stored hashed: the table of counters is no list of who tried what.
 */
export function createSignInThrottle(store: LimiterStore, policy: SignInThrottlePolicy = DEFAULT_SIGN_IN_THROTTLE_POLICY): SignInThrottle {
  const account = createBackoff(store, 'account', policy.account);
  const ip = createBackoff(store, 'ip', policy.ip);
  const accountKey = (email: string) => hashToken(email);
  return {
    async waitSeconds(email, address) {
      const [forAccount, forIp] = await Promise.all([account.waitSeconds(accountKey(email)), ip.waitSeconds(address)]);
      return Math.max(forAccount, forIp);
    },
    async recordFailure(email, address) {
      await Promise.all([account.recordFailure(accountKey(email)), ip.recordFailure(address)]);
    },
    async recordSuccess(email) {
      await account.forget(accountKey(email));
    },
  };
}

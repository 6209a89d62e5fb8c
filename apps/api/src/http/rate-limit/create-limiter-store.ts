import type { Database } from '@shortlist/db/open-database';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/** Where rate-limit budgets live, so that every API process on one database draws on the same budget. */
export interface LimiterStore {
  kind: 'redis' | 'postgres' | 'memory';
  /** A limiter over this store; `keyPrefix` keeps each kind of budget apart. */
  create(options: IRateLimiterOptions & { keyPrefix: string }): RateLimiterAbstract;
  close(): Promise<void>;
}

/**
 * Redis when REDIS_URL is set; otherwise the database's own `rate_limit` table on PostgreSQL (created by a
 * migration, so rate-limiter-flexible never creates tables itself); in memory on the embedded PGlite, which is one
 * process by construction. A store that fails (Redis or PostgreSQL away) falls back to an in-memory budget in this
 * process rather than letting every request through or refusing everyone.
 *
 * The Redis client is loaded only when REDIS_URL is set: a start without Redis no longer parses and runs it.
 */
export async function createLimiterStore(db: Pick<Database, 'kind' | 'pool'>, env: NodeJS.ProcessEnv = process.env): Promise<LimiterStore> {
  if (env.REDIS_URL) {
    // The default export, not the named one: ioredis is CommonJS, and in the esbuild bundle (dist/) its chunk exports
    // nothing but `default` (test/built-bundle.test.ts starts the bundle with REDIS_URL).
    const { default: Redis } = await import('ioredis');
    const redis = new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    redis.on('error', () => {}); // reported through the limiter's insurance fallback, never as a crash
    // Connected before the first request, so that one draws on the shared budget too (without an offline queue, a
    // command sent while connecting fails over to this process's insurance budget). A Redis that does not answer
    // within a second is left to reconnect on its own.
    if (redis.status !== 'ready') {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          redis.off('ready', done).off('error', done);
          resolve();
        };
        const timer = setTimeout(done, 1000);
        redis.once('ready', done).once('error', done);
      });
    }
    return {
      kind: 'redis',
      create: (options) =>
        new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) }),
      close: async () => {
        redis.disconnect();
      },
    };
  }
  if (db.kind === 'postgres' && db.pool) {
    const pool = db.pool;
    return {
      kind: 'postgres',
      create: (options) =>
        new RateLimiterPostgres({
          ...options,
          storeClient: pool,
          storeType: 'pool',
          tableName: 'rate_limit',
          tableCreated: true,
          clearExpiredByTimeout: true, // an hourly DELETE of expired rows (its timer is unref'd)
          insuranceLimiter: new RateLimiterMemory(options),
        }),
      close: async () => {},
    };
  }
  return memoryLimiterStore();
}

/** Budgets in this process's memory. */
export function memoryLimiterStore(): LimiterStore {
  return { kind: 'memory', create: (options) => new RateLimiterMemory(options), close: async () => {} };
}

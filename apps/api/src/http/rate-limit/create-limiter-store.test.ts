import { randomBytes } from 'node:crypto';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLimiterStore } from './create-limiter-store.ts';

// The Redis on this machine (CI has one); REDIS_TEST_URL points elsewhere.
const redisUrl = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

async function isReachable(url: string) {
  const { hostname, port } = new URL(url);
  return new Promise<boolean>((resolve) => {
    const socket = new Socket();
    const answer = (reachable: boolean) => {
      socket.destroy();
      resolve(reachable);
    };
    socket.setTimeout(1000);
    socket.once('connect', () => answer(true)).once('error', () => answer(false)).once('timeout', () => answer(false));
    socket.connect(Number(port || 6379), hostname);
  });
}

const redisIsThere = await isReachable(redisUrl);
if (!redisIsThere && process.env.CI) throw new Error(`No Redis at ${redisUrl}: CI runs the Redis store's test against a real one.`);

describe('createLimiterStore', () => {
  it.skipIf(!redisIsThere)('keeps budgets in Redis when REDIS_URL is set, shared by two stores as by two processes', async () => {
    const db = { kind: 'pglite' as const, pool: undefined };
    const first = await createLimiterStore(db, { REDIS_URL: redisUrl });
    const second = await createLimiterStore(db, { REDIS_URL: redisUrl });
    try {
      expect([first.kind, second.kind]).toEqual(['redis', 'redis']);
      const options = { keyPrefix: `test-${randomBytes(6).toString('hex')}`, points: 2, duration: 60 };
      const [a, b] = [first.create(options), second.create(options)];
      await a.consume('caller', 1);
      await b.consume('caller', 1);
      // The third point of a budget of two is refused, whichever store draws it.
      await expect(a.consume('caller', 1)).rejects.toMatchObject({ remainingPoints: 0 });
      expect((await b.get('caller'))?.consumedPoints).toBe(3);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('keeps budgets in this process on the embedded database, which no other process opens', async () => {
    const store = await createLimiterStore({ kind: 'pglite', pool: undefined }, {});
    const limiter = store.create({ keyPrefix: 'memory', points: 1, duration: 60 });
    await limiter.consume('caller', 1);
    expect(store.kind).toBe('memory');
    await expect(limiter.consume('caller', 1)).rejects.toMatchObject({ remainingPoints: 0 });
    await store.close();
  });
});

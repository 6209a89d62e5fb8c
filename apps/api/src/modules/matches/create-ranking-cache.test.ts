import { describe, expect, it } from 'vitest';
import { createRankingCache } from './create-ranking-cache.ts';

/** A clock standing still, so no test straddles a minute. */
const clock = { ms: Date.UTC(2026, 11, 4, 12, 0, 0), now: () => clock.ms };

function counted() {
  let calls = 0;
  const rank = async () => [`ranking ${++calls}`];
  return { rank, calls: () => calls };
}

describe('the ranking cache', () => {
  it('ranks once for everyone asking the same at the same index position, and again once the index moves', async () => {
    const cache = createRankingCache({ now: clock.now });
    const { rank, calls } = counted();
    const [a, b] = await Promise.all([cache.get(5n, 'job 1', rank), cache.get(5n, 'job 1', rank)]);
    expect(a).toBe(b);
    expect(calls()).toBe(1);
    expect(await cache.get(5n, 'job 2', rank)).toEqual(['ranking 2']);
    expect(await cache.get(6n, 'job 1', rank)).toEqual(['ranking 3']);
  });

  it('ranks again in the next minute, as the engine reads the day and time-zone offsets of the moment', async () => {
    const cache = createRankingCache({ now: clock.now });
    const { rank, calls } = counted();
    await cache.get(5n, 'job 1', rank);
    clock.ms += 59_999;
    await cache.get(5n, 'job 1', rank);
    expect(calls()).toBe(1);
    clock.ms += 1;
    await cache.get(5n, 'job 1', rank);
    expect(calls()).toBe(2);
  });

  it('never keeps a ranking made before the index was built, nor a failed one', async () => {
    const cache = createRankingCache({ now: clock.now });
    const { rank, calls } = counted();
    await cache.get(null, 'job 1', rank);
    await cache.get(null, 'job 1', rank);
    expect(calls()).toBe(2);
    await expect(cache.get(7n, 'job 1', () => Promise.reject(new Error('database away')))).rejects.toThrow('database away');
    expect(await cache.get(7n, 'job 1', rank)).toEqual(['ranking 3']);
  });

  it('keeps the most recently used rankings up to its size', async () => {
    const cache = createRankingCache({ maxEntries: 2, now: clock.now });
    const { rank, calls } = counted();
    await cache.get(1n, 'a', rank);
    await cache.get(1n, 'b', rank);
    await cache.get(1n, 'a', rank);
    await cache.get(1n, 'c', rank); // evicts b, the least recently used
    await cache.get(1n, 'a', rank);
    expect(calls()).toBe(3);
    await cache.get(1n, 'b', rank);
    expect(calls()).toBe(4);
  });
});

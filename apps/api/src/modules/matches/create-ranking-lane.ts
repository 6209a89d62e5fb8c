import { setImmediate } from 'node:timers/promises';

export interface RankingLane {
  /** Runs `work` after every ranking queued before it, and after the event loop has had a turn. */
  run<T>(work: () => T): Promise<T>;
}

/**
 * Rankings are synchronous (a few milliseconds each, up to ~15 ms for 100 explained results on the demo data). A query
 * asking for many of them (suggestions under each of 100 jobs) would otherwise run them back to back and hold every
 * other request for the whole time; in one lane, each ranking waits for the previous one and for a `setImmediate`, so
 * a cheap request arriving meanwhile (a `me` poll) is served between two rankings. Chosen over worker threads: one
 * ranking is ~2 ms at 100,000 candidates, and an index per worker would multiply the index's memory (ARCHITECTURE.md).
 */
export function createRankingLane(): RankingLane {
  let last: Promise<unknown> = Promise.resolve();
  return {
    run<T>(work: () => T): Promise<T> {
      const turn = last.then(() => setImmediate()).then(work);
      last = turn.catch(() => {});
      return turn;
    },
  };
}

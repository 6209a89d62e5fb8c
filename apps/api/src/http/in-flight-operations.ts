import type { ApolloServerPlugin } from '@apollo/server';

export interface InFlightOperations {
  /** Counts every GraphQL request from its start until its answer is ready, whatever became of its connection. */
  plugin: ApolloServerPlugin<object>;
  /** How many are running now. */
  readonly count: number;
  /**
   * Resolves once none is running, or after `limitMs` with those still running left behind (each has its own
   * request deadline); true when all had finished.
   */
  settled(limitMs: number): Promise<boolean>;
}

/**
 * The GraphQL requests this server is still working on. Apollo's drain waits for the HTTP requests it counts on each
 * connection, but a request read from a connection the drain had already ended still runs its resolvers, after the
 * drain is over: closing the server then released the match index under it ("No match service for this database",
 * logged as an unexpected error). The server's close waits for these to finish before it releases anything they use.
 */
export function createInFlightOperations(): InFlightOperations {
  let count = 0;
  let waiters: Array<() => void> = [];
  const finish = () => {
    count -= 1;
    if (count > 0) return;
    const settled = waiters;
    waiters = [];
    for (const wake of settled) wake();
  };
  return {
    plugin: {
      async requestDidStart() {
        count += 1;
        let isFinished = false;
        const once = () => {
          if (isFinished) return;
          isFinished = true;
          finish();
        };
        return {
          // Called for every request that started, whether it ran, failed validation or threw.
          async willSendResponse() {
            once();
          },
        };
      },
    },
    get count() {
      return count;
    },
    settled(limitMs) {
      if (count === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((waiter) => waiter !== wake);
          resolve(false);
        }, limitMs);
        const wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
        waiters.push(wake);
      });
    },
  };
}

/** One worker lane: `run()` asks for a round, `stop()` stops asking and waits for the round under way. */
export interface Lane {
  run(): void;
  stop(): Promise<void>;
}

/**
 * A lane runs one round at a time; asked while one runs, it runs exactly one more afterwards. `round` returns true when
 * it did work, and then runs again at once (a full batch, more due rows). Used by the webhook and e-mail workers.
 */
export function createLane(round: () => Promise<boolean>, onError: (error: unknown) => void): Lane {
  let running: Promise<void> | null = null;
  let isAskedAgain = false;
  let isStopped = false;
  const run = (): void => {
    if (isStopped) return;
    if (running) {
      isAskedAgain = true;
      return;
    }
    running = (async () => {
      do {
        isAskedAgain = false;
        try {
          while (!isStopped && (await round()));
        } catch (error) {
          onError(error);
        }
      } while (isAskedAgain && !isStopped);
    })().finally(() => {
      running = null;
    });
  };
  return {
    run,
    async stop() {
      isStopped = true;
      await running;
    },
  };
}

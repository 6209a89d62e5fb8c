export interface Sweeper {
  /** Sweeps now (after the current sweep, if one runs); resolves when that sweep is done. */
  sweep(): Promise<void>;
  /** Stops the timer and waits for a sweep under way. */
  stop(): Promise<void>;
}

/**
 * Runs `sweepOnce` at start and then every `intervalMs`, one sweep at a time (a slow sweep delays the next instead of
 * overlapping it). A failed sweep is logged with `failure` and the next one tries again; the timer never keeps the
 * process alive.
 */
export function startSweeper(options: { intervalMs: number; failure: string; sweepOnce(): Promise<void>; log(line: string, error?: unknown): void }): Sweeper {
  let isStopped = false;
  let running: Promise<void> = Promise.resolve();
  const sweep = (): Promise<void> => {
    running = running.then(async () => {
      if (isStopped) return;
      try {
        await options.sweepOnce();
      } catch (error) {
        options.log(options.failure, error);
      }
    });
    return running;
  };
  void sweep();
  const timer = setInterval(() => void sweep(), options.intervalMs);
  timer.unref();
  return {
    sweep,
    async stop() {
      isStopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

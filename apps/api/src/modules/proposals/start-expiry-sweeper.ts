import type { Database } from '@shortlist/db/open-database';
import { expireDueProposals } from './expire-due-proposals.ts';

/** How often due proposals are expired: a partner sees `proposal.expired` at most this long after respond-by. */
export const DEFAULT_EXPIRY_SWEEP_MS = 30_000;

export interface ExpirySweeper {
  /** Sweeps now (after the current sweep, if one runs); resolves when that sweep is done. */
  sweep(): Promise<void>;
  /** Stops the timer and waits for a sweep under way. */
  stop(): Promise<void>;
}

/**
 * Expires due proposals once at start and then every `intervalMs` (SHORTLIST_EXPIRY_SWEEP_MS), one sweep at a time.
 * Every API process runs one; SKIP LOCKED makes them share the work rather than repeat it. A failed sweep is logged
 * and the next one tries again.
 */
export function startExpirySweeper(sql: Pick<Database['sql'], 'transaction'>, options: { intervalMs?: number; log(line: string, error?: unknown): void }): ExpirySweeper {
  const intervalMs = options.intervalMs ?? (Number(process.env.SHORTLIST_EXPIRY_SWEEP_MS) || DEFAULT_EXPIRY_SWEEP_MS);
  let isStopped = false;
  let running: Promise<void> = Promise.resolve();
  const sweep = (): Promise<void> => {
    running = running.then(async () => {
      if (isStopped) return;
      try {
        const expired = await expireDueProposals(sql);
        if (expired > 0) options.log(`expired ${expired} proposal(s) past their respond-by`);
      } catch (error) {
        options.log('expiring due proposals failed; retrying at the next sweep', error);
      }
    });
    return running;
  };
  void sweep();
  const timer = setInterval(() => void sweep(), intervalMs);
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

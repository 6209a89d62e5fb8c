import type { Database } from '@shortlist/db/open-database';
import { startSweeper, type Sweeper } from '../common/start-sweeper.ts';
import { expireDueProposals } from './expire-due-proposals.ts';

/** How often due proposals are expired: a partner sees `proposal.expired` at most this long after respond-by. */
export const DEFAULT_EXPIRY_SWEEP_MS = 30_000;

export type ExpirySweeper = Sweeper;

/**
 * Expires due proposals once at start and then every `intervalMs` (SHORTLIST_EXPIRY_SWEEP_MS), one sweep at a time.
 * Every API process runs one; SKIP LOCKED makes them share the work rather than repeat it. A failed sweep is logged
 * and the next one tries again.
 */
export function startExpirySweeper(sql: Pick<Database['sql'], 'transaction'>, options: { intervalMs?: number; log(line: string, error?: unknown): void }): ExpirySweeper {
  return startSweeper({
    intervalMs: options.intervalMs ?? (Number(process.env.SHORTLIST_EXPIRY_SWEEP_MS) || DEFAULT_EXPIRY_SWEEP_MS),
    failure: 'expiring due proposals failed; retrying at the next sweep',
    log: options.log,
    async sweepOnce() {
      const expired = await expireDueProposals(sql);
      if (expired > 0) options.log(`expired ${expired} proposal(s) past their respond-by`);
    },
  });
}

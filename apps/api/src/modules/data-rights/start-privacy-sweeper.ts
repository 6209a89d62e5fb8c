import type { Database } from '@shortlist/db/open-database';
import { startSweeper, type Sweeper } from '../common/start-sweeper.ts';
import { completeDueErasures } from './complete-due-erasures.ts';
import { sweepRetention } from './sweep-retention.ts';

/** How often the retention policies are applied and due erasures carried out: both are counted in days. */
export const DEFAULT_PRIVACY_SWEEP_MS = 10 * 60_000;

export type PrivacySweeper = Sweeper;

/**
 * Applies the retention policies and carries out due erasure requests, once at start and then every `intervalMs`
 * (SHORTLIST_PRIVACY_SWEEP_MS), one sweep at a time. Every API process runs one; the retention sweep's lock and each
 * erasure's guarded claim make them share the work rather than repeat it. A failed sweep is logged and the next one
 * tries again.
 */
export function startPrivacySweeper(db: Pick<Database, 'sql' | 'prisma'>, options: { intervalMs?: number; log(line: string, error?: unknown): void }): PrivacySweeper {
  return startSweeper({
    intervalMs: options.intervalMs ?? (Number(process.env.SHORTLIST_PRIVACY_SWEEP_MS) || DEFAULT_PRIVACY_SWEEP_MS),
    failure: 'the privacy sweep (retention, due erasures) failed; retrying at the next sweep',
    log: options.log,
    async sweepOnce() {
      const retention = await sweepRetention(db.sql);
      if (retention.asked > 0) options.log(`asked ${retention.asked} inactive candidate(s) to renew their consent (${retention.mailed} e-mailed)`);
      if (retention.expired > 0) options.log(`${retention.expired} candidate(s) did not renew their consent in time: erasure requested`);
      const erased = await completeDueErasures(db);
      if (erased > 0) options.log(`erased the personal data of ${erased} candidate(s) whose request was due`);
    },
  });
}

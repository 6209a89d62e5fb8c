import type { Database } from '@shortlist/db/open-database';
import { eraseCandidate } from './erase-candidate.ts';

/** Requests carried out per sweep; the rest wait for the next one. */
export const ERASURE_BATCH_SIZE = 50;

/**
 * Carries out every erasure request due at `now` (each in its own transaction; see eraseCandidate). The due ones are
 * found with raw SQL, so an idle sweep never shows among a request's Prisma queries. Returns how many candidates this
 * call erased (a request another sweeper took meanwhile is not counted).
 */
export async function completeDueErasures(db: Pick<Database, 'sql' | 'prisma'>, options: { now?: Date; batchSize?: number } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const due = await db.sql.query<{ id: string }>(
    `SELECT "id"::text AS "id" FROM "ErasureRequest"
      WHERE "completedAt" IS NULL AND "cancelledAt" IS NULL AND "dueAt" <= $1::timestamptz
      ORDER BY "dueAt", "id" LIMIT $2`,
    [now.toISOString(), options.batchSize ?? ERASURE_BATCH_SIZE],
  );
  let erased = 0;
  for (const { id } of due) if (await eraseCandidate(db.prisma, id, now)) erased += 1;
  return erased;
}

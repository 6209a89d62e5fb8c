import type { PrismaClient } from '@shortlist/db/prisma';
import { appendChange } from '../change-log/append-change.ts';
import { proposalChange } from './proposal-change.ts';

/** Proposals expired per transaction: short row locks, and one batch's change-log append at a time. */
export const EXPIRY_BATCH_SIZE = 100;

/**
 * Marks every PROPOSED proposal past its respond-by EXPIRED, the way a transition is recorded elsewhere: the status
 * with version + 1 (and `closedAt`, the moment it lapsed), a history event by Shortlist itself, and a
 * `proposal.expired` change-log entry, all in one transaction per batch. Reads already showed these proposals as
 * EXPIRED (the effective status); this makes the change a write that partners and webhooks can see.
 *
 * Rows are claimed with FOR UPDATE SKIP LOCKED and the UPDATE re-checks the status, so two sweepers (two API
 * processes) never expire one proposal twice, and a proposal that a candidate answers at the same moment is left
 * to whichever transaction locked it first. Returns how many proposals this call expired.
 */
export async function expireDueProposals(prisma: PrismaClient, options: { now?: Date; batchSize?: number } = {}): Promise<number> {
  const batchSize = options.batchSize ?? EXPIRY_BATCH_SIZE;
  let total = 0;
  for (;;) {
    const now = options.now ?? new Date();
    const expired = await prisma.$transaction(async (tx) => {
      const due = await tx.$queryRaw<Array<{ id: string; agencyId: string; respondBy: Date }>>`
        SELECT "id"::text AS "id", "agencyId"::text AS "agencyId", "respondBy"
          FROM "Proposal"
         WHERE "status" = 'PROPOSED' AND "respondBy" < ${now}
         ORDER BY "respondBy", "id"
         LIMIT ${batchSize}
           FOR UPDATE SKIP LOCKED`;
      if (due.length === 0) return 0;
      const ids = due.map((proposal) => proposal.id);
      const updated = await tx.$queryRaw<Array<{ id: string }>>`
        UPDATE "Proposal"
           SET "status" = 'EXPIRED', "version" = "version" + 1, "closedAt" = "respondBy", "updatedAt" = ${now}
         WHERE "id" = ANY(${ids}::uuid[]) AND "status" = 'PROPOSED'
        RETURNING "id"::text AS "id"`;
      const isUpdated = new Set(updated.map((row) => row.id));
      const lapsed = due.filter((proposal) => isUpdated.has(proposal.id));
      if (lapsed.length === 0) return 0;
      await tx.activityEvent.createMany({
        data: lapsed.map((proposal) => ({
          agencyId: proposal.agencyId,
          proposalId: proposal.id,
          actorKind: 'SYSTEM' as const,
          action: 'proposal.expired',
          fromStatus: 'PROPOSED',
          toStatus: 'EXPIRED',
          // When it lapsed, so the history reads in order however late the sweeper ran.
          createdAt: proposal.respondBy,
        })),
      });
      // Last write of the transaction: the append holds the log's commit-order lock until commit.
      await appendChange(
        tx,
        { actorUserId: null, actorApiKeyId: null },
        lapsed.map((proposal) => proposalChange(proposal, 'proposal.expired', { from: 'PROPOSED', to: 'EXPIRED' })),
      );
      return lapsed.length;
    });
    total += expired;
    if (expired < batchSize) return total;
  }
}

import { appendChanges } from '@shortlist/db/change-log/append-changes';
import { Prisma } from '@shortlist/db/prisma';
import type { Database } from '@shortlist/db/open-database';

type SqlConnection = Database['sql'];
type SqlSession = Parameters<Parameters<SqlConnection['transaction']>[0]>[0];
import { proposalChange } from './proposal-change.ts';

/** Proposals expired per transaction: short row locks, and one batch's change-log append at a time. */
export const EXPIRY_BATCH_SIZE = 100;

/** appendChanges speaks Prisma's `$queryRaw` template; this runs it on a raw SQL transaction. */
const asRawExecutor = (tx: SqlSession): Pick<Prisma.TransactionClient, '$queryRaw'> =>
  ({
    $queryRaw: (strings: TemplateStringsArray, ...values: unknown[]) => {
      const statement = Prisma.sql(strings, ...(values as Prisma.Sql[]));
      return tx.query(statement.text, statement.values);
    },
  }) as unknown as Pick<Prisma.TransactionClient, '$queryRaw'>;

/**
 * Marks every PROPOSED proposal past its respond-by EXPIRED, the way a transition is recorded elsewhere: the status
 * with version + 1 (and `closedAt`, the moment it lapsed), a history event by Shortlist itself, and a
 * `proposal.expired` change-log entry, all in one transaction per batch. Reads already showed these proposals as
 * EXPIRED (the effective status); this makes the change a write that partners and webhooks can see.
 *
 * Rows are claimed with FOR UPDATE SKIP LOCKED and the UPDATE re-checks the status, so two sweepers (two API
 * processes) never expire one proposal twice, and a proposal answered at the same moment is left to whichever
 * transaction locked it first. Raw SQL rather than Prisma, so a background sweep never shows among a request's
 * Prisma queries. Returns how many proposals this call expired.
 */
export async function expireDueProposals(sql: Pick<SqlConnection, 'transaction'>, options: { now?: Date; batchSize?: number } = {}): Promise<number> {
  const batchSize = options.batchSize ?? EXPIRY_BATCH_SIZE;
  let total = 0;
  for (;;) {
    const now = options.now ?? new Date();
    const expired = await sql.transaction(async (tx) => {
      const lapsed = await tx.query<{ id: string; agencyId: string }>(
        `WITH due AS (
           SELECT "id" FROM "Proposal"
            WHERE "status" = 'PROPOSED' AND "respondBy" < $1::timestamptz
            ORDER BY "respondBy", "id"
            LIMIT $2
              FOR UPDATE SKIP LOCKED
         )
         UPDATE "Proposal" p
            SET "status" = 'EXPIRED', "version" = p."version" + 1, "closedAt" = p."respondBy", "updatedAt" = $1::timestamptz
           FROM due
          WHERE p."id" = due."id" AND p."status" = 'PROPOSED'
         RETURNING p."id"::text AS "id", p."agencyId"::text AS "agencyId"`,
        [now.toISOString(), batchSize],
      );
      if (lapsed.length === 0) return 0;
      // The history event is dated when the proposal lapsed, so the history reads in order however late the sweep ran.
      await tx.query(
        `INSERT INTO "ActivityEvent" ("id", "agencyId", "proposalId", "actorKind", "action", "fromStatus", "toStatus", "createdAt")
         SELECT gen_random_uuid(), p."agencyId", p."id", 'SYSTEM', 'proposal.expired', 'PROPOSED', 'EXPIRED', p."respondBy"
           FROM "Proposal" p WHERE p."id" = ANY($1::uuid[])`,
        [lapsed.map((proposal) => proposal.id)],
      );
      // Last write of the transaction: the append holds the log's commit-order lock until commit.
      await appendChanges(
        asRawExecutor(tx),
        lapsed.map((proposal) => ({
          ...proposalChange(proposal, 'proposal.expired', { from: 'PROPOSED', to: 'EXPIRED' }),
          actorUserId: null,
          actorApiKeyId: null,
        })),
      );
      return lapsed.length;
    });
    total += expired;
    if (expired < batchSize) return total;
  }
}

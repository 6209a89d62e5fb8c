import { Prisma, type ChangeEntity } from '../generated/prisma/client.ts';

/** The channel every appended change notifies, with the agency's ID as payload (delivered at commit). */
export const CHANGES_CHANNEL = 'shortlist_changes';

/**
 * The key of the transaction-level advisory lock that orders appends. Any constant would do; this one reads as
 * "shortlist change log" and stays clear of the migrator's session lock.
 */
export const CHANGE_LOG_LOCK_KEY = 5_173_001;

export interface ChangeInput {
  agencyId: string;
  entity: ChangeEntity;
  entityId: string;
  /** `<entity>.<what happened>`, e.g. "proposal.accepted". */
  kind: string;
  actorUserId?: string | null;
  actorApiKeyId?: string | null;
  /** Small and free of personal data: statuses, names of changed fields, IDs. */
  data?: Record<string, unknown>;
}

type RawExecutor = Pick<Prisma.TransactionClient, '$queryRaw'>;

/**
 * Appends changes to the log inside the caller's transaction, in one statement, and notifies
 * `shortlist_changes` once per agency (PostgreSQL folds repeats and delivers at commit, never for a rollback).
 *
 * The statement first takes a transaction-level advisory lock, held until commit. So positions are handed out in
 * commit order: a transaction that took position n has committed (and is visible) before any other can take n+1.
 * A reader that has seen n+1 has therefore seen n, and a plain `position > cursor` read never skips an entry that
 * commits later (see read-changes.ts). The price is that appending transactions commit one at a time from their
 * append on, so call this last in a transaction, after every row lock it takes (else two writers could deadlock).
 */
export async function appendChanges(tx: RawExecutor, changes: readonly ChangeInput[]): Promise<void> {
  if (changes.length === 0) return;
  const rows = changes.map(
    (c) =>
      Prisma.sql`(${c.agencyId}::uuid, ${c.entity}::"ChangeEntity", ${c.entityId}::uuid, ${c.kind}, ${c.actorUserId ?? null}::uuid, ${c.actorApiKeyId ?? null}::uuid, ${JSON.stringify(c.data ?? {})}::jsonb)`,
  );
  // pg_advisory_xact_lock is volatile, so the CTE runs once and before the INSERT takes its first position.
  await tx.$queryRaw`
    WITH ordered AS (SELECT pg_advisory_xact_lock(${CHANGE_LOG_LOCK_KEY}::bigint)),
    appended AS (
      INSERT INTO "ChangeLogEntry" ("agencyId", "entity", "entityId", "kind", "actorUserId", "actorApiKeyId", "data")
      SELECT v.* FROM ordered, (VALUES ${Prisma.join(rows)}) AS v
      RETURNING "agencyId"
    )
    SELECT count(*)::int AS "agencies"
      FROM (SELECT pg_notify(${CHANGES_CHANNEL}, a."agencyId"::text) FROM (SELECT DISTINCT "agencyId" FROM appended) a) notified`;
}

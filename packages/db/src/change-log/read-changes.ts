import type { SqlSession } from '../sql-connection.ts';

export type ChangeEntityName = 'CANDIDATE' | 'JOB' | 'PROPOSAL' | 'INTERVIEW';

export interface ChangeLogEntry {
  /** The reader's cursor: pass the last one read as `after` to read on. */
  position: bigint;
  agencyId: string;
  entity: ChangeEntityName;
  entityId: string;
  kind: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  data: Record<string, unknown>;
}

export interface ReadChangesOptions {
  /** Only this agency's entries (a partner's feed); every agency's by default (a process's match index). */
  agencyId?: string;
}

type Row = Omit<ChangeLogEntry, 'position' | 'occurredAt'> & { position: string; occurredAt: string | Date };

/**
 * Up to `limit` entries after the cursor `after` (0n reads from the start), in position order.
 *
 * The guard against gaps is on the writer's side: appendChanges hands out positions in commit order (an advisory
 * lock held until commit), so an entry visible here is never preceded by one that is still to commit, and the
 * cursor can move to the last position returned without losing anything. A gap that stays is a rolled-back
 * transaction's position, never filled.
 */
export async function readChanges(sql: SqlSession, after: bigint, limit: number, options: ReadChangesOptions = {}): Promise<ChangeLogEntry[]> {
  const rows = await sql.query<Row>(
    `SELECT "position"::text AS "position", "agencyId"::text AS "agencyId", "entity"::text AS "entity", "entityId"::text AS "entityId",
            "kind", "occurredAt", "actorUserId"::text AS "actorUserId", "actorApiKeyId"::text AS "actorApiKeyId", "data"
       FROM "ChangeLogEntry"
      WHERE "position" > $1::bigint AND ($3::uuid IS NULL OR "agencyId" = $3::uuid)
      ORDER BY "ChangeLogEntry"."position"
      LIMIT $2`,
    [after.toString(), limit, options.agencyId ?? null],
  );
  return rows.map((row) => ({ ...row, position: BigInt(row.position), occurredAt: new Date(row.occurredAt) }));
}

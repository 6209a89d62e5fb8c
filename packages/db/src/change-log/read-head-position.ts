import type { SqlSession } from '../sql-connection.ts';

/**
 * The log's last position (0n while it is empty). A consumer that builds its state from the tables reads this first,
 * builds, then reads on from here: entries between this read and the end of its build are applied twice, which is
 * harmless for a consumer that re-reads the entity (see ARCHITECTURE.md, "The change log").
 */
export async function readHeadPosition(sql: SqlSession): Promise<bigint> {
  const [row] = await sql.query<{ head: string }>(`SELECT coalesce(max("position"), 0)::text AS "head" FROM "ChangeLogEntry"`);
  return BigInt(row?.head ?? '0');
}

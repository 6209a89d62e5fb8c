import type { Database } from '@shortlist/db/open-database';

type SqlConnection = Database['sql'];
type SqlSession = Pick<SqlConnection, 'query'>;

/**
 * Match index snapshots in PostgreSQL: one per agency, the candidates of its index as the domain's
 * `snapshotCandidates()` gives them, taken at a change-log position. A starting process restores them and reads the
 * log on from that position instead of reading every profile (see ARCHITECTURE.md, "Index snapshots"). The bytes are
 * stored in chunks of 256 kB, each read by one statement: node-postgres reads bytea as hex text, and Node takes a
 * ready socket's data in one turn (libuv reads it up to 32 times), so a 1 MB chunk (2 MB of hex) was buffered and
 * decoded in one go, which held the event loop 20-80 ms per chunk on a VM with slow page faults, and /healthz answers
 * during a restart waited behind it. Read whole, 256 kB chunks cost what 1 MB ones do (a million candidates: ~5 s on
 * that VM either way); 64 kB `substring`s of larger chunks cost PostgreSQL ~1 ms a statement (a TOAST index descent
 * each), 11 s. Base64 text instead of hex was no faster end to end.
 */
export const SNAPSHOT_CHUNK_BYTES = 256 * 1024;

/**
 * A transaction-level advisory lock taken by a snapshot write and by a candidate's erasure (which deletes the agency's
 * snapshot, since it holds their profile): so a snapshot taken before an erasure never commits after it.
 */
export const SNAPSHOT_LOCK_KEY = 5_173_020;

export interface SnapshotInfo {
  agencyId: string;
  /** The change-log position the index had applied when it was taken. */
  position: bigint;
  format: number;
  candidates: number;
  bytes: number;
  chunks: number;
  takenAt: Date;
}

type InfoRow = { agencyId: string; position: string; format: number; candidates: number; bytes: number; chunks: number; takenAt: string | Date };

const toInfo = (row: InfoRow): SnapshotInfo => ({ ...row, position: BigInt(row.position), takenAt: new Date(row.takenAt) });

const INFO_COLUMNS = `"agencyId"::text AS "agencyId", "position"::text AS "position", "format", "candidates", "bytes", "chunks", "takenAt"`;

/** What snapshots there are (without their bytes). */
export async function readSnapshotInfos(sql: SqlSession): Promise<SnapshotInfo[]> {
  const rows = await sql.query<InfoRow>(`SELECT ${INFO_COLUMNS} FROM "MatchIndexSnapshot" ORDER BY "agencyId"`);
  return rows.map(toInfo);
}

/**
 * The agency's snapshot with its bytes, read in one repeatable-read transaction (a chunk at a time, so a writer
 * replacing it meanwhile is not seen half-way), or null when there is none or its chunks do not add up.
 */
export async function readSnapshot(sql: SqlConnection, agencyId: string): Promise<{ info: SnapshotInfo; bytes: Uint8Array } | null> {
  return sql.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const [row] = await tx.query<InfoRow>(`SELECT ${INFO_COLUMNS} FROM "MatchIndexSnapshot" WHERE "agencyId" = $1::uuid`, [agencyId]);
    if (!row) return null;
    const info = toInfo(row);
    const bytes = new Uint8Array(info.bytes);
    let offset = 0;
    for (let seq = 0; seq < info.chunks; seq++) {
      const [chunk] = await tx.query<{ data: Uint8Array }>(`SELECT "data" FROM "MatchIndexSnapshotChunk" WHERE "agencyId" = $1::uuid AND "seq" = $2`, [agencyId, seq]);
      if (!chunk || offset + chunk.data.byteLength > bytes.byteLength) return null;
      bytes.set(chunk.data, offset);
      offset += chunk.data.byteLength;
    }
    return offset === bytes.byteLength ? { info, bytes } : null;
  });
}

/**
 * Replaces the agency's snapshot with this one, in one transaction, unless the one there was taken at this position
 * or later (another process got there first; one past the log's head is replaced, one at the same position only with
 * `replaceSamePosition`: an index built from the rows after a change made past the log) or a candidate of the agency was erased after this position (the next
 * round takes one without them): returns false then. Two processes writing at once take turns on the
 * snapshot's row.
 */
export async function writeSnapshot(
  sql: SqlConnection,
  snapshot: { agencyId: string; position: bigint; format: number; candidates: number; bytes: Uint8Array },
  options: { replaceSamePosition?: boolean } = {},
): Promise<boolean> {
  const { agencyId, bytes } = snapshot;
  const chunks = Math.ceil(bytes.byteLength / SNAPSHOT_CHUNK_BYTES);
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [SNAPSHOT_LOCK_KEY]);
    // An erasure after the snapshot's position has deleted the snapshot and must not see it back with them in it.
    const erased = await tx.query(
      `SELECT 1 FROM "ChangeLogEntry" WHERE "agencyId" = $1::uuid AND "position" > $2::bigint AND "kind" = 'candidate.erased' LIMIT 1`,
      [agencyId, snapshot.position.toString()],
    );
    if (erased.length > 0) return false;
    const written = await tx.query(
      `INSERT INTO "MatchIndexSnapshot" ("agencyId", "position", "format", "candidates", "bytes", "chunks", "takenAt")
       VALUES ($1::uuid, $2::bigint, $3, $4, $5, $6, now())
       ON CONFLICT ("agencyId") DO UPDATE
         SET "position" = EXCLUDED."position", "format" = EXCLUDED."format", "candidates" = EXCLUDED."candidates",
             "bytes" = EXCLUDED."bytes", "chunks" = EXCLUDED."chunks", "takenAt" = EXCLUDED."takenAt"
       WHERE "MatchIndexSnapshot"."position" < EXCLUDED."position" OR "MatchIndexSnapshot"."format" <> EXCLUDED."format"
          OR ($7::boolean AND "MatchIndexSnapshot"."position" = EXCLUDED."position")
          -- One past the log's head was not taken from this log (a database restored from an older backup).
          OR "MatchIndexSnapshot"."position" > (SELECT coalesce(max("position"), 0) FROM "ChangeLogEntry")
       RETURNING 1`,
      [agencyId, snapshot.position.toString(), snapshot.format, snapshot.candidates, bytes.byteLength, chunks, options.replaceSamePosition === true],
    );
    if (written.length === 0) return false;
    await tx.query(`DELETE FROM "MatchIndexSnapshotChunk" WHERE "agencyId" = $1::uuid`, [agencyId]);
    for (let seq = 0; seq < chunks; seq++) {
      const data = bytes.subarray(seq * SNAPSHOT_CHUNK_BYTES, Math.min(bytes.byteLength, (seq + 1) * SNAPSHOT_CHUNK_BYTES));
      await tx.query(`INSERT INTO "MatchIndexSnapshotChunk" ("agencyId", "seq", "data") VALUES ($1::uuid, $2, $3)`, [agencyId, seq, Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
    }
    return true;
  });
}

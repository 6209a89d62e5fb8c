import type { Database } from '@shortlist/db/open-database';
import { readCopiedChunks } from './read-copied-chunks.ts';

type SqlConnection = Database['sql'];
type SqlSession = Pick<SqlConnection, 'query'>;

/**
 * Match index snapshots in PostgreSQL: one per agency, the candidates of its index as the domain's
 * `snapshotCandidates()` gives them, taken at a change-log position. A starting process restores them and reads the
 * log on from that position instead of reading every profile (see ARCHITECTURE.md, "Index snapshots"). The bytes are
 * stored in chunks of 256 kB. PostgreSQL sends them all, as raw bytes, through one binary COPY (read-copied-chunks.ts).
 * They used to be read a chunk per statement, and node-postgres reads bytea as hex text: decoding it was most of a
 * restart (a million candidates: ~5 s of 9 s on a slow VM), and held the event loop ~5 ms per 256 kB chunk, 20-80 ms
 * per 1 MB one. The embedded PGlite still reads a chunk per statement (it has no COPY stream; its data is small).
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

/** A COPY's agency ID is written into the statement (COPY takes no parameters), so only one of this shape is. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Reading a million candidates' snapshot (~240 MB) takes seconds, past a request's statement limit. */
const SNAPSHOT_READ_TIMEOUT_MS = 5 * 60_000;

/**
 * The agency's snapshot with its bytes, read in one repeatable-read transaction (so a writer replacing it meanwhile
 * is not seen half-way), or null when there is none or its chunks do not add up. On PostgreSQL one binary COPY
 * streams the chunks' raw bytes (readCopiedChunks); on the embedded PGlite each chunk is one statement.
 */
export async function readSnapshot(sql: SqlConnection, agencyId: string): Promise<{ info: SnapshotInfo; bytes: Uint8Array } | null> {
  return sql.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const [row] = await tx.query<InfoRow>(`SELECT ${INFO_COLUMNS} FROM "MatchIndexSnapshot" WHERE "agencyId" = $1::uuid`, [agencyId]);
    if (!row) return null;
    const info = toInfo(row);
    const bytes = new Uint8Array(info.bytes);
    if (tx.copyOut && UUID.test(agencyId)) {
      const copy = `COPY (SELECT "seq", "data" FROM "MatchIndexSnapshotChunk" WHERE "agencyId" = '${agencyId}'::uuid ORDER BY "seq") TO STDOUT (FORMAT binary)`;
      return (await readCopiedChunks(tx.copyOut(copy, { timeoutMs: SNAPSHOT_READ_TIMEOUT_MS }), bytes, info.chunks)) ? { info, bytes } : null;
    }
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

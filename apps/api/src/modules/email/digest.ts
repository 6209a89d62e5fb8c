import type { SqlRunner } from '../webhooks/sql-over-prisma.ts';
import { newMessageId } from './queue-email.ts';

/** The local hour a person's daily digest goes out, in their own zone (User.timeZone). */
export const DIGEST_HOUR = 8;

/** The date and hour on a person's wall clock at `now`; an unknown zone counts as UTC. */
export function localDateAndHour(now: Date, timeZone: string): { date: string; hour: number } {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  } catch {
    return localDateAndHour(now, 'UTC');
  }
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}

/**
 * Writes the daily digests that are due: for each person with messages HELD_FOR_DIGEST whose local time is past
 * 08:00 and who has no digest for today's local date yet, one `digest` message (dedupeKey
 * `digest:<userId>:<local date>`, data `{ messageIds }`: the held rows' IDs, oldest first), and the held rows become
 * DIGESTED with its ID, in one transaction. Held rows whose category was turned OFF meanwhile are CANCELLED instead.
 * Rows held after the day's digest wait for the next day's. Returns how many digests it wrote.
 */
export async function writeDueDigests(sql: SqlRunner, now: Date): Promise<number> {
  const waiting = await sql.query<{ userId: string; agencyId: string; timeZone: string }>(
    `SELECT DISTINCT u."id"::text AS "userId", u."agencyId"::text AS "agencyId", u."timeZone"
       FROM "EmailMessage" m JOIN "User" u ON u."id" = m."userId" WHERE m."status" = 'HELD_FOR_DIGEST'`,
  );
  const due = waiting.flatMap((person) => {
    const local = localDateAndHour(now, person.timeZone);
    return local.hour >= DIGEST_HOUR ? [{ ...person, dedupeKey: `digest:${person.userId}:${local.date}`, date: local.date }] : [];
  });
  if (due.length === 0) return 0;
  const existing = new Set(
    (await sql.query<{ dedupeKey: string }>(`SELECT "dedupeKey" FROM "EmailMessage" WHERE "dedupeKey" = ANY($1::text[])`, [due.map((d) => d.dedupeKey)])).map(
      (row) => row.dedupeKey,
    ),
  );
  let written = 0;
  for (const person of due) {
    if (existing.has(person.dedupeKey)) continue;
    const isWritten = await sql.transaction(async (tx) => {
      // Locks the held rows: a second process doing the same waits here, then finds them DIGESTED (and the key taken).
      const held = await tx.query<{ id: string; category: string; isOff: boolean }>(
        `SELECT m."id"::text AS "id", m."category"::text AS "category", coalesce(p."frequency" = 'OFF', false) AS "isOff"
           FROM "EmailMessage" m LEFT JOIN "EmailPreference" p ON p."userId" = m."userId" AND p."category" = m."category"
          WHERE m."userId" = $1::uuid AND m."status" = 'HELD_FOR_DIGEST'
          ORDER BY m."createdAt", m."id"
          FOR UPDATE OF m`,
        [person.userId],
      );
      const off = held.filter((row) => row.isOff).map((row) => row.id);
      if (off.length > 0) {
        await tx.query(`UPDATE "EmailMessage" SET "status" = 'CANCELLED', "updatedAt" = now() WHERE "id" = ANY($1::uuid[])`, [off]);
      }
      const carried = held.filter((row) => !row.isOff);
      if (carried.length === 0) return false;
      const category = carried.some((row) => row.category === 'PROPOSAL_UPDATES') ? 'PROPOSAL_UPDATES' : carried[0]!.category;
      const [digest] = await tx.query<{ id: string }>(
        `INSERT INTO "EmailMessage" ("id", "agencyId", "userId", "kind", "category", "dedupeKey", "data", "status", "dueAt", "messageId", "createdAt", "updatedAt")
         VALUES (gen_random_uuid(), $1::uuid, $2::uuid, 'digest', $3::"EmailCategory", $4, $5::jsonb, 'PENDING', $6::timestamptz, $7, now(), now())
         ON CONFLICT ("dedupeKey") DO NOTHING
         RETURNING "id"::text AS "id"`,
        [
          person.agencyId,
          person.userId,
          category,
          person.dedupeKey,
          JSON.stringify({ messageIds: carried.map((row) => row.id), date: person.date }),
          now.toISOString(),
          newMessageId(),
        ],
      );
      if (!digest) return false;
      await tx.query(`UPDATE "EmailMessage" SET "status" = 'DIGESTED', "digestId" = $2::uuid, "updatedAt" = now() WHERE "id" = ANY($1::uuid[])`, [
        carried.map((row) => row.id),
        digest.id,
      ]);
      return true;
    });
    if (isWritten) written += 1;
  }
  return written;
}

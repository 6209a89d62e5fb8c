import type { SqlRunner } from '../webhooks/sql-over-prisma.ts';
import { SMTP_TIMEOUT_MS } from './mail-transport.ts';

/**
 * A claimed message is not due again for this long: longer than sending one can take (connecting, greeting and the
 * commands each wait at most SMTP_TIMEOUT_MS), so no other process sends it meanwhile. If this process dies mid-send,
 * the message is sent again once the lease ends (at least once; the same Message-ID tells the repeat).
 */
export const EMAIL_LEASE_MS = 4 * SMTP_TIMEOUT_MS;

export interface ClaimedEmail {
  id: string;
  /** This attempt's number (1 for the first). */
  attemptCount: number;
}

/**
 * Claims due PENDING messages (`dueAt <= now`) in one short transaction, skipping rows another process has locked, and
 * leases them by moving `dueAt` past the longest send and counting the attempt. Sending happens after the commit.
 * `now` comes from the workers' clock (a parameter, not SQL's now(), so a test can move time forward). One message a
 * claim by default: a process then has at most one message in flight, so a crash repeats at most that one, and the
 * lease never runs out while a message waits behind slow ones.
 */
export async function claimDueEmails(sql: SqlRunner, now: Date, limit = 1): Promise<ClaimedEmail[]> {
  return sql.transaction((tx) =>
    tx.query<ClaimedEmail>(
      `WITH due AS (
         SELECT "id" FROM "EmailMessage"
          WHERE "status" = 'PENDING' AND "dueAt" <= $1::timestamptz
          ORDER BY "dueAt", "createdAt"
          LIMIT $2
          FOR UPDATE SKIP LOCKED
       )
       UPDATE "EmailMessage" m
          SET "dueAt" = $1::timestamptz + make_interval(secs => $3::int / 1000.0), "attemptCount" = m."attemptCount" + 1, "updatedAt" = now()
         FROM due WHERE m."id" = due."id"
       RETURNING m."id"::text AS "id", m."attemptCount"`,
      [now.toISOString(), limit, EMAIL_LEASE_MS],
    ),
  );
}

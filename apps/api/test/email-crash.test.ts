// Issue 12, point 1: e-mails across a crash. The API as a real process on PostgreSQL sends 30 queued e-mails to a real
// SMTP server that answers slowly; SIGKILL mid-way, start a new process: every e-mail arrives, each Message-ID once,
// except possibly the one in flight at the kill (the server had it, its answer never reached the dead process, so it
// is sent again once its lease ends, under the same Message-ID). A temporary refusal (451) is retried.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { cleanups, freshDatabaseEnv, startAppProcess } from './app-process.ts';
import { eventually, startSmtpReceiver } from './email-smtp-receiver.ts';

const engine = inject('shortlistTestDb');
/** The message in flight at the kill is sent again once its lease (60 s) ends, a refused one 5 s later: wait past that. */
const DELIVERED_WITHIN_MS = 150_000;
const COUNT = 30;

describe.skipIf(engine !== 'postgres')('e-mails across a crash (PostgreSQL only: PGlite is one process’s embedded database)', () => {
  it('after a SIGKILL mid-way through 30 e-mails, a new process sends every one, each Message-ID once but the one in flight; a 451 is retried', async () => {
    const receiver = await startSmtpReceiver();
    cleanups.push(() => receiver.close());
    const env: Record<string, string> = { ...(await freshDatabaseEnv()), SHORTLIST_EMAIL_POLL_MS: '200', SMTP_URL: receiver.url };
    const first = await startAppProcess(env);
    const db = new pg.Client({ connectionString: env.DATABASE_URL });
    await db.connect();
    cleanups.push(() => db.end());

    const [sam] = (await db.query(`SELECT "id", "agencyId", "email" FROM "User" WHERE "email" = 'candidate@shortlist.test'`)).rows;
    // 30 notifications and their e-mails, committed together (as recordActivity writes them).
    receiver.delayMs = 300;
    const messageIds: string[] = [];
    await db.query('BEGIN');
    for (let i = 0; i < COUNT; i++) {
      const messageId = `<${randomUUID()}@shortlist.local>`;
      messageIds.push(messageId);
      await db.query(
        `WITH n AS (
           INSERT INTO "Notification" ("id", "agencyId", "userId", "title", "body", "createdAt")
           VALUES (gen_random_uuid(), $1, $2, $3, 'Crash test', now()) RETURNING "id")
         INSERT INTO "EmailMessage" ("id", "agencyId", "userId", "kind", "category", "dedupeKey", "notificationId", "messageId", "createdAt", "updatedAt")
         SELECT gen_random_uuid(), $1, $2, 'notification', 'PROPOSAL_UPDATES', 'notification:' || n."id", n."id", $4, now(), now() FROM n`,
        [sam.agencyId, sam.id, `Crash test ${i}`, messageId],
      );
    }
    await db.query('COMMIT');

    await receiver.waitFor(8, 60_000);
    expect(await first.kill('SIGKILL')).toBe('SIGKILL');
    const receivedBeforeKill = receiver.received.length;
    receiver.delayMs = 0;
    receiver.answers = [451]; // the next message is refused once, temporarily

    const second = await startAppProcess(env);
    cleanups.push(() => second.stop());
    const statuses = async () =>
      (await db.query(`SELECT "status", count(*)::int AS n FROM "EmailMessage" WHERE "messageId" = ANY($1) GROUP BY "status"`, [messageIds])).rows;
    await eventually(async () => (await statuses()).some((row) => row.status === 'SENT' && row.n === COUNT), `${COUNT} e-mails SENT`, DELIVERED_WITHIN_MS);

    // Count by Message-ID what the SMTP server accepted: each of the 30 at least once, none other, one at most twice.
    const timesReceived = new Map<string, number>();
    for (const email of receiver.received) timesReceived.set(email.messageId, (timesReceived.get(email.messageId) ?? 0) + 1);
    expect([...timesReceived.keys()].sort()).toEqual([...messageIds].sort());
    const repeated = [...timesReceived].filter(([, times]) => times > 1);
    expect(repeated.length).toBeLessThanOrEqual(1);
    expect(repeated.every(([, times]) => times === 2)).toBe(true);
    for (const email of receiver.received) expect(email.to).toEqual([sam.email]);

    // The refused message came again after its retry delay, under its own Message-ID, and the row counts both attempts.
    expect(receiver.refused).toHaveLength(1);
    const [refused] = receiver.refused;
    expect(timesReceived.get(refused!)).toBeGreaterThanOrEqual(1);
    const [row] = (await db.query(`SELECT "status", "attemptCount", "sentAt" FROM "EmailMessage" WHERE "messageId" = $1`, [refused])).rows;
    expect(row).toMatchObject({ status: 'SENT' });
    expect(row.attemptCount).toBeGreaterThanOrEqual(2);
    console.log(
      `e-mails after SIGKILL: ${receivedBeforeKill} received before the kill, ${receiver.received.length} in all for ${COUNT} messages, ` +
        `${repeated.length} sent twice (in flight at the kill), 1 refused with 451 and sent on its retry`,
    );
  }, 240_000);
});

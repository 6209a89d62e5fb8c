// Issue 11, acceptance 2: the API as real processes on one PostgreSQL database. SIGKILL while 50 webhook-triggering
// changes are in flight, start again: every change that committed (its log entry exists) is delivered at least once
// (the receiver drops repeats by webhook-id), and none other. Then two processes at once send every delivery once.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { cleanups, freshDatabaseEnv, startAppProcess } from './app-process.ts';
import { eventually, startWebhookReceiver } from './webhook-receiver.ts';

const engine = inject('shortlistTestDb');
/** A delivery claimed by the killed process is sent again once its lease (30 s) ends: wait well past that. */
const DELIVERED_WITHIN_MS = 120_000;

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }',
      variables: { input: { email: 'recruiter@shortlist.test', password: 'shortlist' } },
    }),
  });
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

/** One `job.updated`: resolves true when the answer said it was saved, false on any failure (a killed process). */
async function editJob(url: string, cookie: string, jobId: string, title: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        query: 'mutation($input: UpdateJobInput!) { updateJob(input: $input) { __typename } }',
        variables: { input: { id: encodeGlobalID('Job', jobId), title } },
      }),
    });
    const body = (await response.json()) as { data?: { updateJob?: { __typename: string } } };
    return body.data?.updateJob?.__typename === 'UpdateJobSuccess';
  } catch {
    return false;
  }
}

describe.skipIf(engine !== 'postgres')('webhooks across crashes and processes (PostgreSQL only: PGlite is one process\'s embedded database)', () => {
  it('after a SIGKILL mid-way through 50 changes, every committed change is delivered and no other; two processes send each delivery once', async () => {
    const env: Record<string, string> = { ...(await freshDatabaseEnv()), SHORTLIST_WEBHOOK_POLL_MS: '200' };
    const first = await startAppProcess(env);
    const db = new pg.Client({ connectionString: env.DATABASE_URL });
    await db.connect();
    cleanups.push(() => db.end());
    const receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.close());

    const [northwind] = (await db.query(`SELECT a."id", u."id" AS "adminId" FROM "Agency" a JOIN "User" u ON u."agencyId" = a."id" AND u."email" = 'admin@shortlist.test'`)).rows;
    await db.query(`UPDATE "Agency" SET "allowPrivateWebhookAddresses" = true WHERE "id" = $1`, [northwind.id]);
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const [endpoint] = (
      await db.query(
        `INSERT INTO "WebhookEndpoint" ("id", "agencyId", "url", "eventTypes", "secret", "createdById", "createdAt", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, '{job.updated}', $3, $4, now(), now()) RETURNING "id"`,
        [northwind.id, receiver.url, secret, northwind.adminId],
      )
    ).rows;
    const jobIds: string[] = (await db.query(`SELECT "id" FROM "Job" WHERE "agencyId" = $1 ORDER BY "id"`, [northwind.id])).rows.map((r) => r.id);
    const startPosition = BigInt((await db.query(`SELECT coalesce(max("position"), 0)::text AS p FROM "ChangeLogEntry"`)).rows[0].p);

    // 50 edits in flight at once; the process dies while the first webhook waits for its (slow) answer.
    const cookie = await signIn(first.url);
    receiver.delayMs = 2000;
    const edits = Array.from({ length: 50 }, (_, i) => editJob(first.url, cookie, jobIds[i % jobIds.length]!, `Crash test role ${i}`));
    await receiver.waitFor(1, 60_000);
    expect(await first.kill('SIGKILL')).toBe('SIGKILL');
    receiver.delayMs = 0;
    const answered = (await Promise.all(edits)).filter(Boolean).length;

    const second = await startAppProcess(env);
    cleanups.push(() => second.stop());
    const committed = async () =>
      (
        await db.query(`SELECT "position"::text AS p FROM "ChangeLogEntry" WHERE "position" > $1 AND "kind" = 'job.updated' AND "agencyId" = $2 ORDER BY "position"`, [
          startPosition.toString(),
          northwind.id,
        ])
      ).rows.map((r) => r.p as string);
    const expected = await committed();
    expect(expected.length).toBeGreaterThanOrEqual(answered); // every answered edit committed (and maybe some unanswered)
    const receivedPositions = () => new Set(receiver.received.map((w) => w.payload.data.position));
    await eventually(async () => receivedPositions().size >= expected.length, `${expected.length} distinct changes delivered`, DELIVERED_WITHIN_MS);
    expect([...receivedPositions()].sort((a, b) => Number(BigInt(a) - BigInt(b)))).toEqual(expected);
    // A webhook-id names one change: repeats (the killed process's attempts sent again) carry the same id and body.
    const bodyOf = new Map<string, string>();
    for (const webhook of receiver.received) {
      expect(bodyOf.get(webhook.id) ?? webhook.body).toBe(webhook.body);
      bodyOf.set(webhook.id, webhook.body);
    }
    expect(bodyOf.size).toBe(expected.length);
    expect(receiver.received.length).toBeGreaterThan(bodyOf.size); // the attempt in flight at the kill came again
    console.log(
      `webhooks after SIGKILL: ${answered}/50 edits answered before the kill, ${expected.length} committed, ${receiver.received.length} requests received, ${bodyOf.size} distinct webhook-ids (= committed changes)`,
    );

    // Two processes at once: each delivery is sent exactly once, and in log order.
    const third = await startAppProcess(env);
    cleanups.push(() => third.stop());
    const beforeBoth = receiver.received.length;
    const positionBeforeBoth = BigInt(expected.at(-1)!);
    const [cookie2, cookie3] = await Promise.all([signIn(second.url), signIn(third.url)]);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0 ? editJob(second.url, cookie2, jobIds[i % jobIds.length]!, `Two processes ${i}`) : editJob(third.url, cookie3, jobIds[i % jobIds.length]!, `Two processes ${i}`),
      ),
    );
    expect(results.every(Boolean)).toBe(true);
    const later = (await committed()).filter((p) => BigInt(p) > positionBeforeBoth);
    expect(later).toHaveLength(40);
    await eventually(async () => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM "WebhookDelivery" WHERE "endpointId" = $1 AND "status" = 'SUCCEEDED' AND "changePosition" > $2`, [
        endpoint.id,
        positionBeforeBoth.toString(),
      ]);
      return rows[0].n === 40;
    }, '40 deliveries succeeded', DELIVERED_WITHIN_MS);
    const sentByBoth = receiver.received.slice(beforeBoth);
    expect(sentByBoth.map((w) => w.payload.data.position)).toEqual(later); // once each, in log order
    expect(new Set(sentByBoth.map((w) => w.id)).size).toBe(40);
    const { rows: attempts } = await db.query(
      `SELECT count(*)::int AS n FROM "WebhookAttempt" a JOIN "WebhookDelivery" d ON d."id" = a."deliveryId" WHERE d."endpointId" = $1 AND d."changePosition" > $2`,
      [endpoint.id, positionBeforeBoth.toString()],
    );
    expect(attempts[0].n).toBe(40);
  }, 240_000);
});

import { encodeGlobalID } from '@pothos/plugin-relay';
import { mailDomain } from '../email/queue-email.ts';
import type { SqlRunner, SqlSession } from './sql-over-prisma.ts';
import { randomUUID } from 'node:crypto';
import { nextAttemptDelayMs } from './retry-schedule.ts';
import { sendWebhook, SEND_TIMEOUT_MS, type SendOutcome } from './send-webhook.ts';

type SqlConnection = SqlRunner;

/**
 * A claimed delivery is not due again for this long: longer than an attempt can take, so no other process sends it
 * meanwhile. If this process dies mid-send, the delivery is sent again once the lease ends (at least once).
 */
export const DELIVERY_LEASE_MS = SEND_TIMEOUT_MS + 20_000;
/** Deliveries (to as many endpoints) one round claims and sends side by side. */
const CLAIM_LIMIT = 10;

export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  agencyId: string;
  payload: unknown;
  attemptCount: number;
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | string | null;
  allowPrivate: boolean;
}

const CLAIMED_COLUMNS = `d."id"::text AS "id", d."endpointId"::text AS "endpointId", d."agencyId"::text AS "agencyId", d."payload", d."attemptCount",
  e."url", e."secret", e."previousSecret", e."previousSecretExpiresAt", a."allowPrivateWebhookAddresses" AS "allowPrivate"`;

/**
 * Claims due deliveries in one short transaction: each endpoint's oldest pending one only (so a receiver gets its
 * events in log order, also with several processes), skipping rows another process has locked, and leases them by
 * moving `nextAttemptAt` past the longest possible attempt. The HTTP call happens after the commit, outside any
 * transaction.
 */
export async function claimDueDeliveries(sql: SqlConnection, limit = CLAIM_LIMIT): Promise<ClaimedDelivery[]> {
  return sql.transaction((tx) =>
    tx.query<ClaimedDelivery>(
      `WITH due AS (
         SELECT d."id" FROM "WebhookDelivery" d
           JOIN "WebhookEndpoint" e ON e."id" = d."endpointId" AND e."disabledAt" IS NULL
          WHERE d."status" = 'PENDING' AND d."nextAttemptAt" <= now()
            AND NOT EXISTS (SELECT 1 FROM "WebhookDelivery" o
                             WHERE o."endpointId" = d."endpointId" AND o."status" = 'PENDING' AND o."changePosition" < d."changePosition")
          ORDER BY d."nextAttemptAt", d."changePosition"
          LIMIT $1
          FOR UPDATE OF d SKIP LOCKED
       ), claimed AS (
         UPDATE "WebhookDelivery" d
            SET "nextAttemptAt" = now() + make_interval(secs => $2::int / 1000.0), "attemptCount" = d."attemptCount" + 1, "updatedAt" = now()
           FROM due WHERE d."id" = due."id"
         RETURNING d.*
       )
       SELECT ${CLAIMED_COLUMNS}
         FROM claimed d JOIN "WebhookEndpoint" e ON e."id" = d."endpointId" JOIN "Agency" a ON a."id" = d."agencyId"`,
      [limit, DELIVERY_LEASE_MS],
    ),
  );
}

/** Reads one delivery with what sending it needs (for a manual redelivery). */
export async function readDeliveryForSending(sql: SqlSession, deliveryId: string): Promise<ClaimedDelivery | null> {
  const [row] = await sql.query<ClaimedDelivery>(
    `SELECT ${CLAIMED_COLUMNS}
       FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e."id" = d."endpointId" JOIN "Agency" a ON a."id" = d."agencyId"
      WHERE d."id" = $1::uuid`,
    [deliveryId],
  );
  return row ?? null;
}

/** Signs with the current secret, and with the previous one until its overlap ends. */
export function sendDelivery(delivery: ClaimedDelivery, now = new Date()): Promise<SendOutcome> {
  const expires = delivery.previousSecretExpiresAt ? new Date(delivery.previousSecretExpiresAt) : null;
  const secrets = delivery.previousSecret && expires && expires > now ? [delivery.secret, delivery.previousSecret] : [delivery.secret];
  return sendWebhook(
    { url: delivery.url, secrets, allowPrivate: delivery.allowPrivate },
    { id: delivery.id, body: JSON.stringify(delivery.payload) },
  );
}

export interface RecordedAttempt {
  /** The endpoint was disabled by this attempt (the delivery used up its retries). */
  disabledEndpoint: { id: string; agencyId: string; url: string } | null;
}

/**
 * Records a scheduled attempt and its consequence in one transaction: SUCCEEDED; or the next attempt per the retry
 * schedule; or, after the last, FAILED and the endpoint disabled (its agency's admins are notified).
 */
export async function recordScheduledAttempt(sql: SqlConnection, delivery: ClaimedDelivery, outcome: SendOutcome): Promise<RecordedAttempt> {
  return sql.transaction(async (tx) => {
    await insertAttempt(tx, delivery.id, outcome, false);
    if (outcome.isSuccess) {
      await tx.query(
        `UPDATE "WebhookDelivery" SET "status" = 'SUCCEEDED', "nextAttemptAt" = NULL, "updatedAt" = now() WHERE "id" = $1::uuid AND "status" = 'PENDING'`,
        [delivery.id],
      );
      return { disabledEndpoint: null };
    }
    const delayMs = nextAttemptDelayMs(delivery.attemptCount);
    if (delayMs !== null) {
      await tx.query(
        `UPDATE "WebhookDelivery" SET "nextAttemptAt" = now() + make_interval(secs => $2::bigint / 1000.0), "updatedAt" = now()
          WHERE "id" = $1::uuid AND "status" = 'PENDING'`,
        [delivery.id, delayMs],
      );
      return { disabledEndpoint: null };
    }
    const failed = await tx.query(
      `UPDATE "WebhookDelivery" SET "status" = 'FAILED', "nextAttemptAt" = NULL, "updatedAt" = now()
        WHERE "id" = $1::uuid AND "status" = 'PENDING' RETURNING "id"`,
      [delivery.id],
    );
    if (failed.length === 0) return { disabledEndpoint: null };
    const reason = `Disabled after ${delivery.attemptCount} failed attempts over more than a day to deliver one event; the last: ${outcome.error ?? 'no answer'}`.slice(0, 1000);
    const [disabled] = await tx.query<{ id: string; agencyId: string; url: string }>(
      `UPDATE "WebhookEndpoint" SET "disabledAt" = now(), "disabledReason" = $2, "updatedAt" = now()
        WHERE "id" = $1::uuid AND "disabledAt" IS NULL RETURNING "id"::text AS "id", "agencyId"::text AS "agencyId", "url"`,
      [delivery.endpointId, reason],
    );
    if (!disabled) return { disabledEndpoint: null };
    // The agency's admins are told in the app and, in the same transaction, by e-mail (the outbox; INTEGRATIONS).
    await tx.query(
      `WITH told AS (
         INSERT INTO "Notification" ("id", "agencyId", "userId", "title", "body", "createdAt")
         SELECT gen_random_uuid(), u."agencyId", u."id", $2, $3, now() FROM "User" u
          WHERE u."agencyId" = $1::uuid AND u."role" = 'ADMIN' AND u."disabledAt" IS NULL
         RETURNING "id", "agencyId", "userId"
       )
       INSERT INTO "EmailMessage" ("id", "agencyId", "userId", "kind", "category", "dedupeKey", "notificationId", "data", "messageId", "updatedAt")
       SELECT gen_random_uuid(), t."agencyId", t."userId", 'notification', 'INTEGRATIONS', 'notification:' || t."id", t."id",
              jsonb_build_object('path', '/integrations/webhooks/' || $4::text),
              '<' || gen_random_uuid()::text || '@' || $5::text || '>', now()
         FROM told t
       ON CONFLICT ("dedupeKey") DO NOTHING`,
      [
        disabled.agencyId,
        'A webhook endpoint was disabled',
        `${disabled.url} kept failing (${outcome.error ?? 'no answer'}). Nothing is sent to it until an admin enables it again; its pending events wait meanwhile.`.slice(0, 2000),
        encodeURIComponent(encodeGlobalID('WebhookEndpoint', disabled.id)),
        mailDomain(),
      ],
    );
    return { disabledEndpoint: disabled };
  });
}

/** Records a manual attempt (an admin's redelivery): a success marks the delivery SUCCEEDED, a failure changes nothing else. */
export async function recordManualAttempt(sql: SqlConnection, deliveryId: string, outcome: SendOutcome): Promise<void> {
  await sql.transaction(async (tx) => {
    await insertAttempt(tx, deliveryId, outcome, true);
    if (outcome.isSuccess) {
      await tx.query(
        `UPDATE "WebhookDelivery" SET "status" = 'SUCCEEDED', "nextAttemptAt" = NULL, "updatedAt" = now() WHERE "id" = $1::uuid AND "status" <> 'SUCCEEDED'`,
        [deliveryId],
      );
    }
  });
}

async function insertAttempt(tx: SqlSession, deliveryId: string, outcome: SendOutcome, isManual: boolean) {
  await tx.query(
    `INSERT INTO "WebhookAttempt" ("id", "deliveryId", "attemptedAt", "responseStatus", "latencyMs", "error", "isManual")
     VALUES ($1::uuid, $2::uuid, now(), $3, $4, $5, $6)`,
    [randomUUID(), deliveryId, outcome.responseStatus, outcome.latencyMs, outcome.error, isManual],
  );
}

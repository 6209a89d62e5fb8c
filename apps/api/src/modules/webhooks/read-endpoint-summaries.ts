import type { SqlSession } from './sql-over-prisma.ts';

export interface EndpointSummary {
  /** The newest delivery (the last one queued), or null before the first. */
  lastDeliveryId: string | null;
  /** Failed attempts, scheduled or manual, since the endpoint's last successful one (all of them if none succeeded). */
  consecutiveFailures: number;
}

/** What an endpoints list shows of each endpoint's deliveries, for a page of endpoints in one query. */
export async function readEndpointSummaries(sql: SqlSession, endpointIds: readonly string[]): Promise<Map<string, EndpointSummary>> {
  const rows = await sql.query<{ endpointId: string; lastDeliveryId: string | null; consecutiveFailures: number }>(
    `SELECT e."id"::text AS "endpointId",
            (SELECT d."id"::text FROM "WebhookDelivery" d WHERE d."endpointId" = e."id"
              ORDER BY d."createdAt" DESC, d."changePosition" DESC, d."id" DESC LIMIT 1) AS "lastDeliveryId",
            (SELECT count(*)::int FROM "WebhookAttempt" a JOIN "WebhookDelivery" d ON d."id" = a."deliveryId"
              WHERE d."endpointId" = e."id" AND a."error" IS NOT NULL
                AND a."attemptedAt" > coalesce(
                  (SELECT max(s."attemptedAt") FROM "WebhookAttempt" s JOIN "WebhookDelivery" sd ON sd."id" = s."deliveryId"
                    WHERE sd."endpointId" = e."id" AND s."error" IS NULL),
                  '-infinity'::timestamptz)) AS "consecutiveFailures"
       FROM "WebhookEndpoint" e
      WHERE e."id" = ANY($1::uuid[])`,
    [endpointIds],
  );
  return new Map(rows.map((row) => [row.endpointId, { lastDeliveryId: row.lastDeliveryId, consecutiveFailures: Number(row.consecutiveFailures) }]));
}

import type { Database } from '@shortlist/db/open-database';
import { Gauge, type Registry } from 'prom-client';
import { WEBHOOK_CONSUMER } from './fan-out-changes.ts';

/** A scrape never waits longer than this for the database; a slow or absent one keeps the last values. */
const READ_TIMEOUT_MS = 500;

async function withinTimeout<T>(read: Promise<T>): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), READ_TIMEOUT_MS);
  });
  try {
    return await Promise.race([read, timedOut]);
  } catch {
    return null; // the database is away: keep the last value; /healthz says what is down
  } finally {
    clearTimeout(timer);
  }
}

/** The webhooks' gauges on /metrics, read from the database when Prometheus scrapes (they cover every process). */
export function registerWebhookMetrics(registry: Registry, db: Pick<Database, 'sql'>): void {
  new Gauge({
    name: 'shortlist_webhook_deliveries_pending',
    help: 'Webhook deliveries waiting for their first or next attempt (all endpoints, all processes).',
    registers: [registry],
    async collect() {
      const rows = await withinTimeout(
        db.sql.query<{ pending: number }>(`SELECT count(*)::int AS "pending" FROM "WebhookDelivery" WHERE "status" = 'PENDING'`),
      );
      if (rows?.[0]) this.set(rows[0].pending);
    },
  });
  new Gauge({
    name: 'shortlist_webhook_consumer_lag',
    help: "Change-log entries not yet turned into webhook deliveries (the log's head minus the webhooks' cursor).",
    registers: [registry],
    async collect() {
      const rows = await withinTimeout(
        db.sql.query<{ lag: string }>(
          `SELECT (coalesce((SELECT max("position") FROM "ChangeLogEntry"), 0)
                   - coalesce((SELECT "position" FROM "ChangeConsumer" WHERE "name" = $1), (SELECT max("position") FROM "ChangeLogEntry"), 0))::text AS "lag"`,
          [WEBHOOK_CONSUMER],
        ),
      );
      if (rows?.[0]) this.set(Number(rows[0].lag));
    },
  });
}

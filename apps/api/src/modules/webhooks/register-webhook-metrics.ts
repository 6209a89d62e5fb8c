import type { Database } from '@shortlist/db/open-database';
import { Gauge, type Registry } from 'prom-client';
import { withinScrapeTimeout } from '../../http/metrics/within-scrape-timeout.ts';
import { WEBHOOK_CONSUMER } from './fan-out-changes.ts';

/** The webhooks' gauges on /metrics, read from the database when Prometheus scrapes (they cover every process). */
export function registerWebhookMetrics(registry: Registry, db: Pick<Database, 'sql'>): void {
  new Gauge({
    name: 'shortlist_webhook_deliveries_pending',
    help: 'Webhook deliveries waiting for their first or next attempt (all endpoints, all processes).',
    registers: [registry],
    async collect() {
      const rows = await withinScrapeTimeout(
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
      const rows = await withinScrapeTimeout(
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

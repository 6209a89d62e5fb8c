import type { Database } from '@shortlist/db/open-database';
import { Gauge, type Registry } from 'prom-client';
import { withinScrapeTimeout } from '../../http/metrics/within-scrape-timeout.ts';

/** The outbox's backlog on /metrics, read from the database when Prometheus scrapes (it covers every process). */
export function registerEmailMetrics(registry: Registry, db: Pick<Database, 'sql'>): void {
  new Gauge({
    name: 'shortlist_email_outbox_pending',
    help: 'E-mails due and not yet sent (first attempts and retries come due; reminders planned for later are not counted), all processes.',
    registers: [registry],
    async collect() {
      const rows = await withinScrapeTimeout(
        db.sql.query<{ pending: number }>(`SELECT count(*)::int AS "pending" FROM "EmailMessage" WHERE "status" = 'PENDING' AND "dueAt" <= now()`),
      );
      if (rows?.[0]) this.set(rows[0].pending);
    },
  });
}

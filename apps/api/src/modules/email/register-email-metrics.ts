import type { Database } from '@shortlist/db/open-database';
import { Gauge, type Registry } from 'prom-client';

/** A scrape never waits longer than this for the database; a slow or absent one keeps the last value. */
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

/** The outbox's backlog on /metrics, read from the database when Prometheus scrapes (it covers every process). */
export function registerEmailMetrics(registry: Registry, db: Pick<Database, 'sql'>): void {
  new Gauge({
    name: 'shortlist_email_outbox_pending',
    help: 'E-mails due and not yet sent (first attempts and retries come due; reminders planned for later are not counted), all processes.',
    registers: [registry],
    async collect() {
      const rows = await withinTimeout(
        db.sql.query<{ pending: number }>(`SELECT count(*)::int AS "pending" FROM "EmailMessage" WHERE "status" = 'PENDING' AND "dueAt" <= now()`),
      );
      if (rows?.[0]) this.set(rows[0].pending);
    },
  });
}

import type { Database } from '@shortlist/db/open-database';

/** /healthz must answer within a second whatever the database does; the check gets a little less than that. */
export const HEALTH_CHECK_TIMEOUT_MS = 800;

/** Healthy: `{ status: 'ok', database }`; otherwise `checks` says what is down and how. */
export type Health =
  | { status: 'ok'; database: Database['kind'] }
  | { status: 'unavailable'; database: Database['kind']; checks: { database: 'timeout' | 'error' } };

/**
 * Asks the database for `SELECT 1`, but never waits longer than `timeoutMs`: a frozen connection or a full pool
 * reports `timeout` (a load balancer must not wait 20 s to learn the instance is unwell), a refused one `error`.
 */
export async function checkHealth(db: Database, timeoutMs = HEALTH_CHECK_TIMEOUT_MS): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const query = db.prisma.$queryRaw`SELECT 1`.then(
    () => 'ok' as const,
    () => 'error' as const,
  );
  try {
    const database = await Promise.race([query, timedOut]);
    if (database === 'ok') return { status: 'ok', database: db.kind };
    return { status: 'unavailable', database: db.kind, checks: { database } };
  } finally {
    clearTimeout(timer);
  }
}

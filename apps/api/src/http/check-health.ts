import type { Database } from '@shortlist/db/open-database';

/** /healthz must answer within a second whatever the database does; the check gets a little less than that. */
export const HEALTH_CHECK_TIMEOUT_MS = 800;

/** Healthy: `{ status: 'ok', database }`; otherwise `checks` says what is down and how. */
export type Health =
  | { status: 'ok'; database: Database['kind'] }
  | { status: 'unavailable'; database: Database['kind']; checks: { database: 'timeout' | 'error' } };

/** The check under way per database: polls that arrive meanwhile share it instead of each taking a connection. */
const checksInFlight = new WeakMap<object, Promise<'ok' | 'error'>>();

/**
 * Asks the database for `SELECT 1`, but never waits longer than `timeoutMs`: a frozen connection or a full pool
 * reports `timeout` (a load balancer must not wait 20 s to learn the instance is unwell), a refused one `error`.
 *
 * One `SELECT 1` at a time, on the plain pool (not through Prisma, which compiles and maps even this): callers while
 * one runs share its answer. Polled every 20 ms during a busy start, each poll opening its own connection had piled
 * up behind the index build and answered in 300-800 ms.
 */
export async function checkHealth(db: Pick<Database, 'kind' | 'sql'>, timeoutMs = HEALTH_CHECK_TIMEOUT_MS): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  let query = checksInFlight.get(db.sql);
  if (!query) {
    const started = db.sql.query('SELECT 1').then(
      () => 'ok' as const,
      () => 'error' as const,
    );
    query = started.finally(() => checksInFlight.delete(db.sql));
    checksInFlight.set(db.sql, query);
  }
  try {
    const database = await Promise.race([query, timedOut]);
    if (database === 'ok') return { status: 'ok', database: db.kind };
    return { status: 'unavailable', database: db.kind, checks: { database } };
  } finally {
    clearTimeout(timer);
  }
}

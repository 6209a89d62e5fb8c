/** SQLSTATEs that mean "not now" rather than "wrong": timeouts, cancellations, connection and capacity failures. */
const RETRYABLE_SQLSTATES = new Set([
  '57014', // statement timeout (or a cancel)
  '55P03', // lock timeout
  '25P03', // idle-in-transaction timeout ended the session
  '57P01', // admin shutdown
  '57P02', // crash shutdown
  '57P03', // cannot connect now (starting up, recovering)
  '53300', // too many connections
  '53400', // configuration limit exceeded
]);

/** What @prisma/adapter-pg calls the socket failures it recognises. */
const RETRYABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/** Prisma's own codes for an unreachable or timed-out database or pool. */
const RETRYABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);

/**
 * node-postgres raises these as plain Errors, which the Prisma adapter passes through unchanged: the pool had no
 * free connection in time, no answer came back at all (a frozen connection), or the connection went away.
 */
const RETRYABLE_MESSAGES =
  /timeout exceeded when trying to connect|Query read timeout|Connection terminated|connection timeout|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Client has encountered a connection error/i;

/**
 * Whether an error means the database could not answer in time (and the request may simply be retried), however
 * Prisma and its pg adapter wrapped it. Everything else stays an unexpected error, masked as before.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const value = current as {
      code?: unknown;
      originalCode?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
      originalError?: unknown;
    };
    for (const code of [value.code, value.originalCode]) {
      if (typeof code === 'string' && (RETRYABLE_SQLSTATES.has(code) || RETRYABLE_PRISMA_CODES.has(code) || code.startsWith('08'))) return true;
      if (typeof code === 'string' && RETRYABLE_MESSAGES.test(code)) return true;
    }
    if (typeof value.kind === 'string' && RETRYABLE_KINDS.has(value.kind)) return true;
    if (typeof value.message === 'string' && RETRYABLE_MESSAGES.test(value.message)) return true;
    queue.push(value.cause, value.meta?.driverAdapterError, value.originalError);
  }
  return false;
}

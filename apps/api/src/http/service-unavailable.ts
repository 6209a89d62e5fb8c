/**
 * What the client gets when the server cannot answer in time (the request deadline passed, the database timed out,
 * the pool had no free connection, the database is unreachable): HTTP 503 with Retry-After and this GraphQL error.
 * It is retryable by design, so clients and proxies can tell it apart from a bug (500) or a refusal (4xx).
 */
export const SERVICE_UNAVAILABLE = {
  code: 'SERVICE_UNAVAILABLE',
  status: 503,
  retryAfterSeconds: 5,
  message: 'The server is busy or cannot reach its database right now. Try again in a few seconds.',
} as const;

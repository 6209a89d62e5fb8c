// A GraphQL client for a partner system: plain fetch, a Bearer key, automatic persisted queries, and the retries
// Shortlist's answers ask for. Nothing here is specific to one query, so it is the part to copy first.
import { createHash } from 'node:crypto';

/** One of the API's top-level errors, e.g. `{ message, extensions: { code: 'RATE_LIMITED', retryAfter: 9 } }`. */
export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; requestId?: string; [key: string]: unknown };
}

/** A request the API refused or failed as a whole (top-level `errors`), with the HTTP status and our request ID. */
export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
  constructor(
    readonly status: number,
    readonly errors: GraphQLErrorShape[],
    readonly requestId: string | null,
  ) {
    super(`${errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ')} (HTTP ${status}, x-request-id ${requestId})`);
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export interface RequestOptions {
  /** Sent as `Idempotency-Key` on a mutation: a retry with the same key runs it at most once (24 h). */
  idempotencyKey?: string;
}

export type GraphQLRequest = <T>(query: string, variables?: Record<string, unknown>, options?: RequestOptions) => Promise<T>;

export interface ClientOptions {
  /** Where Shortlist runs, e.g. https://shortlist.example (the endpoint is `<url>/graphql`). */
  url: string;
  /** The key's secret, shown once when an admin created it. */
  apiKey: string;
  /** Tries per request, counting the first. */
  maxAttempts?: number;
  /**
   * Automatic persisted queries: send the query's SHA-256 instead of its text, and the text only when the server
   * answers PERSISTED_QUERY_NOT_FOUND (each API process learns a query once). Default true.
   */
  usePersistedQueries?: boolean;
}

/**
 * Statuses worth sending the same request again for, after `Retry-After`: the budget is spent (429), the server is
 * busy or its database briefly unreachable (503), or the first request with this Idempotency-Key still runs (409).
 */
const RETRY_STATUSES = new Set([409, 429, 502, 503, 504]);
const MAX_WAIT_SECONDS = 30;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createGraphQLClient({ url, apiKey, maxAttempts = 6, usePersistedQueries = true }: ClientOptions): GraphQLRequest {
  const endpoint = `${url.replace(/\/$/, '')}/graphql`;

  return async function request<T>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<T> {
    // A query may always be sent again; a mutation only with an Idempotency-Key, or it might run twice.
    const isRetrySafe = options.idempotencyKey !== undefined || !/^\s*mutation\b/.test(query);
    const persistedQuery = usePersistedQueries ? { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } : undefined;
    let isTextNeeded = !persistedQuery;
    for (let attempt = 1; ; attempt += 1) {
      const backOffMs = Math.min(2 ** attempt * 250, MAX_WAIT_SECONDS * 1000);
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${apiKey}`,
            ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
          },
          body: JSON.stringify({ ...(isTextNeeded ? { query } : {}), variables, ...(persistedQuery ? { extensions: { persistedQuery } } : {}) }),
          signal: AbortSignal.timeout(20_000),
        });
      } catch (error) {
        // No answer (a dropped connection, a timeout): it may or may not have run.
        if (isRetrySafe && attempt < maxAttempts) {
          await sleep(backOffMs);
          continue;
        }
        throw error;
      }
      const body = (await response.json().catch(() => null)) as { data?: T; errors?: GraphQLErrorShape[] } | null;
      if (!isTextNeeded && body?.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
        // Nothing ran: send it again with its text, which this process then keeps. Not a failed attempt.
        isTextNeeded = true;
        attempt -= 1;
        continue;
      }
      const retryAfter = Number(response.headers.get('retry-after'));
      const mayRetry = RETRY_STATUSES.has(response.status) && (response.status !== 409 || options.idempotencyKey !== undefined);
      if (mayRetry && isRetrySafe && attempt < maxAttempts) {
        await sleep(retryAfter > 0 ? Math.min(retryAfter, MAX_WAIT_SECONDS) * 1000 : backOffMs);
        continue;
      }
      const requestId = response.headers.get('x-request-id');
      if (body?.errors?.length) throw new GraphQLRequestError(response.status, body.errors, requestId);
      if (!response.ok || !body?.data) throw new GraphQLRequestError(response.status, [{ message: `unexpected answer: ${JSON.stringify(body)}` }], requestId);
      return body.data;
    }
  };
}

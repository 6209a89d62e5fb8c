import type { ViewerKind } from './viewer-kind-of.ts';

/**
 * What one request's access line and metrics say, filled in as the request goes: the HTTP part by
 * observeRequests, the GraphQL part by accessLogPlugin (through the context's `access`).
 */
export interface AccessRecord {
  requestId: string;
  /** The client's own x-request-id, when it looks like one (clientRequestIdOf). */
  clientRequestId: string | undefined;
  method: string;
  /** The matched route (`/interviews/:file`, never the token in it) or the path. */
  route: string;
  viewer: ViewerKind;
  /** GraphQL only: the operation's name as the client sent it, and its type once the document was understood. */
  operationName?: string | undefined;
  operationType?: 'query' | 'mutation' | 'subscription' | undefined;
  /** GraphQL only: the single result sent, read after the cost plugin added `extensions.cost` to it. */
  result?: { extensions?: Record<string, unknown> | undefined } | undefined;
  /** Errors by kind (classifyError); unexpected and unavailable ones are logged once per request, not per field. */
  errors: { expected: number; unavailable: number; unexpected: number };
}

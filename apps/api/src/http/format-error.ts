import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { InvalidTransitionError, NotAllowedError, NotFoundError, ValidationError } from '../modules/errors/expected-errors.ts';
import { isDatabaseUnavailable } from './is-database-unavailable.ts';
import { SERVICE_UNAVAILABLE } from './service-unavailable.ts';

/** Errors whose message is written for the client: GraphQL's own, and the ones we throw on purpose. */
const EXPECTED_CODES = new Map<Function, string>([
  [NotAllowedError, 'FORBIDDEN'],
  [NotFoundError, 'NOT_FOUND'],
  [ValidationError, 'BAD_USER_INPUT'],
  [InvalidTransitionError, 'CONFLICT'],
]);

function isExpected(error: unknown): boolean {
  if ([...EXPECTED_CODES.keys()].some((type) => error instanceof (type as never))) return true;
  // Pothos raises these for invalid cursors and arguments, failed input validation and denied access.
  if (error instanceof PothosValidationError) return true;
  // Apollo wraps parse and validation errors around graphql-js's own; follow the chain to its root.
  let root = error;
  while (root instanceof GraphQLError && root.originalError) root = root.originalError;
  return root instanceof GraphQLError;
}

/**
 * Unexpected errors (a bug, a database failure) never reach the client as they are: no stack trace, no SQL.
 * The client gets a reference it can quote; the log gets the whole error under that reference.
 */
export function createFormatError(log: (line: string, error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const requestId = (error as GraphQLError)?.extensions?.requestId as string | undefined;
    // The client's own x-request-id goes into our log line, never back out as if it were our reference.
    const clientRequestId = (error as GraphQLError)?.extensions?.clientRequestId as string | undefined;
    const { clientRequestId: _client, ...formattedExtensions } = formatted.extensions ?? {};
    formatted = { ...formatted, extensions: formattedExtensions };
    if (isExpected(original)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      // Pothos's own (an invalid global ID in node(id), a bad cursor) are the client's input, not our failure: without
      // a code of their own they went out as INTERNAL_SERVER_ERROR (found by the wrong-ID-type tests in http.test.ts).
      const code =
        [...EXPECTED_CODES].find(([type]) => original instanceof (type as never))?.[1] ??
        (original instanceof PothosValidationError ? 'BAD_USER_INPUT' : undefined);
      return { ...formatted, extensions: code ? { ...extensions, code } : extensions };
    }
    const reference = requestId ?? 'unknown';
    const logReference = clientRequestId ? `${reference} clientRequestId=${clientRequestId}` : reference;
    // A database timeout, a full pool or a lost connection is "not now", not a bug: typed and retryable (503 +
    // Retry-After, set by serviceUnavailablePlugin), still without SQL or stack.
    if (isDatabaseUnavailable(original)) {
      log(`[${logReference}] database unavailable in ${formatted.path?.join('.') ?? 'request'}`, original);
      return {
        message: SERVICE_UNAVAILABLE.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: SERVICE_UNAVAILABLE.code, requestId: reference, retryAfter: SERVICE_UNAVAILABLE.retryAfterSeconds },
      };
    }
    log(`[${logReference}] unexpected error in ${formatted.path?.join('.') ?? 'request'}`, original);
    return {
      message: `Something went wrong on our side. Quote reference ${reference} if you contact support.`,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: reference },
    };
  };
}

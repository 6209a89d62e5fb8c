import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { classifyError, EXPECTED_CODES } from './logging/classify-error.ts';
import { SERVICE_UNAVAILABLE } from './service-unavailable.ts';

/**
 * Unexpected errors (a bug, a database failure) never reach the client as they are: no stack trace, no SQL.
 * The client gets a reference it can quote. Logging them is accessLogPlugin's job, which sees all of a request's
 * errors at once and so writes the first in full and a count of the rest, where logging here wrote one line (and a
 * stack) per failing field: 18,005 lines for one heavy query.
 */
export function createFormatError() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const requestId = (error as GraphQLError)?.extensions?.requestId as string | undefined;
    const kind = classifyError(error);
    if (kind === 'expected') {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      // Pothos's own (an invalid global ID in node(id), a bad cursor) are the client's input, not our failure: without
      // a code of their own they went out as INTERNAL_SERVER_ERROR (found by the wrong-ID-type tests in http.test.ts).
      const code =
        [...EXPECTED_CODES].find(([type]) => original instanceof (type as never))?.[1] ??
        (original instanceof PothosValidationError ? 'BAD_USER_INPUT' : undefined);
      return { ...formatted, extensions: code ? { ...extensions, code } : extensions };
    }
    const reference = requestId ?? 'unknown';
    // A database timeout, a full pool or a lost connection is "not now", not a bug: typed and retryable (503 +
    // Retry-After, set by serviceUnavailablePlugin), still without SQL or stack.
    if (kind === 'unavailable') {
      return {
        message: SERVICE_UNAVAILABLE.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: SERVICE_UNAVAILABLE.code, requestId: reference, retryAfter: SERVICE_UNAVAILABLE.retryAfterSeconds },
      };
    }
    return {
      message: `Something went wrong on our side. Quote reference ${reference} if you contact support.`,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: reference },
    };
  };
}

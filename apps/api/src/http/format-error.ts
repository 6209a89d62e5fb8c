import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Errors whose message is written for the client: GraphQL's own, and the ones we throw on purpose. */
function isExpected(error: unknown): boolean {
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
    if (isExpected(original)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const reference = requestId ?? 'unknown';
    log(`[${reference}] unexpected error in ${formatted.path?.join('.') ?? 'request'}`, original);
    return {
      message: `Something went wrong on our side. Quote reference ${reference} if you contact support.`,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: reference },
    };
  };
}

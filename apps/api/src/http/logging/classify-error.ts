import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { InvalidTransitionError, NotAllowedError, NotFoundError, ValidationError } from '../../modules/errors/expected-errors.ts';
import { isDatabaseUnavailable } from '../is-database-unavailable.ts';

/** Errors whose message is written for the client (thrown on purpose), with the code the client switches on. */
export const EXPECTED_CODES = new Map<Function, string>([
  [NotAllowedError, 'FORBIDDEN'],
  [NotFoundError, 'NOT_FOUND'],
  [ValidationError, 'BAD_USER_INPUT'],
  [InvalidTransitionError, 'CONFLICT'],
]);

/**
 * What an error in a GraphQL response is, for masking (formatError) and logging (accessLogPlugin) alike:
 * `expected` is the client's doing and shown as it is; `unavailable` is the database saying "not now" (retryable);
 * `unexpected` is a bug or bad data, masked for the client and logged with its stack.
 */
export function classifyError(error: unknown): 'expected' | 'unavailable' | 'unexpected' {
  const original = unwrapResolverError(error);
  if ([...EXPECTED_CODES.keys()].some((type) => original instanceof (type as never))) return 'expected';
  // Pothos raises these for invalid cursors and arguments, failed input validation and denied access.
  if (original instanceof PothosValidationError) return 'expected';
  if (isDatabaseUnavailable(original)) return 'unavailable';
  // Apollo wraps parse and validation errors around graphql-js's own; follow the chain to its root.
  let root = original;
  while (root instanceof GraphQLError && root.originalError) root = root.originalError;
  return root instanceof GraphQLError ? 'expected' : 'unexpected';
}

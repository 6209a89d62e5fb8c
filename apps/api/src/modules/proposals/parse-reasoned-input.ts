import type { Party } from '@shortlist/db/prisma';
import { validateReasonedAction, type ReasonedActionKind, type ValidReasonedAction } from '@shortlist/domain/interviews';
import { ValidationError } from '../errors/errors.ts';

/**
 * The reason, optional text and message every decline, withdrawal, cancellation and rejection needs, checked by
 * the domain; a missing or unknown reason is a ValidationError on `reason`, not a GraphQL error.
 */
export function parseReasonedInput<K extends ReasonedActionKind>(
  kind: K,
  input: { reason?: string | null; reasonText?: string | null; message?: string | null },
  audience: Party,
): ValidReasonedAction<K> {
  const result = validateReasonedAction(kind, input, { audience });
  if (!result.ok) throw new ValidationError(result.fieldErrors);
  return result.value;
}

import type { FormErrors } from '../../ui/mutation-errors';

/** One item's result in a bulk action: done, or refused with the API's words. */
export type BulkOutcome = { isDone: boolean; text: string };

/** The API's refusal of one item in a bulk action, in one line: its message for the form, else its field messages. */
export function describeOutcome(errors: FormErrors): string {
  const fields = Object.values(errors.fields);
  return [errors.form, ...fields].filter(Boolean).join(' ') || 'Refused.';
}

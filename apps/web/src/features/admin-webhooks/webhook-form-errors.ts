import { formErrorsForFields, type FormErrors, type MutationError } from '../../ui/mutation-errors';

/**
 * The errors a webhook form shows for a typed error: the API names a list item's field by its index
 * ("eventTypes.2"); the form has one place for the list, so the message goes there.
 */
export function webhookFormErrors(error: MutationError, formFields: readonly string[]): FormErrors {
  if (error.__typename !== 'ValidationError') return formErrorsForFields(error, formFields);
  const fieldErrors = error.fieldErrors.map(({ field, message }) => ({ field: field.split('.')[0] ?? field, message }));
  return formErrorsForFields({ ...error, fieldErrors }, formFields);
}

/**
 * The field errors that still apply: each was about the value the form sent, so once the admin changes a field its
 * message goes (it would otherwise still say "must start with https://" beside a corrected URL). Values compare by
 * content, so a list or a choice object counts as unchanged when it holds the same.
 */
export function errorsOfUnchangedFields(
  errors: Record<string, string>,
  sent: Record<string, unknown> | null,
  current: Record<string, unknown>,
): Record<string, string> {
  if (!sent) return errors;
  return Object.fromEntries(
    Object.entries(errors).filter(([field]) => !(field in current) || JSON.stringify(current[field]) === JSON.stringify(sent[field])),
  );
}

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

import { graphql } from '../gql';

/**
 * The typed-error fields every form reads from a mutation's answer (see formErrorsOf and MutationError): spread
 * `...MutationErrors_error @unmask` in the mutation's result, beside its success type.
 */
export const MutationErrors_error = graphql(`
  fragment MutationErrors_error on Error {
    message
    ... on ValidationError {
      fieldErrors {
        field
        message
      }
    }
    ... on InvalidTransitionError {
      currentStatus
    }
  }
`);

/**
 * Every mutation answers with a union of its success type and typed errors (see apps/api/src/modules/errors). These
 * helpers turn the error half into what a form shows: a message per input field, and one for the whole form.
 */
export type MutationError =
  | { __typename: 'ValidationError'; message: string; fieldErrors: ReadonlyArray<{ field: string; message: string }> }
  | { __typename: 'InvalidTransitionError'; message: string; currentStatus?: string | null }
  /** proposeMatch: the candidate already has an open proposal for the job (someone proposed them meanwhile). */
  | { __typename: 'DuplicateProposalError'; message: string }
  | { __typename: 'NotFoundError' | 'NotAllowedError' | 'InvalidCredentialsError'; message: string };

export type FormErrors = {
  /** Per input field, keyed by its path in the input ("reason", "slots.0.startsAt"). */
  fields: Record<string, string>;
  /** For the form as a whole (not tied to one field), or null. */
  form: string | null;
  /** Someone else changed the thing first: the page should say so and refresh its data. */
  isStale: boolean;
};

export const NO_FORM_ERRORS: FormErrors = { fields: {}, form: null, isStale: false };

export function formErrorsOf(error: MutationError): FormErrors {
  if (error.__typename === 'ValidationError') {
    const fields: Record<string, string> = {};
    for (const { field, message } of error.fieldErrors) fields[field] ??= message;
    return { fields, form: error.fieldErrors.length === 0 ? error.message : null, isStale: false };
  }
  if (error.__typename === 'InvalidTransitionError' || error.__typename === 'DuplicateProposalError') {
    return { fields: {}, form: `${error.message} The page now shows the latest state.`, isStale: true };
  }
  return { fields: {}, form: error.message, isStale: false };
}

/** A network or server failure (no typed answer): the form keeps its input and says what happened. */
export function formErrorsOfFailure(error: unknown): FormErrors {
  const message = error instanceof Error ? error.message : String(error);
  return { fields: {}, form: `That did not go through: ${message} Nothing was lost; try again.`, isStale: false };
}

/**
 * The errors a form shows for a mutation's typed error: each field's message beside its field, and anything about
 * a field the form does not have (or about no field) for the whole form.
 */
export function formErrorsForFields(error: MutationError, formFields: readonly string[]): FormErrors {
  const errors = formErrorsOf(error);
  const fields: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const [field, text] of Object.entries(errors.fields)) {
    if (formFields.includes(field)) fields[field] = text;
    else elsewhere.push(text);
  }
  const form = [errors.form, ...elsewhere].filter(Boolean).join(' ') || null;
  return { ...errors, fields, form };
}

/**
 * What a form shows for a mutation's answer: nothing (null) when it is the success, otherwise the typed error's
 * messages for `formFields` and the form. A stale answer (someone changed the thing first) also goes to `onStale`, so
 * the page says so and reloads. No answer at all is a failure.
 */
export function formErrorsOfAnswer<S extends string>(
  answer: { __typename: S } | MutationError | null | undefined,
  successTypename: NoInfer<S>,
  { formFields, onStale }: { formFields: readonly string[]; onStale: (message: string) => void },
): FormErrors | null {
  if (!answer) throw new Error('No answer from the server.');
  if (answer.__typename === successTypename) return null;
  const error = answer as MutationError;
  if (error.__typename === 'InvalidTransitionError' || error.__typename === 'DuplicateProposalError') onStale(error.message);
  return formErrorsForFields(error, formFields);
}

import { formErrorsOf, formErrorsOfFailure, type FormErrors, type MutationError } from '../../ui/mutation-errors';

type Result = { __typename: string };

/**
 * Sends one action (its mutation selects its typed errors with `...MutationErrors_error @unmask`) and says what the
 * form should show: null when it succeeded (after `onSuccess`), else the errors by field. When someone else changed
 * the proposal first, the form says so and `onStale` reloads the page.
 */
export async function runAction(
  send: () => Promise<Result | null | undefined>,
  { successTypename, onSuccess, onStale }: { successTypename: string; onSuccess: () => void; onStale: () => void },
): Promise<FormErrors | null> {
  try {
    const result = await send();
    if (!result) return { fields: {}, form: 'No answer came back. Nothing was lost; try again.', isStale: false };
    if (result.__typename === successTypename) {
      onSuccess();
      return null;
    }
    const error = result as MutationError;
    const errors = formErrorsOf(error);
    if (!errors.isStale) return errors;
    onStale();
    return { ...errors, form: `This proposal changed since you opened it: ${error.message} The page now shows the latest state.` };
  } catch (error) {
    return formErrorsOfFailure(error);
  }
}

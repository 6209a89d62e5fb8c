import {
  validateReasonedAction,
  type ReasonedActionKind,
  type ReasonFor,
  type ValidReasonedAction,
} from '@shortlist/domain/interviews';
import { useRef, useState } from 'react';
import { formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors } from '../../ui/mutation-errors';

/** The candidate's reasoned actions: each needs a reason and a message to the other side. */
export type CandidateActionKind = Exclude<ReasonedActionKind, 'reject'>;

/** The fields of a reasoned form, in the order they appear (a typed error about any other field is for the whole form). */
export const REASONED_FORM_FIELDS = ['reason', 'reasonText', 'message'] as const;
type Field = (typeof REASONED_FORM_FIELDS)[number];

export type ReasonedForm<K extends CandidateActionKind> = ReturnType<typeof useReasonedForm<K>>;

/**
 * The state of a form that sends a reason and a message: the reason picked, "tell us more", and the message,
 * which follows the polite default for the reason until the person edits it (then it is theirs and stays).
 * Everything typed survives an error; nothing is cleared until the form is gone.
 */
export function useReasonedForm<K extends CandidateActionKind>({
  kind,
  composeDefault,
}: {
  kind: K;
  /** The polite default for a reason (null: none picked yet). */
  composeDefault: (reason: ReasonFor<K> | null) => string;
}) {
  const [reason, setReasonState] = useState<ReasonFor<K> | ''>('');
  const [reasonText, setReasonTextState] = useState('');
  // null: the message is the default for the reason; a string: what the person wrote.
  const [draft, setDraft] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [isSending, setIsSending] = useState(false);
  const refs = {
    reason: useRef<HTMLSelectElement>(null),
    reasonText: useRef<HTMLInputElement>(null),
    message: useRef<HTMLTextAreaElement>(null),
  };
  const message = draft ?? composeDefault(reason === '' ? null : reason);

  function clearFieldError(field: Field) {
    setErrors((current) => {
      if (!(field in current.fields)) return current;
      const { [field]: _cleared, ...fields } = current.fields;
      return { ...current, fields };
    });
  }

  function focusFirstError(fields: Record<string, string>) {
    const first = REASONED_FORM_FIELDS.find((field) => field in fields);
    if (first) refs[first].current?.focus();
  }

  /**
   * Checks the form, then sends it. `send` answers null when it went through, or the errors to show. Resolves to
   * whether it went through.
   */
  async function submit(send: (value: ValidReasonedAction<K>) => Promise<FormErrors | null>): Promise<boolean> {
    if (isSending) return false;
    const checked = validateReasonedAction(kind, { reason, reasonText, message });
    if (!checked.ok) {
      const fields: Record<string, string> = {};
      for (const { field, message: text } of checked.fieldErrors) fields[field] ??= text;
      setErrors({ fields, form: null, isStale: false });
      focusFirstError(fields);
      return false;
    }
    setErrors(NO_FORM_ERRORS);
    setIsSending(true);
    try {
      const failure = await send(checked.value);
      if (failure) {
        setErrors(failure);
        focusFirstError(failure.fields);
      }
      return failure === null;
    } catch (error) {
      setErrors(formErrorsOfFailure(error));
      return false;
    } finally {
      setIsSending(false);
    }
  }

  return {
    reason,
    setReason(next: ReasonFor<K> | '') {
      setReasonState(next);
      clearFieldError('reason');
      if (next !== 'OTHER') clearFieldError('reasonText');
    },
    reasonText,
    setReasonText(next: string) {
      setReasonTextState(next);
      clearFieldError('reasonText');
    },
    message,
    setMessage(next: string) {
      setDraft(next);
      clearFieldError('message');
    },
    isMessageEdited: draft !== null,
    restoreSuggestedMessage() {
      setDraft(null);
      clearFieldError('message');
    },
    errors,
    setErrors,
    isSending,
    refs,
    submit,
  };
}

import type { ReasonFor } from '@shortlist/domain/interviews';
import { useId } from 'react';
import './reason-fields.css';
import type { CandidateActionKind, ReasonedForm } from './use-reasoned-form';

type ReasonFieldsProps<K extends CandidateActionKind> = {
  form: ReasonedForm<K>;
  reasons: ReadonlyArray<ReasonFor<K>>;
  labels: Readonly<Record<ReasonFor<K>, string>>;
  /** "Your message to the recruiter". */
  messageLabel: string;
  /** Focus the reason picker when the form appears on demand. */
  autoFocus?: boolean;
};

/** The reason picker, "Tell us more" for "Something else", and the editable polite message, with their errors. */
export function ReasonFields<K extends CandidateActionKind>({ form, reasons, labels, messageLabel, autoFocus = false }: ReasonFieldsProps<K>) {
  const id = useId();
  const { fields } = form.errors;
  const isOther = form.reason === 'OTHER';

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason</label>
        <select
          ref={form.refs.reason}
          id={`${id}-reason`}
          autoFocus={autoFocus}
          value={form.reason}
          onChange={(event) => form.setReason(event.target.value as ReasonFor<K> | '')}
          aria-invalid={fields.reason ? true : undefined}
          aria-describedby={fields.reason ? `${id}-reason-error` : undefined}
        >
          <option value="">Choose a reason</option>
          {reasons.map((reason) => (
            <option key={reason} value={reason}>
              {labels[reason]}
            </option>
          ))}
        </select>
        {fields.reason && (
          <p className="field__error" id={`${id}-reason-error`}>
            {fields.reason}
          </p>
        )}
      </div>

      {(isOther || fields.reasonText) && (
        <div className="field">
          <label htmlFor={`${id}-reason-text`}>Tell us more</label>
          <input
            ref={form.refs.reasonText}
            id={`${id}-reason-text`}
            type="text"
            maxLength={500}
            value={form.reasonText}
            onChange={(event) => form.setReasonText(event.target.value)}
            aria-invalid={fields.reasonText ? true : undefined}
            aria-describedby={`${id}-reason-text-${fields.reasonText ? 'error' : 'hint'}`}
          />
          {fields.reasonText ? (
            <p className="field__error" id={`${id}-reason-text-error`}>
              {fields.reasonText}
            </p>
          ) : (
            <p className="field__hint" id={`${id}-reason-text-hint`}>
              A few words on why: they are shown with the reason.
            </p>
          )}
        </div>
      )}

      <div className="field">
        <label htmlFor={`${id}-message`}>{messageLabel}</label>
        <textarea
          ref={form.refs.message}
          id={`${id}-message`}
          rows={9}
          value={form.message}
          onChange={(event) => form.setMessage(event.target.value)}
          aria-invalid={fields.message ? true : undefined}
          aria-describedby={`${id}-message-${fields.message ? 'error' : 'hint'}`}
        />
        {fields.message ? (
          <p className="field__error" id={`${id}-message-error`}>
            {fields.message}
          </p>
        ) : (
          <p className="field__hint" id={`${id}-message-hint`}>
            {form.isMessageEdited
              ? 'Your own words: changing the reason keeps them.'
              : 'A polite message to start from: it follows the reason until you change it.'}
          </p>
        )}
        {form.isMessageEdited && (
          <p>
            <button type="button" className="button button--quiet button--small" onClick={form.restoreSuggestedMessage}>
              Use the suggested message instead
            </button>
          </p>
        )}
      </div>
    </>
  );
}

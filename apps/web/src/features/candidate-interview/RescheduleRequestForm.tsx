import { useMutation } from '@apollo/client/react';
import { MESSAGE_MAX_LENGTH, REASON_TEXT_MAX_LENGTH, REASON_TEXT_MIN_LENGTH } from '@shortlist/domain/interviews';
import { useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { formErrorsOfAnswer, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors } from '../../ui/mutation-errors';
import { composeRescheduleRequest } from './compose-reschedule-request';

export const RescheduleRequestForm_Mutation = graphql(`
  mutation RescheduleRequestForm_Mutation($input: RequestRescheduleInput!) {
    requestReschedule(input: $input) {
      __typename
      ... on RequestRescheduleSuccess {
        interview {
          id
          status
          version
          rescheduleRequest {
            by
            reason
          }
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

type RescheduleRequestFormProps = {
  interviewId: string;
  candidateName: string;
  recruiterName: string;
  jobTitle: string;
  companyName: string;
  onRequested: () => void;
  onStale: (message: string) => void;
  onCancel: () => void;
};

const length = (text: string) => Array.from(text.trim()).length;

/** "Ask to reschedule": why a new time is needed, and a note for the recruiter (prefilled, editable). */
export function RescheduleRequestForm({
  interviewId,
  candidateName,
  recruiterName,
  jobTitle,
  companyName,
  onRequested,
  onStale,
  onCancel,
}: RescheduleRequestFormProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState(() => composeRescheduleRequest({ candidateName, recruiterName, jobTitle, companyName }));
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [requestReschedule, { loading: isSending }] = useMutation(RescheduleRequestForm_Mutation);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);

  function check(): Record<string, string> {
    const fields: Record<string, string> = {};
    if (length(reason) < REASON_TEXT_MIN_LENGTH) fields.reason = 'Say in a few words why you need a new time.';
    else if (length(reason) > REASON_TEXT_MAX_LENGTH) fields.reason = `Keep the reason to ${REASON_TEXT_MAX_LENGTH} characters or fewer.`;
    if (length(message) > MESSAGE_MAX_LENGTH) fields.message = 'Keep the message to 2,000 characters or fewer.';
    return fields;
  }

  function show(next: FormErrors) {
    setErrors(next);
    if (next.fields.reason) reasonRef.current?.focus();
    else if (next.fields.message) messageRef.current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending) return;
    const fields = check();
    if (Object.keys(fields).length > 0) return show({ fields, form: null, isStale: false });
    setErrors(NO_FORM_ERRORS);
    try {
      const note = message.trim();
      const { data } = await requestReschedule({ variables: { input: { interviewId, reason: reason.trim(), message: note || null } } });
      const failure = formErrorsOfAnswer(data?.requestReschedule, 'RequestRescheduleSuccess', { formFields: ['reason', 'message'], onStale });
      if (failure) show(failure);
      else onRequested();
    } catch (error) {
      show(formErrorsOfFailure(error));
    }
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-busy={isSending}>
      <FormErrorNotice message={errors.isStale ? null : errors.form} />
      <div className="field">
        <label htmlFor={`${id}-reason`}>Why do you need a new time?</label>
        <textarea
          ref={reasonRef}
          id={`${id}-reason`}
          rows={2}
          autoFocus
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={errors.fields.reason ? true : undefined}
          aria-describedby={`${id}-reason-${errors.fields.reason ? 'error' : 'hint'}`}
        />
        {errors.fields.reason ? (
          <p className="field__error" id={`${id}-reason-error`}>
            {errors.fields.reason}
          </p>
        ) : (
          <p className="field__hint" id={`${id}-reason-hint`}>
            A few words, e.g. “A clash with a family appointment”.
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-message`}>Note for the recruiter</label>
        <textarea
          ref={messageRef}
          id={`${id}-message`}
          rows={7}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          aria-invalid={errors.fields.message ? true : undefined}
          aria-describedby={errors.fields.message ? `${id}-message-error` : undefined}
        />
        {errors.fields.message && (
          <p className="field__error" id={`${id}-message-error`}>
            {errors.fields.message}
          </p>
        )}
      </div>
      <div className="form__actions">
        {/* aria-disabled, not disabled, while sending: a disabled button loses focus; the handlers ignore repeats. */}
        <button type="submit" className="button" aria-disabled={isSending || undefined}>
          Send the request
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            if (!isSending) onCancel();
          }}
          aria-disabled={isSending || undefined}
        >
          Keep this time
        </button>
        <span role="status" className="form__status">
          {isSending ? 'Sending…' : ''}
        </span>
      </div>
    </form>
  );
}

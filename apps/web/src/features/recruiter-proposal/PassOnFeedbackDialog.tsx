import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { Field } from '../../ui/Field';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { ModalDialog } from '../../ui/ModalDialog';
import { formErrorsOfAnswer, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors } from '../../ui/mutation-errors';

export const InterviewReflectionPanel_PassOn = graphql(`
  mutation InterviewReflectionPanel_PassOn($input: PassOnClientFeedbackInput!) {
    passOnClientFeedback(input: $input) {
      __typename
      ... on PassOnClientFeedbackSuccess {
        interview {
          id
          clientFeedback {
            text
            passedOnAt
          }
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/** The client's feedback on an interview, passed on to the candidate in words they will read. */
export function PassOnFeedbackDialog({ interviewId, candidateFirstName, initial, onClose }: { interviewId: string; candidateFirstName: string; initial: string; onClose: () => void }) {
  const titleId = useId();
  const [feedback, setFeedback] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [passOn, { loading }] = useMutation(InterviewReflectionPanel_PassOn);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const result = await passOn({ variables: { input: { interviewId, feedback } } });
      const problems = formErrorsOfAnswer(result.data?.passOnClientFeedback, 'PassOnClientFeedbackSuccess', { formFields: ['feedback'], onStale: () => {} });
      if (problems) {
        setErrors(problems);
        return;
      }
      onClose();
    } catch (failure) {
      setErrors(formErrorsOfFailure(failure));
    }
  }

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose}>
      <form onSubmit={submit} noValidate className="form">
        <h2 id={titleId}>Pass on the client's feedback</h2>
        <p>{candidateFirstName} reads it on the proposal and is told in the app and by e-mail. Write it as they will read it.</p>
        <FormErrorNotice message={errors.form} />
        <Field label="The client's feedback" error={errors.fields.feedback} hint="At least 10 characters.">
          {(control) => <textarea {...control} rows={6} value={feedback} onChange={(e) => setFeedback(e.target.value)} autoFocus />}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? 'Sending…' : `Send to ${candidateFirstName}`}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

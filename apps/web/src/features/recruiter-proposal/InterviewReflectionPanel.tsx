import type { FragmentType } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useFragment } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { Field } from '../../ui/Field';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { formatDateTime } from '../../ui/format-date-time';
import { ModalDialog } from '../../ui/ModalDialog';
import { formErrorsOfAnswer, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors } from '../../ui/mutation-errors';
import './interview-reflection-panel.css';

export const InterviewReflectionPanel_interview = graphql(`
  fragment InterviewReflectionPanel_interview on Interview {
    id
    status
    endsAt
    completedAt
    reflection {
      id
      feeling
      learned
      questionsAsked
      wantsFeedback
      sharedAt
    }
    clientFeedback {
      text
      passedOnAt
    }
  }
`);

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

const FEELING_WORDS = { GREAT: 'Great', GOOD: 'Good', MIXED: 'Mixed', POOR: 'Not great' } as const;

/**
 * Under an interview on the recruiter's proposal page: the candidate's reflection once they shared it (never their
 * contacts), the client's feedback as passed on, and "Pass on the client's feedback" once the interview took place.
 */
export function InterviewReflectionPanel({
  interview,
  candidateFirstName,
  timeZone,
  now,
}: {
  interview: FragmentType<typeof InterviewReflectionPanel_interview>;
  candidateFirstName: string;
  timeZone: string;
  now: Date;
}) {
  const { data, complete } = useFragment({ fragment: InterviewReflectionPanel_interview, fragmentName: 'InterviewReflectionPanel_interview', from: interview });
  const [isOpen, setIsOpen] = useState(false);
  const headingId = useId();
  if (!complete) return null;
  const tookPlace = data.status !== 'CANCELLED' && data.status !== 'NEEDS_RESCHEDULING' && (data.status === 'COMPLETED' || new Date(data.endsAt).getTime() <= now.getTime());
  if (!tookPlace && !data.reflection && !data.clientFeedback) return null;
  const { reflection } = data;
  return (
    <section className="interview-reflection" aria-labelledby={headingId}>
      <h4 id={headingId}>After the interview</h4>
      {reflection ? (
        <div className="interview-reflection__shared">
          <p>
            <strong>{candidateFirstName}'s reflection</strong>, shared with you{reflection.sharedAt ? ` on ${formatDateTime(reflection.sharedAt, timeZone)}` : ''}.
            How it went: <strong>{FEELING_WORDS[reflection.feeling]}</strong>.
            {reflection.wantsFeedback && <> {candidateFirstName} would like feedback from the client.</>}
          </p>
          {reflection.learned && (
            <>
              <p className="interview-reflection__label">What they learned</p>
              <blockquote className="quoted-message">{reflection.learned}</blockquote>
            </>
          )}
          {reflection.questionsAsked && (
            <>
              <p className="interview-reflection__label">Questions they were asked</p>
              <blockquote className="quoted-message">{reflection.questionsAsked}</blockquote>
            </>
          )}
        </div>
      ) : (
        tookPlace && <p className="interview-reflection__none">{candidateFirstName} has not shared a reflection on this interview.</p>
      )}
      {data.clientFeedback && (
        <div>
          <p className="interview-reflection__label">The client's feedback, passed on {formatDateTime(data.clientFeedback.passedOnAt, timeZone)}</p>
          <blockquote className="quoted-message">{data.clientFeedback.text}</blockquote>
        </div>
      )}
      {tookPlace && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setIsOpen(true)}>
            {data.clientFeedback ? "Update the client's feedback" : "Pass on the client's feedback"}
          </button>
        </p>
      )}
      {isOpen && <PassOnFeedbackDialog interviewId={data.id} candidateFirstName={candidateFirstName} initial={data.clientFeedback?.text ?? ''} onClose={() => setIsOpen(false)} />}
    </section>
  );
}

function PassOnFeedbackDialog({ interviewId, candidateFirstName, initial, onClose }: { interviewId: string; candidateFirstName: string; initial: string; onClose: () => void }) {
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

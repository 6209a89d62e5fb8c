import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { NO_SHOW_NOTE_MAX_LENGTH, validateNoShowNote } from '@shortlist/domain/interviews';
import { useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { formatDateTime } from '../../ui/format-date-time';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { formErrorsOfAnswer, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors } from '../../ui/mutation-errors';

export const NoShowRecord_interview = graphql(`
  fragment NoShowRecord_interview on Interview {
    id
    status
    noShowParty
    noShowNote
    noShowContest {
      at
      note
    }
    proposal {
      id
      recruiterName
    }
  }
`);

export const NoShowRecord_Contest = graphql(`
  mutation NoShowRecord_Contest($input: ContestNoShowInput!) {
    contestNoShow(input: $input) {
      __typename
      ... on ContestNoShowSuccess {
        interview {
          id
          version
          noShowContest {
            at
            note
          }
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/**
 * A no-show, as the candidate reads it: who was held absent and what the recorder saw. Held absent themselves,
 * the candidate can give their account once: it stays beside the no-show, which their record shows as contested.
 */
export function NoShowRecord({
  interview,
  timeZone,
  onStale,
}: {
  interview: FragmentType<typeof NoShowRecord_interview>;
  timeZone: string;
  onStale: (message: string) => void;
}) {
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: NoShowRecord_interview, fragmentName: 'NoShowRecord_interview', from: interview });
  const [isContesting, setIsContesting] = useState(false);
  if (!complete || data.status !== 'NO_SHOW' || !data.noShowParty) return null;
  const recruiterName = data.proposal.recruiterName;
  const isYours = data.noShowParty === 'CANDIDATE';

  return (
    <section aria-labelledby={headingId} className="candidate-interview__section no-show-record">
      <h2 id={headingId}>{isYours ? 'Recorded as a no-show' : 'The interviewer did not come'}</h2>
      {isYours ? (
        <p>It was recorded that you did not come to this interview.{data.noShowNote ? ' What the recorder wrote:' : ''}</p>
      ) : (
        <p>
          It was recorded that {data.noShowParty === 'CLIENT' ? 'the client' : 'the recruiter'} did not come. This is on the agency's record, not yours;
          we are sorry for the wasted time.
        </p>
      )}
      {data.noShowNote && <blockquote className="quoted-message">{data.noShowNote}</blockquote>}
      {isYours && data.noShowContest && (
        <div className="no-show-record__contest">
          <p>
            <span className="status status--contested">Contested</span> You gave your account on {formatDateTime(data.noShowContest.at, timeZone)}; it
            stands beside the no-show on your record, and {recruiterName} has read it:
          </p>
          <blockquote className="quoted-message">{data.noShowContest.note}</blockquote>
        </div>
      )}
      {isYours && !data.noShowContest && !isContesting && (
        <>
          <p className="candidate-interview__hint">
            Not what happened? You can give your side once. The no-show stays on your record, marked contested with your account, and{' '}
            {recruiterName} is told.
          </p>
          <p>
            <button type="button" className="button button--secondary" onClick={() => setIsContesting(true)}>
              Contest this no-show
            </button>
          </p>
        </>
      )}
      {isYours && !data.noShowContest && isContesting && (
        <ContestForm interviewId={data.id} recruiterName={recruiterName} onStale={onStale} onClose={() => setIsContesting(false)} />
      )}
    </section>
  );
}

function ContestForm({
  interviewId,
  recruiterName,
  onStale,
  onClose,
}: {
  interviewId: string;
  recruiterName: string;
  onStale: (message: string) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [contest, { loading: isSending }] = useMutation(NoShowRecord_Contest);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  function show(next: FormErrors) {
    setErrors(next);
    if (next.fields.note) noteRef.current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending) return;
    const checked = validateNoShowNote(note, 'contest');
    if (!checked.ok) return show({ fields: { note: checked.fieldErrors[0]?.message ?? 'Say what happened.' }, form: null, isStale: false });
    setErrors(NO_FORM_ERRORS);
    try {
      const { data } = await contest({ variables: { input: { interviewId, note: checked.value } } });
      const failure = formErrorsOfAnswer(data?.contestNoShow, 'ContestNoShowSuccess', { formFields: ['note'], onStale });
      if (failure) show(failure);
      // On success the interview in the cache now carries the contest, and the record shows it in place of this form.
    } catch (error) {
      show(formErrorsOfFailure(error));
    }
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-busy={isSending}>
      <FormErrorNotice message={errors.isStale ? null : errors.form} />
      <div className="field">
        <label htmlFor={`${id}-note`}>What happened</label>
        <textarea
          ref={noteRef}
          id={`${id}-note`}
          rows={4}
          autoFocus
          maxLength={NO_SHOW_NOTE_MAX_LENGTH}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={errors.fields.note ? true : undefined}
          aria-describedby={`${id}-note-${errors.fields.note ? 'error' : 'hint'}`}
        />
        {errors.fields.note ? (
          <p className="field__error" id={`${id}-note-error`}>
            {errors.fields.note}
          </p>
        ) : (
          <p className="field__hint" id={`${id}-note-hint`}>
            E.g. “I was in the call from 10:00; the link opened an empty room.” {recruiterName} reads it. You can send it once.
          </p>
        )}
      </div>
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={isSending || undefined}>
          Send my account
        </button>
        <button type="button" className="button button--secondary" onClick={() => !isSending && onClose()} aria-disabled={isSending || undefined}>
          Not now
        </button>
        <span role="status" className="form__status">
          {isSending ? 'Sending…' : ''}
        </span>
      </div>
    </form>
  );
}

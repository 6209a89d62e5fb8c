import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { formErrorsForFields, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors } from '../../ui/mutation-errors';
import { describeMeetingTime } from '../../words/describe-meeting-time';
import { interviewFormatInCandidateWords } from '../../words/interview-format-in-words';

export const AcceptProposalForm_proposal = graphql(`
  fragment AcceptProposalForm_proposal on Proposal {
    id
    recruiterName
    job {
      id
      clientCompany {
        name
      }
    }
    slots {
      id
      startsAt
      endsAt
      timeZone
      format
      location
      isTaken
    }
  }
`);

export const AcceptProposalForm_Mutation = graphql(`
  mutation AcceptProposalForm_Mutation($input: AcceptProposalInput!) {
    acceptProposal(input: $input) {
      __typename
      ... on AcceptProposalSuccess {
        proposal {
          id
          status
          version
          slots {
            id
            isTaken
          }
          interviews {
            id
            status
            startsAt
            endsAt
            timeZone
          }
          ...ProposalOutcome_proposal
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

type AcceptProposalFormProps = {
  proposal: FragmentType<typeof AcceptProposalForm_proposal>;
  timeZone: string;
  /** Accepted: the interview booked at the picked time. */
  onAccepted: (interviewId: string | null) => void;
  onStale: (message: string) => void;
  /** A time was taken meanwhile: reload the slots. */
  onSlotsChanged: () => void;
};

/** Saying yes: one radio per free interview time, in the candidate's zone, and "Accept and book this time". */
export function AcceptProposalForm({ proposal, timeZone, onAccepted, onStale, onSlotsChanged }: AcceptProposalFormProps) {
  const id = useId();
  const [slotId, setSlotId] = useState('');
  // GDPR art. 6/7: unticked until the candidate chooses; accepting does not share the profile by itself.
  const [isSharing, setIsSharing] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [accept, { loading: isSending }] = useMutation(AcceptProposalForm_Mutation);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const { data, complete } = useFragment({ fragment: AcceptProposalForm_proposal, fragmentName: 'AcceptProposalForm_proposal', from: proposal });
  if (!complete) return null;
  const { id: proposalId, slots } = data;
  const freeSlots = slots.filter((slot) => !slot.isTaken);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending) return;
    if (!freeSlots.some((slot) => slot.id === slotId)) {
      setErrors({ fields: { slotId: 'Pick one of the times.' }, form: null, isStale: false });
      fieldsetRef.current?.querySelector('input')?.focus();
      return;
    }
    setErrors(NO_FORM_ERRORS);
    try {
      const { data: answer } = await accept({ variables: { input: { proposalId, slotId, shareProfileWithClient: isSharing } } });
      const result = answer?.acceptProposal;
      if (!result) throw new Error('No answer from the server.');
      if (result.__typename === 'AcceptProposalSuccess') {
        const picked = slots.find((slot) => slot.id === slotId);
        const interviews = result.proposal.interviews;
        const booked = interviews.find((interview) => interview.startsAt === picked?.startsAt) ?? interviews.at(-1);
        onAccepted(booked?.id ?? null);
        return;
      }
      if (result.__typename === 'InvalidTransitionError') onStale(result.message);
      const failure = formErrorsForFields(result, ['slotId']);
      if (failure.fields.slotId) onSlotsChanged();
      setErrors(failure);
    } catch (error) {
      setErrors(formErrorsOfFailure(error));
    }
  }

  if (freeSlots.length === 0) {
    return (
      <p className="notice">
        None of the offered times is free any more. {data.recruiterName} can offer new ones; you can still decline below.
      </p>
    );
  }

  const slotError = errors.fields.slotId;
  const clientName = data.job.clientCompany.name;
  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-busy={isSending}>
      <FormErrorNotice message={errors.isStale ? null : errors.form} />
      <fieldset
        ref={fieldsetRef}
        className="slot-picker"
        aria-describedby={slotError ? `${id}-error` : undefined}
      >
        <legend>Pick an interview time</legend>
        {freeSlots.map((slot) => {
          const time = describeMeetingTime(slot, timeZone);
          return (
            <label key={slot.id} className="slot-picker__option">
              <input
                type="radio"
                name={`${id}-slot`}
                value={slot.id}
                checked={slotId === slot.id}
                onChange={() => {
                  setSlotId(slot.id);
                  setErrors(NO_FORM_ERRORS);
                }}
              />
              <span className="slot-picker__text">
                <span className="slot-picker__time">
                  {time.inYourZone}
                  {time.inItsZone && ` — ${time.inItsZone}`}
                </span>
                <span className="slot-picker__meta">
                  {time.duration} · {interviewFormatInCandidateWords[slot.format]}
                  {slot.location && ` · ${slot.location}`}
                </span>
              </span>
            </label>
          );
        })}
        {slotError && (
          <p className="field__error" id={`${id}-error`}>
            {slotError}
          </p>
        )}
      </fieldset>
      <div className="field field--checkbox">
        <label>
          <input type="checkbox" checked={isSharing} onChange={(event) => setIsSharing(event.target.checked)} aria-describedby={`${id}-sharing`} />{' '}
          Share my profile with {clientName}
        </label>
        <p className="field__hint" id={`${id}-sharing`}>
          {clientName} will see your name, e-mail address, headline, summary, city and country, experience, skills and job preferences (including
          the salary you ask for) in their own systems; never your phone number. Without this, only the agency sees them. You can withdraw it at
          any time on this page.
        </p>
      </div>
      <div className="form__actions">
        {/* aria-disabled, not disabled, while sending: a disabled button loses focus; the submit handler ignores repeats. */}
        <button type="submit" className="button" aria-disabled={isSending || undefined}>
          Accept and book this time
        </button>
        <span role="status" className="form__status">
          {isSending ? 'Booking…' : ''}
        </span>
      </div>
    </form>
  );
}

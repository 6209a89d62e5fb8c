import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { dayInZone, firstRespondByDay, lastRespondByDay, RESPOND_BY_HOUR, respondByAt as respondByEndOf } from '@shortlist/domain/interviews';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { ProposeDialog_MatchFragment } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format-date-time';
import { ModalDialog } from '../../ui/ModalDialog';
import { formErrorsOf, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors } from '../../ui/mutation-errors';
import { firstNameOf } from '../../words/first-name-of';
import { localTimeToUtc } from '../interviews/convert-local-time';
import {
  InterviewTimeFields,
  interviewTimeErrorsOf,
  newInterviewTimeDraft,
  toInterviewTimeInput,
  type InterviewTimeDraft,
} from '../interviews/InterviewTimeFields';
import { composeProposalMessage } from './compose-proposal-message';
import { useSessionDraft } from '../../ui/use-session-draft';

export const ProposeDialog_job = graphql(`
  fragment ProposeDialog_job on Job {
    id
    title
    clientCompany {
      name
    }
  }
`);

export const ProposeDialog_viewer = graphql(`
  fragment ProposeDialog_viewer on User {
    id
    name
    timeZone
  }
`);

// Spread with @unmask by the page, like SuggestionsTable_match: a Match has no id for useFragment to read it by.
export const ProposeDialog_match = graphql(`
  fragment ProposeDialog_match on Match {
    candidate {
      id
      fullName
      timeZone
    }
    explanation {
      # As many as the message names (SKILLS_NAMED), must-haves first; the same selection as SuggestionsTable_match's.
      matchedSkills(first: 3) {
        skill {
          id
          name
        }
      }
    }
  }
`);

export const ProposeDialog_Mutation = graphql(`
  mutation ProposeDialog_Mutation($input: ProposeMatchInput!) {
    proposeMatch(input: $input) {
      __typename
      ... on ProposeMatchSuccess {
        proposal {
          id
          status
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/** Respond-by is a date; the candidate can answer until the end of that day in the recruiter's zone. */
const DEFAULT_RESPOND_DAYS = 7;
const MAX_RESPOND_DAYS = 30;
/** The API's words for a proposal without interview times (field `slots`). */
const NO_SLOTS = 'Offer at least one interview time.';

/** The skills worth naming in the message: the ones fully met, must-haves first (the API's order). */
export function topMatchedSkills(match: ProposeDialog_MatchFragment): string[] {
  return match.explanation.matchedSkills.map((skill) => skill.skill.name);
}

type Props = {
  job: FragmentType<typeof ProposeDialog_job>;
  viewer: FragmentType<typeof ProposeDialog_viewer>;
  match: ProposeDialog_MatchFragment;
  onClose: () => void;
  onProposed: (proposal: { id: string; candidateName: string }) => void;
  /** The API refused the proposal in this state (e.g. someone else proposed them meanwhile): the page reloads. */
  onStale: () => void;
  now?: Date;
};

export function ProposeDialog({ job: jobRef, viewer: viewerRef, match, onClose, onProposed, onStale, now }: Props) {
  const job = useFragment({ fragment: ProposeDialog_job, fragmentName: 'ProposeDialog_job', from: jobRef });
  const viewer = useFragment({ fragment: ProposeDialog_viewer, fragmentName: 'ProposeDialog_viewer', from: viewerRef });
  if (!job.complete || !viewer.complete) return null;
  return (
    <ProposeForm
      job={job.data}
      viewer={viewer.data}
      match={match}
      onClose={onClose}
      onProposed={onProposed}
      onStale={onStale}
      now={now}
    />
  );
}

/** Where the unsent message for one job and candidate waits in sessionStorage. */
export const proposeDraftKey = (jobId: string, candidateId: string) => `shortlist:propose-message:${jobId}:${candidateId}`;

type FormProps = Omit<Props, 'job' | 'viewer'> & {
  job: { id: string; title: string; clientCompany: { name: string } };
  viewer: { name: string; timeZone: string };
};

function ProposeForm({ job, viewer, match, onClose, onProposed, onStale, now }: FormProps) {
  const id = useId();
  const { candidate } = match;
  const timeZone = viewer.timeZone;
  const firstName = firstNameOf(candidate.fullName);
  const [openedAt] = useState(() => now ?? new Date());

  // The message as typed is kept in the tab's session per job and candidate, so a reload does not lose it (B14).
  const draft = useSessionDraft(proposeDraftKey(job.id, candidate.id), () =>
    composeProposalMessage({
      candidateName: candidate.fullName,
      recruiterName: viewer.name,
      jobTitle: job.title,
      companyName: job.clientCompany.name,
      matchedSkills: topMatchedSkills(match),
    }),
  );
  const message = draft.value;
  const setMessage = draft.setValue;
  // The respond-by is a day on the CANDIDATE's calendar, ending at RESPOND_BY_HOUR on their clock (B13).
  const [respondBy, setRespondBy] = useState(() => dayInZone(openedAt, candidate.timeZone, DEFAULT_RESPOND_DAYS));
  const [slots, setSlots] = useState<InterviewTimeDraft[]>([]);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [propose, { loading: isSending }] = useMutation(ProposeDialog_Mutation);
  const formRef = useRef<HTMLFormElement>(null);

  // After an error, start the person at the first field to fix.
  useEffect(() => {
    if (Object.keys(errors.fields).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const respondByAt = respondBy ? (respondByEndOf(respondBy, candidate.timeZone)?.toISOString() ?? null) : null;
  const placed = (field: string) =>
    field === 'message' || field === 'respondBy' || field === 'slots' || /^slots\.\d+\./.test(field);
  const otherErrors = Object.entries(errors.fields).filter(([field]) => !placed(field));

  function updateSlot(index: number, draft: InterviewTimeDraft) {
    setSlots((current) => current.map((slot, at) => (at === index ? draft : slot)));
  }

  function removeSlot(index: number) {
    setSlots((current) => current.filter((_, at) => at !== index));
    // Slot errors are by position: after a removal they would point at the wrong time.
    setErrors((current) => ({
      ...current,
      fields: Object.fromEntries(Object.entries(current.fields).filter(([field]) => !field.startsWith('slots'))),
    }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending) return;
    // Caught here in the API's words, so the person is taken to the interview times without a round trip.
    const missingStarts: Record<string, string> =
      slots.length === 0
        ? { slots: NO_SLOTS }
        : Object.fromEntries(
            slots.flatMap((slot, index) =>
              localTimeToUtc(slot.start, timeZone) ? [] : [[`slots.${index}.startsAt`, 'Choose a date and start time.']],
            ),
          );
    if (Object.keys(missingStarts).length > 0) {
      setErrors({ fields: missingStarts, form: null, isStale: false });
      return;
    }
    setErrors(NO_FORM_ERRORS);
    try {
      const { data } = await propose({
        variables: {
          input: {
            jobId: job.id,
            candidateId: candidate.id,
            message,
            respondBy: respondByAt,
            slots: slots.flatMap((slot) => toInterviewTimeInput(slot, timeZone) ?? []),
          },
        },
      });
      const result = data?.proposeMatch;
      if (!result) return;
      if (result.__typename === 'ProposeMatchSuccess') {
        draft.clear();
        onProposed({ id: result.proposal.id, candidateName: candidate.fullName });
        return;
      }
      // A refusal (e.g. the job is no longer open, or someone proposed them meanwhile) reads as the API words it;
      // the page reloads to show why.
      const next = formErrorsOf(result);
      setErrors(next);
      if (next.isStale) onStale();
    } catch (error) {
      setErrors(formErrorsOfFailure(error));
    }
  }

  const headingId = `${id}-heading`;
  const fieldError = (field: string) => errors.fields[field];
  const messageError = fieldError('message');
  const respondByError = fieldError('respondBy');
  const slotsError = fieldError('slots');

  return (
    <ModalDialog labelledBy={headingId} onClose={onClose} className="propose-dialog">
      <form ref={formRef} className="dialog__form" noValidate onSubmit={handleSubmit} aria-busy={isSending}>
        <h2 id={headingId}>
          Propose {candidate.fullName} for {job.title}
        </h2>
        <p className="dialog__lede">
          {firstName} reads this message, picks one of the interview times, and answers by the respond-by date.
        </p>

        {(errors.form || otherErrors.length > 0) && (
          <div role="alert" className="notice notice--error">
            {errors.form && (
              <p>
                <strong>{errors.form}</strong>
              </p>
            )}
            {otherErrors.map(([field, text]) => (
              <p key={field}>{text}</p>
            ))}
          </div>
        )}

        <div className="field">
          <label htmlFor={`${id}-message`}>Message to the candidate</label>
          <textarea
            id={`${id}-message`}
            value={message}
            rows={9}
            onChange={(event) => setMessage(event.target.value)}
            aria-invalid={messageError ? true : undefined}
            aria-describedby={messageError ? `${id}-message-error` : `${id}-message-hint`}
          />
          {messageError ? (
            <p className="field__error" id={`${id}-message-error`}>
              {messageError}
            </p>
          ) : (
            <p className="field__hint" id={`${id}-message-hint`}>
              {draft.isRestored && draft.isEdited
                ? 'Your unsent message from earlier, kept in this tab.'
                : 'Written for you from the match; change anything you like.'}
            </p>
          )}
          {draft.isEdited && (
            <button type="button" className="button button--quiet" onClick={draft.discard}>
              Discard my changes to the message
            </button>
          )}
        </div>

        <div className="field">
          <label htmlFor={`${id}-respond-by`}>Respond by</label>
          <input
            id={`${id}-respond-by`}
            type="date"
            value={respondBy}
            min={firstRespondByDay(openedAt, candidate.timeZone)}
            max={lastRespondByDay(openedAt, candidate.timeZone, MAX_RESPOND_DAYS)}
            onChange={(event) => setRespondBy(event.target.value)}
            aria-invalid={respondByError ? true : undefined}
            aria-describedby={[`${id}-respond-by-hint`, respondByError ? `${id}-respond-by-error` : ''].join(' ').trim()}
          />
          <p className="field__hint" id={`${id}-respond-by-hint`}>
            {respondByAt
              ? `${firstName} answers by the end of their working day (${RESPOND_BY_HOUR}:00 their time): ${formatDateTime(respondByAt, candidate.timeZone)}${
                  candidate.timeZone === timeZone ? '' : `; for you, ${formatDateTime(respondByAt, timeZone)}`
                }.`
              : `Leave empty for ${DEFAULT_RESPOND_DAYS} days from now.`}
          </p>
          {respondByError && (
            <p className="field__error" id={`${id}-respond-by-error`}>
              {respondByError}
            </p>
          )}
        </div>

        {/* Focusable so that "Offer at least one interview time" takes the person here, and is read with the group. */}
        <fieldset
          className="propose-dialog__times"
          tabIndex={-1}
          aria-invalid={slotsError ? true : undefined}
          aria-describedby={`${id}-times-hint${slotsError ? ` ${id}-times-error` : ''}`}
        >
          <legend>Interview times</legend>
          <p className="field__hint" id={`${id}-times-hint`}>
            Times are in your zone ({timeZone}); {firstName} sees them in theirs ({candidate.timeZone}) and accepts by picking
            one.
          </p>
          {slotsError && (
            <p className="field__error" id={`${id}-times-error`}>
              {slotsError}
            </p>
          )}
          {slots.map((slot, index) => (
            <InterviewTimeFields
              key={slot.key}
              legend={`Interview time ${index + 1}`}
              draft={slot}
              onChange={(draft) => updateSlot(index, draft)}
              errors={interviewTimeErrorsOf(errors.fields, `slots.${index}.`)}
              timeZone={timeZone}
              candidate={{ firstName, timeZone: candidate.timeZone }}
              onRemove={() => removeSlot(index)}
            />
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setSlots((current) => [...current, newInterviewTimeDraft()]);
              // Adding a time answers "Offer at least one interview time".
              setErrors((current) => {
                if (!current.fields.slots) return current;
                const { slots: _answered, ...fields } = current.fields;
                return { ...current, fields };
              });
            }}
          >
            Add an interview time
          </button>
        </fieldset>

        <div className="form__actions">
          {/* aria-disabled (with the guard in handleSubmit), not disabled: a disabled button would drop the focus. */}
          <button type="submit" className="button" aria-disabled={isSending || undefined}>
            Send proposal
          </button>
          <button type="button" className="button button--secondary" onClick={() => !isSending && onClose()} aria-disabled={isSending || undefined}>
            Cancel
          </button>
          <span role="status" className="form__status">
            {isSending ? 'Sending…' : ''}
          </span>
        </div>
      </form>
    </ModalDialog>
  );
}

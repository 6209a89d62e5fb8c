import { useMutation } from '@apollo/client/react';
import { dayInZone, firstRespondByDay, lastRespondByDay, respondByAt as respondByEndOf } from '@shortlist/domain/interviews';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ProposeDialog_MatchFragment } from '../../gql/graphql';
import { ModalDialog } from '../../ui/ModalDialog';
import { formErrorsOf, formErrorsOfFailure, type MutationError } from '../../ui/mutation-errors';
import { firstNameOf } from '../../words/first-name-of';
import { localTimeToUtc } from '../interviews/convert-local-time';
import { InterviewTimeFields, interviewTimeErrorsOf, newInterviewTimeDraft, toInterviewTimeInput, type InterviewTimeDraft } from '../interviews/InterviewTimeFields';
import { composeProposalMessage } from './compose-proposal-message';
import { describeOutcome, type BulkOutcome } from './describe-outcome';
import { ProposeDialog_Mutation, topMatchedSkills } from './ProposeDialog';

type Props = {
  job: { id: string; title: string; clientCompany: { name: string } };
  viewer: { name: string; timeZone: string };
  matches: readonly ProposeDialog_MatchFragment[];
  /** With the candidates proposed (the others stay selected, to fix and send again). */
  onClose: (proposedCandidateIds: string[]) => void;
  now?: Date;
};

const DEFAULT_RESPOND_DAYS = 7;
const MAX_RESPOND_DAYS = 30;

/**
 * Proposing several candidates at once: a message for each, prefilled as the single propose dialog does (their first
 * name, the job, their matched skills), a shared respond-by day and shared interview times. Each proposal is sent
 * on its own and reported on its own; the refused ones stay with the API's reason.
 */
export function BulkProposeDialog({ job, viewer, matches, onClose, now }: Props) {
  const id = useId();
  const [openedAt] = useState(() => now ?? new Date());
  const timeZone = viewer.timeZone;
  const [messages, setMessages] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      matches.map((match) => [
        match.candidate.id,
        composeProposalMessage({
          candidateName: match.candidate.fullName,
          recruiterName: viewer.name,
          jobTitle: job.title,
          companyName: job.clientCompany.name,
          matchedSkills: topMatchedSkills(match),
        }),
      ]),
    ),
  );
  const [respondBy, setRespondBy] = useState(() => dayInZone(openedAt, timeZone, DEFAULT_RESPOND_DAYS));
  const [slots, setSlots] = useState<InterviewTimeDraft[]>(() => [newInterviewTimeDraft()]);
  const [slotErrors, setSlotErrors] = useState<Record<string, string>>({});
  const [outcomes, setOutcomes] = useState<Record<string, BulkOutcome>>({});
  const [isSending, setIsSending] = useState(false);
  const [propose] = useMutation(ProposeDialog_Mutation);
  const timesRef = useRef<HTMLFieldSetElement>(null);

  // A missing time takes the person to it (after the render that marks it).
  useEffect(() => {
    if (Object.keys(slotErrors).length === 0) return;
    (timesRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? timesRef.current)?.focus();
  }, [slotErrors]);

  const toSend = matches.filter((match) => outcomes[match.candidate.id]?.isDone !== true);
  const proposedIds = Object.entries(outcomes).flatMap(([candidateId, outcome]) => (outcome.isDone ? [candidateId] : []));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending || toSend.length === 0) return;
    const missing: Record<string, string> =
      slots.length === 0
        ? { slots: 'Offer at least one interview time.' }
        : Object.fromEntries(slots.flatMap((slot, index) => (localTimeToUtc(slot.start, timeZone) ? [] : [[`slots.${index}.startsAt`, 'Choose a date and start time.']])));
    setSlotErrors(missing);
    if (Object.keys(missing).length > 0) {
      return;
    }
    setIsSending(true);
    for (const match of toSend) {
      const { candidate } = match;
      let outcome: BulkOutcome;
      try {
        const { data } = await propose({
          variables: {
            input: {
              jobId: job.id,
              candidateId: candidate.id,
              message: messages[candidate.id] ?? '',
              // The day ends at the end of the candidate's working day, on their clock, as in the single dialog.
              respondBy: respondBy ? (respondByEndOf(respondBy, candidate.timeZone)?.toISOString() ?? null) : null,
              slots: slots.flatMap((slot) => toInterviewTimeInput(slot, timeZone) ?? []),
            },
          },
        });
        const result = data?.proposeMatch;
        outcome = !result
          ? { isDone: false, text: 'No answer came back; try again.' }
          : result.__typename === 'ProposeMatchSuccess'
            ? { isDone: true, text: 'Proposed.' }
            : { isDone: false, text: describeOutcome(formErrorsOf(result as MutationError)) };
      } catch (error) {
        outcome = { isDone: false, text: describeOutcome(formErrorsOfFailure(error)) };
      }
      setOutcomes((current) => ({ ...current, [candidate.id]: outcome }));
    }
    setIsSending(false);
  }

  const headingId = `${id}-title`;
  const hasSent = Object.keys(outcomes).length > 0;
  const firstCandidate = matches[0]?.candidate;
  return (
    <ModalDialog labelledBy={headingId} onClose={() => !isSending && onClose(proposedIds)} className="propose-dialog bulk-dialog">
      <form className="dialog__form" noValidate onSubmit={handleSubmit} aria-busy={isSending}>
        <h2 id={headingId}>
          Propose {matches.length} {matches.length === 1 ? 'candidate' : 'candidates'} for {job.title}
        </h2>
        <p className="dialog__lede">Each candidate gets their own message; the respond-by day and the interview times are the same for all.</p>

        <ol className="bulk-dialog__items">
          {matches.map((match) => {
            const { candidate } = match;
            const outcome = outcomes[candidate.id];
            return (
              <li key={candidate.id} className="bulk-dialog__item">
                <div className="field">
                  <label htmlFor={`${id}-${candidate.id}-message`}>Message to {candidate.fullName}</label>
                  <textarea
                    id={`${id}-${candidate.id}-message`}
                    rows={6}
                    value={messages[candidate.id] ?? ''}
                    readOnly={outcome?.isDone}
                    onChange={(event) => setMessages((current) => ({ ...current, [candidate.id]: event.target.value }))}
                  />
                </div>
                {outcome && (
                  <p className={outcome.isDone ? 'bulk-outcome bulk-outcome--done' : 'bulk-outcome bulk-outcome--failed'}>
                    <strong>{candidate.fullName}:</strong> {outcome.isDone ? 'Proposed.' : `Not proposed. ${outcome.text}`}
                  </p>
                )}
              </li>
            );
          })}
        </ol>

        <div className="field">
          <label htmlFor={`${id}-respond-by`}>Respond by</label>
          <input
            id={`${id}-respond-by`}
            type="date"
            value={respondBy}
            min={firstRespondByDay(openedAt, timeZone)}
            max={lastRespondByDay(openedAt, timeZone, MAX_RESPOND_DAYS)}
            onChange={(event) => setRespondBy(event.target.value)}
            aria-describedby={`${id}-respond-by-hint`}
          />
          <p className="field__hint" id={`${id}-respond-by-hint`}>
            Each candidate can answer until the end of their working day on this date, on their own clock.
          </p>
        </div>

        <fieldset ref={timesRef} className="propose-dialog__times" tabIndex={-1} aria-describedby={`${id}-times-hint`}>
          <legend>Interview times (offered to each)</legend>
          <p className="field__hint" id={`${id}-times-hint`}>
            Times are in your zone ({timeZone}); each candidate sees them in theirs and accepts by picking one.
          </p>
          {slotErrors.slots && <p className="field__error">{slotErrors.slots}</p>}
          {slots.map((slot, index) => (
            <InterviewTimeFields
              key={slot.key}
              legend={`Interview time ${index + 1}`}
              draft={slot}
              onChange={(draft) => setSlots((current) => current.map((other, at) => (at === index ? draft : other)))}
              errors={interviewTimeErrorsOf(slotErrors, `slots.${index}.`)}
              timeZone={timeZone}
              candidate={{ firstName: firstCandidate ? firstNameOf(firstCandidate.fullName) : 'The candidate', timeZone: firstCandidate?.timeZone ?? timeZone }}
              onRemove={() => setSlots((current) => current.filter((_, at) => at !== index))}
            />
          ))}
          <button type="button" className="button button--secondary" onClick={() => setSlots((current) => [...current, newInterviewTimeDraft()])}>
            Add an interview time
          </button>
        </fieldset>

        <div role="status" className="visually-hidden">
          {hasSent && !isSending ? `${proposedIds.length} of ${matches.length} proposed.` : ''}
        </div>
        <div className="form__actions">
          {toSend.length > 0 && (
            <button type="submit" className="button" aria-disabled={isSending || undefined}>
              {hasSent ? `Send the ${toSend.length} not yet proposed` : `Send ${toSend.length} proposals`}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={() => !isSending && onClose(proposedIds)} aria-disabled={isSending || undefined}>
            {hasSent ? 'Done' : 'Cancel'}
          </button>
          <span role="status" className="form__status">
            {isSending ? 'Sending…' : ''}
          </span>
        </div>
      </form>
    </ModalDialog>
  );
}

import { useMutation } from '@apollo/client/react';
import {
  composePoliteMessage,
  REASON_LABELS,
  REJECTION_REASONS,
  WITHDRAWAL_REASONS,
  type RejectionReason,
  type WithdrawalReason,
} from '@shortlist/domain/interviews';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ModalDialog } from '../../ui/ModalDialog';
import { formErrorsOf, formErrorsOfFailure, type MutationError } from '../../ui/mutation-errors';
import { ProposalActions_Reject, ProposalActions_Withdraw } from '../recruiter-proposal/ProposalActionDialogs';
import { describeOutcome, type BulkOutcome } from './describe-outcome';

export type BulkCloseKind = 'reject' | 'withdraw';

type Item = { id: string; candidateName: string; /** Why this one cannot be closed this way, or null. */ refusal: string | null };

type Props = {
  kind: BulkCloseKind;
  proposals: readonly Item[];
  parties: { recruiterName: string; jobTitle: string; companyName: string };
  /** With the ids that went through (the rest stay selected to try again). */
  onClose: (doneIds: string[]) => void;
};

const WORDS = {
  reject: { title: 'Not selected', submit: 'Confirm not selected', done: 'Recorded as not selected.', reasons: REJECTION_REASONS, labels: REASON_LABELS.reject },
  withdraw: { title: 'Withdraw', submit: 'Confirm withdrawal', done: 'Withdrawn.', reasons: WITHDRAWAL_REASONS, labels: REASON_LABELS.withdraw },
} as const;

/**
 * Closing several proposals at once: one reason for all, and a message per candidate, each prefilled in the polite
 * words of the proposal page's dialog for that reason. Each is sent on its own and reported on its own; the ones
 * that fail stay, with the API's words, to fix and send again.
 */
export function BulkCloseDialog({ kind, proposals, parties, onClose }: Props) {
  const id = useId();
  const words = WORDS[kind];
  const [reason, setReason] = useState('');
  const [reasonText, setReasonText] = useState('');
  const [edited, setEdited] = useState<Record<string, string>>({});
  const [outcomes, setOutcomes] = useState<Record<string, BulkOutcome>>({});
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const [reject] = useMutation(ProposalActions_Reject);
  const [withdraw] = useMutation(ProposalActions_Withdraw);
  const reasonRef = useRef<HTMLSelectElement>(null);

  const compose = (candidateName: string) =>
    kind === 'reject'
      ? composePoliteMessage('reject', { reason: (reason || 'OTHER') as RejectionReason, candidateName, ...parties })
      : composePoliteMessage('withdrawByRecruiter', { reason: (reason || 'OTHER') as WithdrawalReason, candidateName, ...parties });
  const messageOf = (item: Item) => edited[item.id] ?? compose(item.candidateName);
  const eligible = proposals.filter((item) => !item.refusal);
  const toSend = eligible.filter((item) => outcomes[item.id]?.isDone !== true);
  const doneIds = Object.entries(outcomes).flatMap(([doneId, outcome]) => (outcome.isDone ? [doneId] : []));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending || toSend.length === 0) return;
    if (!reason) {
      setReasonError('Choose a reason: it is recorded for each of them.');
      reasonRef.current?.focus();
      return;
    }
    if (reason === 'OTHER' && !reasonText.trim()) {
      setReasonError('Say the reason in your words.');
      return;
    }
    setReasonError(null);
    setIsSending(true);
    for (const item of toSend) {
      const input = { proposalId: item.id, reason: reason as never, reasonText: reason === 'OTHER' ? reasonText.trim() : null, message: messageOf(item) };
      let outcome: BulkOutcome;
      try {
        const result =
          kind === 'reject'
            ? (await reject({ variables: { input } })).data?.rejectCandidate
            : (await withdraw({ variables: { input } })).data?.withdrawProposal;
        outcome =
          !result || result.__typename === 'RejectCandidateSuccess' || result.__typename === 'WithdrawProposalSuccess'
            ? { isDone: Boolean(result), text: result ? words.done : 'No answer came back; try again.' }
            : { isDone: false, text: describeOutcome(formErrorsOf(result as MutationError)) };
      } catch (error) {
        outcome = { isDone: false, text: describeOutcome(formErrorsOfFailure(error)) };
      }
      setOutcomes((current) => ({ ...current, [item.id]: outcome }));
    }
    setIsSending(false);
  }

  const headingId = `${id}-title`;
  const hasSent = Object.keys(outcomes).length > 0;
  return (
    <ModalDialog labelledBy={headingId} onClose={() => !isSending && onClose(doneIds)} className="bulk-dialog">
      <form className="dialog__form" noValidate onSubmit={handleSubmit} aria-busy={isSending}>
        <h2 id={headingId}>
          {words.title}: {eligible.length} {eligible.length === 1 ? 'candidate' : 'candidates'}
        </h2>
        <p className="dialog__lede">This closes each proposal and cancels any interview still booked; each candidate reads their own message.</p>
        {proposals.some((item) => item.refusal) && (
          <div className="notice">
            <p>
              <strong>Left out</strong>
            </p>
            <ul>
              {proposals
                .filter((item) => item.refusal)
                .map((item) => (
                  <li key={item.id}>
                    {item.candidateName}: {item.refusal}
                  </li>
                ))}
            </ul>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-reason`}>Reason (for all of them)</label>
          <select
            id={`${id}-reason`}
            ref={reasonRef}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${id}-reason-error` : undefined}
          >
            <option value="">Choose a reason</option>
            {words.reasons.map((option) => (
              <option key={option} value={option}>
                {(words.labels as Record<string, string>)[option] ?? option}
              </option>
            ))}
          </select>
          {reasonError && (
            <p className="field__error" id={`${id}-reason-error`}>
              {reasonError}
            </p>
          )}
        </div>
        {reason === 'OTHER' && (
          <div className="field">
            <label htmlFor={`${id}-reason-text`}>The reason in your words</label>
            <input id={`${id}-reason-text`} type="text" value={reasonText} onChange={(event) => setReasonText(event.target.value)} />
          </div>
        )}
        <ol className="bulk-dialog__items">
          {eligible.map((item) => {
            const outcome = outcomes[item.id];
            return (
              <li key={item.id} className="bulk-dialog__item">
                <div className="field">
                  <label htmlFor={`${id}-${item.id}-message`}>Message to {item.candidateName}</label>
                  <textarea
                    id={`${id}-${item.id}-message`}
                    rows={5}
                    value={messageOf(item)}
                    readOnly={outcome?.isDone}
                    onChange={(event) => setEdited((current) => ({ ...current, [item.id]: event.target.value }))}
                  />
                </div>
                {outcome && (
                  <p className={outcome.isDone ? 'bulk-outcome bulk-outcome--done' : 'bulk-outcome bulk-outcome--failed'}>
                    <strong>{item.candidateName}:</strong> {outcome.text}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
        <div role="status" className="visually-hidden">
          {hasSent && !isSending ? `${doneIds.length} of ${eligible.length} done.` : ''}
        </div>
        <div className="form__actions">
          {toSend.length > 0 && (
            <button type="submit" className="button button--danger" aria-disabled={isSending || undefined}>
              {words.submit} ({toSend.length})
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={() => !isSending && onClose(doneIds)} aria-disabled={isSending || undefined}>
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

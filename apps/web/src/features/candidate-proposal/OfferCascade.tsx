import { useMutation } from '@apollo/client/react';
import { validateReasonedAction } from '@shortlist/domain/interviews';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from '../../routes/Link';
import { formErrorsForFields, formErrorsOfFailure } from '../../ui/mutation-errors';
import { DeclineForm_Mutation } from './DeclineForm';
import { DeclineOfferForm_Mutation } from './DeclineOfferForm';
import { WithdrawForm_Mutation } from './WithdrawForm';

/** One of the candidate's other open proposals, and what to send its recruiter (from acceptOffer, or planned again later). */
export type CascadeStepView = {
  action: 'DECLINE' | 'DECLINE_OFFER' | 'WITHDRAW';
  suggestedMessage: string;
  proposal: { id: string; createdAt: string; recruiterName: string; job: { title: string; clientCompany: { name: string } } };
};
type Step = CascadeStepView;
type StepState = { kind: 'open' } | { kind: 'sending' } | { kind: 'sent' } | { kind: 'kept' } | { kind: 'failed'; field: string | null; message: string };

/**
 * After accepting an offer: the candidate's other open proposals, each with a polite message to review, edit and
 * send (or keep open). Nothing is sent without them.
 */
export function OfferCascade({
  steps,
  isResumed = false,
}: {
  steps: readonly CascadeStepView[];
  /** Back on the page after accepting: some messages may have gone already; these are the proposals still open. */
  isResumed?: boolean;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="card cascade">
      <h2 id={headingId}>Let your other proposals know</h2>
      {steps.length === 0 ? (
        <p>You have no other open proposals: nothing else to do. Congratulations!</p>
      ) : (
        <>
          {isResumed ? (
            <p>
              You accepted the offer. These proposals are still open: review each message, then send it or keep that
              proposal open.
            </p>
          ) : (
            <p>
              You accepted the offer. Nothing has been sent to anyone else yet: review each message, then send it or keep
              that proposal open.
            </p>
          )}
          <ul className="cascade__steps">
            {steps.map((step) => (
              <CascadeStep key={step.proposal.id} step={step} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CascadeStep({ step }: { step: Step }) {
  const id = useId();
  const [message, setMessage] = useState(step.suggestedMessage);
  const [state, setState] = useState<StepState>({ kind: 'open' });
  const [decline] = useMutation(DeclineForm_Mutation);
  const [withdraw] = useMutation(WithdrawForm_Mutation);
  const [declineOffer] = useMutation(DeclineOfferForm_Mutation);
  const { proposal } = step;
  const place = `${proposal.job.title} at ${proposal.job.clientCompany.name}`;
  const isDecline = step.action === 'DECLINE';
  const isOfferDecline = step.action === 'DECLINE_OFFER';
  const doneRef = useRef<HTMLParagraphElement>(null);

  async function send() {
    if (state.kind === 'sending') return;
    const checked = validateReasonedAction(isDecline ? 'decline' : isOfferDecline ? 'declineOffer' : 'withdraw', {
      reason: 'ACCEPTED_ANOTHER_OFFER',
      message,
    });
    if (!checked.ok) {
      const problem = checked.fieldErrors[0]!;
      setState({ kind: 'failed', field: problem.field, message: problem.message });
      return;
    }
    setState({ kind: 'sending' });
    const input = { proposalId: proposal.id, reason: 'ACCEPTED_ANOTHER_OFFER' as const, message: checked.value.message };
    try {
      const result = isDecline
        ? (await decline({ variables: { input } })).data?.declineProposal
        : isOfferDecline
          ? (await declineOffer({ variables: { input } })).data?.declineOffer
          : (await withdraw({ variables: { input } })).data?.withdrawProposal;
      if (!result) throw new Error('No answer from the server.');
      if (
        result.__typename === 'DeclineProposalSuccess' ||
        result.__typename === 'DeclineOfferSuccess' ||
        result.__typename === 'WithdrawProposalSuccess'
      ) {
        setState({ kind: 'sent' });
        return;
      }
      const errors = formErrorsForFields(result, ['message']);
      setState(
        result.__typename === 'InvalidTransitionError'
          ? { kind: 'failed', field: null, message: `${result.message} Nothing was sent for this one.` }
          : { kind: 'failed', field: errors.fields.message ? 'message' : null, message: errors.fields.message ?? errors.form ?? result.message },
      );
    } catch (error) {
      setState({ kind: 'failed', field: null, message: formErrorsOfFailure(error).form ?? 'That did not go through.' });
    }
  }

  const isDone = state.kind === 'sent' || state.kind === 'kept';
  // The buttons are gone: focus what happened ("Sent", "Kept open") rather than dropping it to the page.
  useEffect(() => {
    if (isDone) doneRef.current?.focus();
  }, [isDone]);
  const messageError = state.kind === 'failed' && state.field === 'message' ? state.message : null;
  const stepError = state.kind === 'failed' && state.field !== 'message' ? state.message : null;

  return (
    <li className="cascade__step">
      <article aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>
          <Link href={`/me/proposals/${encodeURIComponent(proposal.id)}`}>{proposal.job.title}</Link> at {proposal.job.clientCompany.name}
        </h3>
        <p className="cascade__what">
          {isDecline ? 'Decline this proposal' : isOfferDecline ? 'Decline this offer' : 'Withdraw from this process'}:{' '}
          {proposal.recruiterName} will read your message.
        </p>
        {isDone ? (
          <p ref={doneRef} tabIndex={-1} className={`cascade__done cascade__done--${state.kind}`} role="status">
            {state.kind === 'sent' ? 'Sent' : 'Kept open'}
          </p>
        ) : (
          <>
            {stepError && (
              <p role="alert" className="notice notice--error form__error">
                {stepError}
              </p>
            )}
            <div className="field">
              <label htmlFor={`${id}-message`}>Message for {place}</label>
              <textarea
                id={`${id}-message`}
                rows={8}
                value={message}
                onChange={(event) => setMessage(event.target.value)}
                aria-invalid={messageError ? true : undefined}
                aria-describedby={messageError ? `${id}-error` : undefined}
              />
              {messageError && (
                <p className="field__error" id={`${id}-error`}>
                  {messageError}
                </p>
              )}
            </div>
            <div className="form__actions">
              {/* aria-disabled, not disabled, while sending: a disabled button loses focus; the handlers ignore repeats. */}
              <button type="button" className="button" onClick={send} aria-disabled={state.kind === 'sending' || undefined} aria-describedby={`${id}-title`}>
                Send
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  if (state.kind !== 'sending') setState({ kind: 'kept' });
                }}
                aria-disabled={state.kind === 'sending' || undefined}
                aria-describedby={`${id}-title`}
              >
                Keep open
              </button>
              <span role="status" className="form__status">
                {state.kind === 'sending' ? 'Sending…' : ''}
              </span>
            </div>
          </>
        )}
      </article>
    </li>
  );
}

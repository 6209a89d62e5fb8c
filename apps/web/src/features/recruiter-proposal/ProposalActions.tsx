import { useState } from 'react';
import type { ProposalStatus } from '../../gql/graphql';
import { availableProposalActions, type InterviewState, type ProposalAction } from './available-proposal-actions';
import { HiredElsewhere, type HiredProposal } from './HiredElsewhere';
import { HireDialog, OfferDialog, RejectDialog, ScheduleDialog, WithdrawDialog } from './lazy-proposal-dialogs';
import type { ProposalContext } from './proposal-context';

const BUTTONS: Record<ProposalAction, { label: string; className: string }> = {
  schedule: { label: 'Schedule an interview', className: 'button' },
  offer: { label: 'Record offer', className: 'button' },
  hire: { label: 'Record hire', className: 'button' },
  reject: { label: 'Not selected', className: 'button button--secondary' },
  withdraw: { label: 'Withdraw proposal', className: 'button button--secondary' },
};

type Props = {
  proposal: {
    status: ProposalStatus;
    respondBy: string;
    interviews: ReadonlyArray<InterviewState>;
    /** The candidate's accepted offer elsewhere: this one cannot become a hire too. */
    acceptedOfferElsewhere?: HiredProposal | null;
  };
  context: ProposalContext;
};

/** The proposal's next steps: the buttons the lifecycle allows, each opening its form or confirmation. */
export function ProposalActions({ proposal, context }: Props) {
  // A candidate hired elsewhere cannot be hired here too (one accepted offer at a time): the page says why instead.
  const actions = availableProposalActions(proposal, context.now).filter((action) => action !== 'hire' || !proposal.acceptedOfferElsewhere);
  // Today's "Schedule interview" links here with ?action=schedule: its dialog opens on load, when the lifecycle allows it.
  const [open, setOpen] = useState<ProposalAction | null>(() => (context.requestedAction?.action === 'schedule' && actions.includes('schedule') ? 'schedule' : null));
  // While the candidate waits for a new time, that is the step to take; an offer can wait.
  const pendingReschedule = context.isProposalOpen
    ? proposal.interviews.find((interview) => interview.status === 'NEEDS_RESCHEDULING' && !interview.rescheduledTo && interview.id)
    : undefined;
  const dialogContext: ProposalContext = {
    ...context,
    onDone: (notice) => {
      setOpen(null);
      context.onDone(notice);
    },
  };

  // The open dialog stays even when a reload shows the action is no longer possible: it says why, keeping the input.
  return (
    <>
      {proposal.acceptedOfferElsewhere && proposal.status === 'OFFERED' && (
        <HiredElsewhere candidateName={context.candidate.fullName} hiredProposal={proposal.acceptedOfferElsewhere} />
      )}
      {actions.length === 0 ? (
        <p className="field__hint">This proposal is closed: there is nothing more to do on it.</p>
      ) : (
        <div className="proposal-actions">
          {pendingReschedule && context.requestAction && (
            <button
              type="button"
              className="button"
              onClick={() => context.requestAction?.({ action: 'pick-new-time', interviewId: pendingReschedule.id ?? null })}
            >
              Pick a new time
            </button>
          )}
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={pendingReschedule ? 'button button--secondary' : BUTTONS[action].className}
              onClick={() => setOpen(action)}
            >
              {BUTTONS[action].label}
            </button>
          ))}
        </div>
      )}
      {open === 'schedule' && <ScheduleDialog context={dialogContext} onClose={() => setOpen(null)} />}
      {open === 'offer' && <OfferDialog context={dialogContext} onClose={() => setOpen(null)} />}
      {open === 'hire' && <HireDialog context={dialogContext} onClose={() => setOpen(null)} />}
      {open === 'reject' && <RejectDialog context={dialogContext} onClose={() => setOpen(null)} />}
      {open === 'withdraw' && <WithdrawDialog context={dialogContext} onClose={() => setOpen(null)} />}
    </>
  );
}


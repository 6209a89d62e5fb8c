import { useMutation } from '@apollo/client/react';
import {
  composePoliteMessage,
  REASON_LABELS,
  REJECTION_REASONS,
  WITHDRAWAL_REASONS,
  type RejectionReason,
  type WithdrawalReason,
} from '@shortlist/domain/interviews';
import { useState } from 'react';
import { graphql } from '../../gql';
import { Field } from '../../ui/Field';
import { firstNameOf } from '../../words/first-name-of';
import { formatSalaryBand } from '../../words/format-salary-band';
import { newInterviewTimeDraft } from '../interviews/InterviewTimeFields';
import { ActionDialog } from './ActionDialog';
import { HiredElsewhere, type HiredProposal } from './HiredElsewhere';
import { composeOfferMessage } from './compose-offer-message';
import { InterviewTimeDialog } from './InterviewTimeDialog';
import { messageParties, type ProposalContext } from './proposal-context';
import { ReasonedActionDialog } from './ReasonedActionDialog';
import { reasonInput } from './ReasonFields';
import { runAction } from './run-action';

// The recruiter's proposal actions, each a dialog: loaded when one opens (lazy-proposal-dialogs.ts), not with the page.
export const ProposalActions_MakeOffer = graphql(`
  mutation ProposalActions_MakeOffer($input: MakeOfferInput!) {
    makeOffer(input: $input) {
      __typename
      ... on MakeOfferSuccess {
        proposal {
          id
          status
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export const ProposalActions_Reject = graphql(`
  mutation ProposalActions_Reject($input: RejectCandidateInput!) {
    rejectCandidate(input: $input) {
      __typename
      ... on RejectCandidateSuccess {
        proposal {
          id
          status
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export const ProposalActions_Withdraw = graphql(`
  mutation ProposalActions_Withdraw($input: WithdrawProposalInput!) {
    withdrawProposal(input: $input) {
      __typename
      ... on WithdrawProposalSuccess {
        proposal {
          id
          status
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export const ProposalActions_RecordHire = graphql(`
  mutation ProposalActions_RecordHire($input: RecordHireInput!) {
    recordHire(input: $input) {
      __typename
      ... on RecordHireSuccess {
        proposal {
          id
          status
        }
      }
      ... on AlreadyHiredError {
        hiredProposal {
          id
          job {
            id
            title
            clientCompany {
              name
            }
          }
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export const ProposalActions_Schedule = graphql(`
  mutation ProposalActions_Schedule($input: ScheduleInterviewInput!) {
    scheduleInterview(input: $input) {
      __typename
      ... on ScheduleInterviewSuccess {
        interview {
          id
          status
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export type DialogProps = { context: ProposalContext; onClose: () => void };

export function ScheduleDialog({ context, onClose }: DialogProps) {
  const [schedule] = useMutation(ProposalActions_Schedule);
  return (
    <InterviewTimeDialog
      title={`Schedule an interview with ${context.candidate.fullName}`}
      lede={<p>{firstNameOf(context.candidate.fullName)} is told at once and gets a calendar invite.</p>}
      submitLabel="Schedule interview"
      initial={newInterviewTimeDraft()}
      context={context}
      onClose={onClose}
      onSubmit={(time) =>
        runAction(
          async () => (await schedule({ variables: { input: { proposalId: context.proposalId, ...time } } })).data?.scheduleInterview,
          { successTypename: 'ScheduleInterviewSuccess', onSuccess: () => context.onDone('Interview scheduled.'), onStale: context.onStale },
        )
      }
    />
  );
}

export function OfferDialog({ context, onClose }: DialogProps) {
  const [makeOffer] = useMutation(ProposalActions_MakeOffer);
  const [salary, setSalary] = useState('');
  const compose = (amount: string) =>
    composeOfferMessage({
      ...messageParties(context),
      salary: toSalary(amount) === null ? null : formatSalaryBand({ min: toSalary(amount), max: toSalary(amount), currency: context.job.currency }),
    });
  const [message, setMessage] = useState(() => compose(''));
  const [isMessageEdited, setIsMessageEdited] = useState(false);

  return (
    <ActionDialog
      title={`Record an offer for ${context.candidate.fullName}`}
      lede={<p>{context.job.companyName} makes the offer; {firstNameOf(context.candidate.fullName)} reads your note and can accept or decline it.</p>}
      submitLabel="Record offer"
      placedFields={['salary', 'message']}
      onClose={onClose}
      onSubmit={() =>
        runAction(
          async () =>
            (await makeOffer({ variables: { input: { proposalId: context.proposalId, message, salary: toSalary(salary) } } })).data?.makeOffer,
          { successTypename: 'MakeOfferSuccess', onSuccess: () => context.onDone('Offer recorded.'), onStale: context.onStale },
        )
      }
    >
      {(fields) => (
        <>
          <Field label={`Salary (yearly, ${context.job.currency})`} hint="Optional." error={fields.salary}>
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={0}
                step={1000}
                value={salary}
                onChange={(event) => {
                  setSalary(event.target.value);
                  if (!isMessageEdited) setMessage(compose(event.target.value));
                }}
              />
            )}
          </Field>
          <Field label="Message to the candidate" error={fields.message}>
            {(control) => (
              <textarea
                {...control}
                rows={8}
                value={message}
                onChange={(event) => {
                  setMessage(event.target.value);
                  setIsMessageEdited(true);
                }}
              />
            )}
          </Field>
        </>
      )}
    </ActionDialog>
  );
}

function toSalary(amount: string): number | null {
  const value = Number(amount);
  return amount.trim() === '' || !Number.isFinite(value) ? null : Math.round(value);
}

/**
 * Recording the hire is staff saying the candidate accepted: the offer is still open in Shortlist (had the
 * candidate accepted it here, the proposal would be hired already), so the dialog says so and asks (B9).
 */
export function HireDialog({ context, onClose }: DialogProps) {
  const [recordHire] = useMutation(ProposalActions_RecordHire);
  const [hiredElsewhere, setHiredElsewhere] = useState<{ message: string; hiredProposal: HiredProposal | null } | null>(null);
  const firstName = firstNameOf(context.candidate.fullName);
  return (
    <ActionDialog
      title={`Record the hire of ${context.candidate.fullName}`}
      lede={
        <>
          <p>
            {context.job.companyName}’s offer for {context.job.title} is still open: {firstName} has not accepted it in Shortlist.
          </p>
          <p>
            <strong>Has {firstName} told you they accept it?</strong> Only then record the hire: this closes the proposal as hired and
            tells {firstName}.
          </p>
        </>
      }
      submitLabel={`Yes, ${firstName} accepted: record the hire`}
      closeLabel="Not yet"
      placedFields={[]}
      onClose={onClose}
      onSubmit={async () => {
        const refusal: { current: { message: string; hiredProposal: HiredProposal | null } | null } = { current: null };
        const errors = await runAction(
          async () => {
            const result = (await recordHire({ variables: { input: { proposalId: context.proposalId } } })).data?.recordHire;
            if (result?.__typename === 'AlreadyHiredError') refusal.current = { message: result.message, hiredProposal: result.hiredProposal ?? null };
            return result;
          },
          { successTypename: 'RecordHireSuccess', onSuccess: () => context.onDone('Hire recorded. Congratulations!'), onStale: context.onStale },
        );
        if (!refusal.current) return errors;
        // The refusal has its own place below (its words and a link to the accepted offer); the page reloads to show it too.
        setHiredElsewhere(refusal.current);
        context.onStale();
        return null;
      }}
    >
      {() =>
        hiredElsewhere && (
          <HiredElsewhere candidateName={context.candidate.fullName} hiredProposal={hiredElsewhere.hiredProposal} message={hiredElsewhere.message} role="alert" />
        )
      }
    </ActionDialog>
  );
}

export function RejectDialog({ context, onClose }: DialogProps) {
  const [reject] = useMutation(ProposalActions_Reject);
  return (
    <ReasonedActionDialog
      title={`${context.candidate.fullName} was not selected`}
      lede={<p>Record {context.job.companyName}’s decision. This closes the proposal, and {firstNameOf(context.candidate.fullName)} reads your message.</p>}
      submitLabel="Confirm not selected"
      reasons={REJECTION_REASONS}
      labels={REASON_LABELS.reject}
      compose={(reason) => composePoliteMessage('reject', { reason: (reason || 'OTHER') as RejectionReason, ...messageParties(context) })}
      onClose={onClose}
      onSubmit={(draft) =>
        runAction(
          async () =>
            (await reject({ variables: { input: { proposalId: context.proposalId, ...reasonInput<RejectionReason>(draft) } } })).data
              ?.rejectCandidate,
          { successTypename: 'RejectCandidateSuccess', onSuccess: () => context.onDone('Recorded as not selected.'), onStale: context.onStale },
        )
      }
    />
  );
}

export function WithdrawDialog({ context, onClose }: DialogProps) {
  const [withdraw] = useMutation(ProposalActions_Withdraw);
  return (
    <ReasonedActionDialog
      title="Withdraw the proposal"
      lede={<p>This closes the proposal and cancels any interview still booked. {firstNameOf(context.candidate.fullName)} reads your message.</p>}
      submitLabel="Confirm withdrawal"
      reasons={WITHDRAWAL_REASONS}
      labels={REASON_LABELS.withdraw}
      compose={(reason) =>
        composePoliteMessage('withdrawByRecruiter', { reason: (reason || 'OTHER') as WithdrawalReason, ...messageParties(context) })
      }
      onClose={onClose}
      onSubmit={(draft) =>
        runAction(
          async () =>
            (await withdraw({ variables: { input: { proposalId: context.proposalId, ...reasonInput<WithdrawalReason>(draft) } } })).data
              ?.withdrawProposal,
          { successTypename: 'WithdrawProposalSuccess', onSuccess: () => context.onDone('Proposal withdrawn.'), onStale: context.onStale },
        )
      }
    />
  );
}

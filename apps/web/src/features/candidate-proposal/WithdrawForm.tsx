import { useMutation } from '@apollo/client/react';
import { composePoliteMessage, REASON_LABELS, type WithdrawalReason } from '@shortlist/domain/interviews';
import { type FormEvent } from 'react';
import { graphql } from '../../gql';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { formErrorsOfAnswer } from '../../ui/mutation-errors';
import { ReasonFields } from '../reasons/ReasonFields';
import { REASONED_FORM_FIELDS, useReasonedForm } from '../reasons/use-reasoned-form';

export const WithdrawForm_Mutation = graphql(`
  mutation WithdrawForm_Mutation($input: WithdrawProposalInput!) {
    withdrawProposal(input: $input) {
      __typename
      ... on WithdrawProposalSuccess {
        proposal {
          id
          status
          version
          interviews {
            id
            status
          }
          ...ProposalOutcome_proposal
        }
      }
      ... on ValidationError {
        message
        fieldErrors {
          field
          message
        }
      }
      ... on InvalidTransitionError {
        message
        currentStatus
      }
      ... on NotAllowedError {
        message
      }
      ... on NotFoundError {
        message
      }
    }
  }
`);

/** The withdrawal reasons that are the candidate's to give (the others are the recruiter's). */
export const CANDIDATE_WITHDRAWAL_REASONS = [
  'ACCEPTED_ANOTHER_OFFER',
  'ROLE_NOT_A_FIT',
  'PERSONAL_CIRCUMSTANCES',
  'TIMING',
  'OTHER',
] as const satisfies readonly WithdrawalReason[];

type WithdrawFormProps = {
  proposalId: string;
  candidateName: string;
  recruiterName: string;
  jobTitle: string;
  companyName: string;
  onWithdrawn: () => void;
  onStale: (message: string) => void;
  onCancel: () => void;
};

/** Leaving a process already under way, with a reason and a polite message to the recruiter. */
export function WithdrawForm({ proposalId, candidateName, recruiterName, jobTitle, companyName, onWithdrawn, onStale, onCancel }: WithdrawFormProps) {
  const [withdraw] = useMutation(WithdrawForm_Mutation);
  const form = useReasonedForm({
    kind: 'withdraw',
    composeDefault: (reason) =>
      composePoliteMessage('withdrawByCandidate', { reason: reason ?? 'OTHER', candidateName, recruiterName, jobTitle, companyName }),
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isSent = await form.submit(async (value) => {
      const { data } = await withdraw({ variables: { input: { proposalId, ...value } } });
      return formErrorsOfAnswer(data?.withdrawProposal, 'WithdrawProposalSuccess', { formFields: REASONED_FORM_FIELDS, onStale });
    });
    if (isSent) onWithdrawn();
  }

  return (
    <form className="form reasoned-form" noValidate onSubmit={handleSubmit} aria-busy={form.isSending}>
      <FormErrorNotice message={form.errors.isStale ? null : form.errors.form} />
      <ReasonFields
        form={form}
        reasons={CANDIDATE_WITHDRAWAL_REASONS}
        labels={REASON_LABELS.withdraw}
        messageLabel="Your message to the recruiter"
        autoFocus
      />
      <div className="form__actions">
        {/* aria-disabled, not disabled, while sending: a disabled button loses focus; the handlers ignore repeats. */}
        <button type="submit" className="button button--danger" aria-disabled={form.isSending || undefined}>
          Send withdrawal
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            if (!form.isSending) onCancel();
          }}
          aria-disabled={form.isSending || undefined}
        >
          Keep going
        </button>
        <span role="status" className="form__status">
          {form.isSending ? 'Sending…' : ''}
        </span>
      </div>
    </form>
  );
}

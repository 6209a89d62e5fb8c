import { useMutation } from '@apollo/client/react';
import { composePoliteMessage, REASON_LABELS, type WithdrawalReason } from '@shortlist/domain/interviews';
import { graphql } from '../../gql';
import { formErrorsOfAnswer } from '../../ui/mutation-errors';
import { REASONED_FORM_FIELDS } from '../reasons/use-reasoned-form';
import { ReasonAndMessageForm, type StepBackProps } from './ReasonAndMessageForm';

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
      ...MutationErrors_error @unmask
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

type WithdrawFormProps = StepBackProps & { onWithdrawn: () => void };

/** Leaving a process already under way, with a reason and a polite message to the recruiter. */
export function WithdrawForm({ proposalId, onWithdrawn, onStale, onCancel, ...parties }: WithdrawFormProps) {
  const [withdraw] = useMutation(WithdrawForm_Mutation);
  return (
    <ReasonAndMessageForm
      kind="withdraw"
      composeDefault={(reason) => composePoliteMessage('withdrawByCandidate', { reason: reason ?? 'OTHER', ...parties })}
      reasons={CANDIDATE_WITHDRAWAL_REASONS}
      labels={REASON_LABELS.withdraw}
      submitLabel="Send withdrawal"
      cancelLabel="Keep going"
      send={async (value) => {
        const { data } = await withdraw({ variables: { input: { proposalId, ...value } } });
        return formErrorsOfAnswer(data?.withdrawProposal, 'WithdrawProposalSuccess', { formFields: REASONED_FORM_FIELDS, onStale });
      }}
      onSent={onWithdrawn}
      onCancel={onCancel}
    />
  );
}

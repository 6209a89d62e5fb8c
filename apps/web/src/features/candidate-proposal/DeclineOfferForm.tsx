import { useMutation } from '@apollo/client/react';
import { composePoliteMessage, DECLINE_REASONS, REASON_LABELS } from '@shortlist/domain/interviews';
import { graphql } from '../../gql';
import { formErrorsOfAnswer } from '../../ui/mutation-errors';
import { REASONED_FORM_FIELDS } from '../reasons/use-reasoned-form';
import { ReasonAndMessageForm, type StepBackProps } from './ReasonAndMessageForm';

export const DeclineOfferForm_Mutation = graphql(`
  mutation DeclineOfferForm_Mutation($input: DeclineOfferInput!) {
    declineOffer(input: $input) {
      __typename
      ... on DeclineOfferSuccess {
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

type DeclineOfferFormProps = StepBackProps & { onDeclined: () => void };

/** Turning an offer down, with a reason and a warm message the recruiter passes on. */
export function DeclineOfferForm({ proposalId, onDeclined, onStale, onCancel, ...parties }: DeclineOfferFormProps) {
  const [declineOffer] = useMutation(DeclineOfferForm_Mutation);
  return (
    <ReasonAndMessageForm
      kind="declineOffer"
      composeDefault={(reason) => composePoliteMessage('declineOffer', { reason: reason ?? 'OTHER', ...parties })}
      reasons={DECLINE_REASONS}
      labels={REASON_LABELS.declineOffer}
      submitLabel="Send offer decline"
      cancelLabel="Not now"
      send={async (value) => {
        const { data } = await declineOffer({ variables: { input: { proposalId, ...value } } });
        return formErrorsOfAnswer(data?.declineOffer, 'DeclineOfferSuccess', { formFields: REASONED_FORM_FIELDS, onStale });
      }}
      onSent={onDeclined}
      onCancel={onCancel}
    />
  );
}

import { useMutation } from '@apollo/client/react';
import { composePoliteMessage, DECLINE_REASONS, REASON_LABELS } from '@shortlist/domain/interviews';
import { type FormEvent } from 'react';
import { graphql } from '../../gql';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { formErrorsOfAnswer } from '../../ui/mutation-errors';
import { ReasonFields } from '../reasons/ReasonFields';
import { REASONED_FORM_FIELDS, useReasonedForm } from '../reasons/use-reasoned-form';

export const DeclineOfferForm_Mutation = graphql(`
  mutation DeclineOfferForm_Mutation($input: DeclineOfferInput!) {
    declineOffer(input: $input) {
      __typename
      ... on DeclineOfferSuccess {
        proposal {
          id
          status
          version
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

type DeclineOfferFormProps = {
  proposalId: string;
  candidateName: string;
  recruiterName: string;
  jobTitle: string;
  companyName: string;
  onDeclined: () => void;
  onStale: (message: string) => void;
  onCancel: () => void;
};

/** Turning an offer down, with a reason and a warm message the recruiter passes on. */
export function DeclineOfferForm({ proposalId, candidateName, recruiterName, jobTitle, companyName, onDeclined, onStale, onCancel }: DeclineOfferFormProps) {
  const [declineOffer] = useMutation(DeclineOfferForm_Mutation);
  const form = useReasonedForm({
    kind: 'declineOffer',
    composeDefault: (reason) =>
      composePoliteMessage('declineOffer', { reason: reason ?? 'OTHER', candidateName, recruiterName, jobTitle, companyName }),
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isSent = await form.submit(async (value) => {
      const { data } = await declineOffer({ variables: { input: { proposalId, ...value } } });
      return formErrorsOfAnswer(data?.declineOffer, 'DeclineOfferSuccess', { formFields: REASONED_FORM_FIELDS, onStale });
    });
    if (isSent) onDeclined();
  }

  return (
    <form className="form reasoned-form" noValidate onSubmit={handleSubmit} aria-busy={form.isSending}>
      <FormErrorNotice message={form.errors.isStale ? null : form.errors.form} />
      <ReasonFields form={form} reasons={DECLINE_REASONS} labels={REASON_LABELS.declineOffer} messageLabel="Your message to the recruiter" autoFocus />
      <div className="form__actions">
        {/* aria-disabled, not disabled, while sending: a disabled button loses focus; the handlers ignore repeats. */}
        <button type="submit" className="button button--danger" aria-disabled={form.isSending || undefined}>
          Send offer decline
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            if (!form.isSending) onCancel();
          }}
          aria-disabled={form.isSending || undefined}
        >
          Not now
        </button>
        <span role="status" className="form__status">
          {form.isSending ? 'Sending…' : ''}
        </span>
      </div>
    </form>
  );
}

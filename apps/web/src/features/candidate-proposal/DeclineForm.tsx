import { useMutation } from '@apollo/client/react';
import { composePoliteMessage, DECLINE_REASONS, REASON_LABELS } from '@shortlist/domain/interviews';
import { useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { formErrorsOfAnswer } from '../../ui/mutation-errors';
import { ReasonFields } from '../reasons/ReasonFields';
import { REASONED_FORM_FIELDS, useReasonedForm } from '../reasons/use-reasoned-form';
import { ToneNotice, useToneCheck } from './ToneCheck';

export const DeclineForm_Mutation = graphql(`
  mutation DeclineForm_Mutation($input: DeclineProposalInput!) {
    declineProposal(input: $input) {
      __typename
      ... on DeclineProposalSuccess {
        proposal {
          id
          status
          version
          ...ProposalOutcome_proposal
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export type DeclineFormProps = {
  proposalId: string;
  candidateName: string;
  recruiterName: string;
  jobTitle: string;
  companyName: string;
  /** The decline went through. */
  onDeclined?: () => void;
  /** Someone changed the proposal first (e.g. the recruiter withdrew it): the page says so and reloads. */
  onStale: (message: string) => void;
};

const FORM_FIELDS = [...REASONED_FORM_FIELDS, 'isOpenToFutureRoles'];

/**
 * Declining properly: a reason, a polite message the candidate can edit, whether they are open to other roles at the
 * client, and a preview of exactly what the recruiter will read.
 */
export function DeclineForm({ proposalId, candidateName, recruiterName, jobTitle, companyName, onDeclined, onStale }: DeclineFormProps) {
  const id = useId();
  const [decline] = useMutation(DeclineForm_Mutation);
  const [isOpenToFutureRoles, setIsOpenToFutureRoles] = useState(true);
  const form = useReasonedForm({
    kind: 'decline',
    composeDefault: (reason) =>
      composePoliteMessage('decline', {
        reason: reason ?? 'OTHER',
        candidateName,
        recruiterName,
        jobTitle,
        companyName,
        isOpenToFutureRoles,
      }),
  });

  const tone = useToneCheck(form.message);
  const formRef = useRef<HTMLFormElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.isSending || tone.holds()) return;
    const isSent = await form.submit(async (value) => {
      const { data } = await decline({ variables: { input: { proposalId, ...value, isOpenToFutureRoles } } });
      return formErrorsOfAnswer(data?.declineProposal, 'DeclineProposalSuccess', { formFields: FORM_FIELDS, onStale });
    });
    if (isSent) onDeclined?.();
  }

  const { form: formError, isStale } = form.errors;
  const trimmedMessage = form.message.trim();
  const reasonText = form.reasonText.trim();

  return (
    <form ref={formRef} className="form reasoned-form" noValidate onSubmit={handleSubmit} aria-busy={form.isSending}>
      <FormErrorNotice message={isStale ? null : formError} />

      <ReasonFields form={form} reasons={DECLINE_REASONS} labels={REASON_LABELS.decline} messageLabel="Your message to the recruiter" />

      <label className="checkbox">
        <input type="checkbox" checked={isOpenToFutureRoles} onChange={(event) => setIsOpenToFutureRoles(event.target.checked)} />
        Open to future roles at {companyName}
      </label>

      <section aria-labelledby={`${id}-preview`} className="preview">
        <h3 id={`${id}-preview`}>What the recruiter will read</h3>
        <dl className="preview__facts">
          <dt>Reason</dt>
          <dd>
            {form.reason === '' ? (
              <span className="preview__missing">No reason chosen yet</span>
            ) : (
              <>
                {REASON_LABELS.decline[form.reason]}
                {form.reason === 'OTHER' && reasonText && `: ${reasonText}`}
              </>
            )}
          </dd>
          <dt>Message</dt>
          <dd className="preview__message">{trimmedMessage || <span className="preview__missing">No message yet</span>}</dd>
          <dt>Future roles</dt>
          <dd>
            {isOpenToFutureRoles
              ? `${candidateName} is open to future roles at ${companyName}.`
              : `${candidateName} would rather not hear about other roles at ${companyName}.`}
          </dd>
        </dl>
      </section>

      {tone.note && (
        <ToneNotice
          note={tone.note}
          onUsePolite={() => {
            tone.dismiss();
            form.restoreSuggestedMessage();
          }}
          onSendMine={() => {
            tone.acceptAsWritten();
            formRef.current?.requestSubmit();
          }}
        />
      )}

      <div className="form__actions">
        {/* aria-disabled, not disabled, while sending: a disabled button loses focus; the submit handler ignores repeats. */}
        <button type="submit" className="button" aria-disabled={form.isSending || undefined}>
          Send decline
        </button>
        <span role="status" className="form__status">
          {form.isSending ? 'Sending…' : ''}
        </span>
      </div>
    </form>
  );
}

import { useMutation } from '@apollo/client/react';
import {
  CANCELLATION_REASONS,
  composePoliteMessage,
  computeCancellationNotice,
  describeNotice,
  REASON_LABELS,
} from '@shortlist/domain/interviews';
import { useEffect, useId, useRef, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { formErrorsOfAnswer } from '../../ui/mutation-errors';
import { useNow } from '../../ui/use-now';
import { ReasonFields } from '../reasons/ReasonFields';
import { REASONED_FORM_FIELDS, useReasonedForm } from '../reasons/use-reasoned-form';

export const CancelInterviewConfirmation_Mutation = graphql(`
  mutation CancelInterviewConfirmation_Mutation($input: CancelInterviewInput!) {
    cancelInterview(input: $input) {
      __typename
      ... on CancelInterviewSuccess {
        interview {
          id
          status
          version
          ...CancellationRecord_interview
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export type CancelInterviewConfirmationProps = {
  interviewId: string;
  startsAt: string;
  candidateName: string;
  recruiterName: string;
  jobTitle: string;
  companyName: string;
  agency: { name: string; lateNoticeMinutes: number };
  onCancelled: () => void;
  onStale: (message: string) => void;
  /** Closed without cancelling. */
  onClose: () => void;
};

/**
 * "Cancel interview", confirmed in a dialog: a reason, a polite message, and — before confirming — the notice the
 * candidate is giving under the agency's policy, kept current while the dialog is open. Late notice is said plainly,
 * never refused.
 */
export function CancelInterviewConfirmation({
  interviewId,
  startsAt,
  candidateName,
  recruiterName,
  jobTitle,
  companyName,
  agency,
  onCancelled,
  onStale,
  onClose,
}: CancelInterviewConfirmationProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const now = useNow(15_000);
  const [cancelInterview] = useMutation(CancelInterviewConfirmation_Mutation);
  const form = useReasonedForm({
    kind: 'cancel',
    composeDefault: (reason) =>
      composePoliteMessage('cancel', { reason: reason ?? 'OTHER', candidateName, recruiterName, jobTitle, companyName }),
  });

  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  // Opened as a modal on mount; closed (so the browser hands focus back) before it leaves the page. Only a close the
  // person asked for (Escape, "Keep the interview") is reported: a close event left over from an undone unmount
  // (StrictMode) arrives while the dialog is open again, and is not one.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const handleClose = () => {
      if (!dialog.open) onCloseRef.current();
    };
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
    };
  }, []);

  const notice = computeCancellationNotice({ cancelledAt: now, startsAt: new Date(startsAt), lateNoticeMinutes: agency.lateNoticeMinutes });
  const noticeText = describeNotice({ ...notice, lateNoticeMinutes: agency.lateNoticeMinutes, agencyName: agency.name });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isSent = await form.submit(async (value) => {
      const { data } = await cancelInterview({ variables: { input: { interviewId, ...value } } });
      return formErrorsOfAnswer(data?.cancelInterview, 'CancelInterviewSuccess', { formFields: REASONED_FORM_FIELDS, onStale });
    });
    if (isSent) onCancelled();
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        // Escape closes, unless a send is under way.
        if (form.isSending) event.preventDefault();
      }}
    >
      <form className="reasoned-form cancel-confirmation" noValidate onSubmit={handleSubmit} aria-busy={form.isSending}>
        <h2 id={`${id}-title`}>Cancel your interview?</h2>
        <FormErrorNotice message={form.errors.isStale ? null : form.errors.form} />
        <ReasonFields
          form={form}
          reasons={CANCELLATION_REASONS}
          labels={REASON_LABELS.cancel}
          messageLabel="Message to the recruiter"
          autoFocus
        />
        <p className={`notice-given${notice.isLate ? ' notice-given--late' : ''}`} id={`${id}-notice`}>
          <strong>The notice you are giving:</strong> {noticeText}
          {notice.isLate && ' It is recorded and shown to the recruiter; you can still cancel.'}
        </p>
        <div className="form__actions">
          {/* aria-disabled, not disabled, while sending: a disabled button loses focus; the submit handler ignores repeats. */}
          <button type="submit" className="button button--danger" aria-disabled={form.isSending || undefined} aria-describedby={`${id}-notice`}>
            Confirm cancellation
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              if (!form.isSending) dialogRef.current?.close();
            }}
            aria-disabled={form.isSending || undefined}
          >
            Keep the interview
          </button>
          <span role="status" className="form__status">
            {form.isSending ? 'Cancelling…' : ''}
          </span>
        </div>
      </form>
    </dialog>
  );
}

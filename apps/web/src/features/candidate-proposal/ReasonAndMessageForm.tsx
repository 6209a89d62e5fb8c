import type { ReasonFor, ValidReasonedAction } from '@shortlist/domain/interviews';
import { useRef, type FormEvent } from 'react';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import type { FormErrors } from '../../ui/mutation-errors';
import { ReasonFields } from '../reasons/ReasonFields';
import { useReasonedForm, type CandidateActionKind } from '../reasons/use-reasoned-form';
import { ToneNotice, useToneCheck } from './ToneCheck';

/** What a form for stepping back is given by its panel: who the message is between, and how to leave. */
export type StepBackProps = {
  proposalId: string;
  candidateName: string;
  recruiterName: string;
  jobTitle: string;
  companyName: string;
  /** Someone changed the proposal first: the page says so and reloads. */
  onStale: (message: string) => void;
  onCancel: () => void;
};

type ReasonAndMessageFormProps<K extends CandidateActionKind> = {
  kind: K;
  /** The polite default message for a reason (null: none picked yet). */
  composeDefault: (reason: ReasonFor<K> | null) => string;
  reasons: ReadonlyArray<ReasonFor<K>>;
  labels: Readonly<Record<ReasonFor<K>, string>>;
  submitLabel: string;
  /** The secondary button that leaves without sending. */
  cancelLabel: string;
  /** Sends the checked form: null when it went through, else the errors to show. */
  send: (value: ValidReasonedAction<K>) => Promise<FormErrors | null>;
  onSent: () => void;
  onCancel: () => void;
};

/**
 * The candidate stepping back from something (an offer, a process under way): a reason, a polite message to the
 * recruiter they can edit, send, or leave it for now.
 */
export function ReasonAndMessageForm<K extends CandidateActionKind>({
  kind,
  composeDefault,
  reasons,
  labels,
  submitLabel,
  cancelLabel,
  send,
  onSent,
  onCancel,
}: ReasonAndMessageFormProps<K>) {
  const form = useReasonedForm({ kind, composeDefault });
  const tone = useToneCheck(form.message);
  const formRef = useRef<HTMLFormElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.isSending || tone.holds()) return;
    if (await form.submit(send)) onSent();
  }

  return (
    <form ref={formRef} className="form reasoned-form" noValidate onSubmit={handleSubmit} aria-busy={form.isSending}>
      <FormErrorNotice message={form.errors.isStale ? null : form.errors.form} />
      <ReasonFields form={form} reasons={reasons} labels={labels} messageLabel="Your message to the recruiter" autoFocus />
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
        {/* aria-disabled, not disabled, while sending: a disabled button loses focus; the handlers ignore repeats. */}
        <button type="submit" className="button button--danger" aria-disabled={form.isSending || undefined}>
          {submitLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            if (!form.isSending) onCancel();
          }}
          aria-disabled={form.isSending || undefined}
        >
          {cancelLabel}
        </button>
        <span role="status" className="form__status">
          {form.isSending ? 'Sending…' : ''}
        </span>
      </div>
    </form>
  );
}

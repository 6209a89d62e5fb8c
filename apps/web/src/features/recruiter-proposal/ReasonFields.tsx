import { Field, InputField } from '../../ui/Field';

export type ReasonDraft = { reason: string; reasonText: string; message: string; isMessageEdited: boolean };

export function newReasonDraft(composeMessage: (reason: string) => string): ReasonDraft {
  return { reason: '', reasonText: '', message: composeMessage('OTHER'), isMessageEdited: false };
}

/** The draft as the API's reason, reasonText and message (an unpicked reason is sent as null: the API asks for it). */
export function reasonInput<R extends string>(draft: ReasonDraft) {
  return {
    reason: (draft.reason || null) as R | null,
    reasonText: draft.reason === 'OTHER' ? draft.reasonText.trim() || null : null,
    message: draft.message,
  };
}

type Props = {
  reasons: readonly string[];
  labels: Readonly<Record<string, string>>;
  draft: ReasonDraft;
  onChange: (draft: ReasonDraft) => void;
  errors: Record<string, string>;
  /** The polite default for a reason; it follows the reason until the person edits the message. */
  composeMessage: (reason: string) => string;
  messageLabel?: string;
};

/** A reason from the fixed list ("Something else" asks for words), and the message the other side will read. */
export function ReasonFields({ reasons, labels, draft, onChange, errors, composeMessage, messageLabel = 'Message to the candidate' }: Props) {
  function pickReason(reason: string) {
    onChange({ ...draft, reason, message: draft.isMessageEdited ? draft.message : composeMessage(reason || 'OTHER') });
  }
  return (
    <>
      <Field label="Reason" error={errors.reason}>
        {(control) => (
          <select {...control} value={draft.reason} onChange={(event) => pickReason(event.target.value)}>
            <option value="">Choose a reason</option>
            {reasons.map((reason) => (
              <option key={reason} value={reason}>
                {labels[reason] ?? reason}
              </option>
            ))}
          </select>
        )}
      </Field>
      {draft.reason === 'OTHER' && (
        <InputField
          label="The reason in your words"
          error={errors.reasonText}
          type="text"
          value={draft.reasonText}
          onChange={(value) => onChange({ ...draft, reasonText: value })}
        />
      )}
      <Field label={messageLabel} error={errors.message} hint="A polite default for the reason you pick; change anything you like.">
        {(control) => (
          <textarea
            {...control}
            rows={8}
            value={draft.message}
            onChange={(event) => onChange({ ...draft, message: event.target.value, isMessageEdited: true })}
          />
        )}
      </Field>
    </>
  );
}

export const REASON_FIELDS = ['reason', 'reasonText', 'message'] as const;

import { useState, type ReactNode } from 'react';
import type { FormErrors } from '../../ui/mutation-errors';
import { ActionDialog } from './ActionDialog';
import { newReasonDraft, REASON_FIELDS, ReasonFields, type ReasonDraft } from './ReasonFields';

type Props = {
  title: string;
  lede: ReactNode;
  submitLabel: string;
  closeLabel?: string;
  reasons: readonly string[];
  labels: Readonly<Record<string, string>>;
  /** The polite default message for a reason. */
  compose: (reason: string) => string;
  onSubmit: (draft: ReasonDraft) => Promise<FormErrors | null>;
  onClose: () => void;
};

/** A destructive action that needs a reason and a message to the candidate (not selected, withdraw, cancel). */
export function ReasonedActionDialog({ title, lede, submitLabel, closeLabel, reasons, labels, compose, onSubmit, onClose }: Props) {
  const [draft, setDraft] = useState(() => newReasonDraft(compose));
  return (
    <ActionDialog
      title={title}
      lede={lede}
      submitLabel={submitLabel}
      closeLabel={closeLabel}
      isDestructive
      placedFields={REASON_FIELDS}
      onClose={onClose}
      onSubmit={() => onSubmit(draft)}
    >
      {(fields) => (
        <ReasonFields reasons={reasons} labels={labels} draft={draft} onChange={setDraft} errors={fields} composeMessage={compose} />
      )}
    </ActionDialog>
  );
}

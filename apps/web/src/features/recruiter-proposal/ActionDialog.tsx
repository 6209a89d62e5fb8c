import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ModalDialog } from '../../ui/ModalDialog';
import { NO_FORM_ERRORS, type FormErrors } from '../../ui/mutation-errors';

type Props = {
  title: string;
  lede?: ReactNode;
  submitLabel: string;
  /** The button that closes without acting ("Cancel" unless that would be confusing, as when cancelling). */
  closeLabel?: string;
  isDestructive?: boolean;
  /** Input fields this dialog shows errors beside; messages for any other field are listed at the top. */
  placedFields: readonly string[];
  /** Null when it went through (the parent closes the dialog), else what to show. */
  onSubmit: () => Promise<FormErrors | null>;
  onClose: () => void;
  children: (fields: Record<string, string>) => ReactNode;
};

/** A modal form for one action: its fields, the API's messages beside them, and immediate "Sending…" feedback. */
export function ActionDialog({ title, lede, submitLabel, closeLabel = 'Cancel', isDestructive, placedFields, onSubmit, onClose, children }: Props) {
  const id = useId();
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [isSending, setIsSending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const alertRef = useRef<HTMLDivElement>(null);

  // After an error, take the person to the first field to fix, or else to the message.
  useEffect(() => {
    if (errors === NO_FORM_ERRORS) return;
    (formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? alertRef.current)?.focus();
  }, [errors]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending) return;
    setIsSending(true);
    setErrors(NO_FORM_ERRORS);
    const next = await onSubmit();
    setIsSending(false);
    if (next) setErrors(next);
  }

  const unplaced = Object.entries(errors.fields).filter(([field]) => !placedFields.includes(field));
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose}>
      <form ref={formRef} className="dialog__form" noValidate onSubmit={handleSubmit} aria-busy={isSending}>
        <h2 id={`${id}-title`}>{title}</h2>
        {lede && <div className="dialog__lede">{lede}</div>}
        {(errors.form || unplaced.length > 0) && (
          <div role="alert" className="notice notice--error" ref={alertRef} tabIndex={-1}>
            {errors.form && (
              <p>
                <strong>{errors.form}</strong>
              </p>
            )}
            {unplaced.map(([field, message]) => (
              <p key={field}>{message}</p>
            ))}
          </div>
        )}
        {children(errors.fields)}
        <div className="form__actions">
          {/* aria-disabled (with the guard in handleSubmit), not disabled: a disabled button would drop the focus. */}
          <button type="submit" className={isDestructive ? 'button button--danger' : 'button'} aria-disabled={isSending || undefined}>
            {submitLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={() => !isSending && onClose()} aria-disabled={isSending || undefined}>
            {closeLabel}
          </button>
          <span role="status" className="form__status">
            {isSending ? 'Sending…' : ''}
          </span>
        </div>
      </form>
    </ModalDialog>
  );
}

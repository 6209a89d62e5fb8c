import { checkMessageTone, describeToneFindings } from '@shortlist/domain/forms';
import { useEffect, useRef, useState } from 'react';

/**
 * A gentle tone check before a decline or withdrawal goes out (B10): a message that shouts, runs "!!!" or says
 * "stop spamming me" is held once, with what was noticed and the polite message offered instead. The person can
 * still send theirs as written; nothing is changed without them.
 */
export function useToneCheck(message: string) {
  const [heldMessage, setHeldMessage] = useState<string | null>(null);
  const sendAsWritten = useRef<string | null>(null);
  const note = describeToneFindings(checkMessageTone(message));
  return {
    /** Call first on submit: true when the message is held for a second look (do not send yet). */
    holds(): boolean {
      if (note === null || sendAsWritten.current === message) return false;
      setHeldMessage(message);
      return true;
    },
    /** The note to show while the message being held is still the one in the box. */
    note: heldMessage !== null && heldMessage === message ? note : null,
    acceptAsWritten() {
      sendAsWritten.current = message;
      setHeldMessage(null);
    },
    dismiss() {
      setHeldMessage(null);
    },
  };
}

export function ToneNotice({
  note,
  onUsePolite,
  onSendMine,
}: {
  note: string;
  onUsePolite: () => void;
  onSendMine: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="notice notice--error tone-notice">
      <p>{note}</p>
      <div className="form__actions">
        <button type="button" className="button" onClick={onUsePolite}>
          Use the polite message
        </button>
        <button type="button" className="button button--secondary" onClick={onSendMine}>
          Send mine as it is
        </button>
      </div>
    </div>
  );
}

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** A signing secret just made (at registration or rotation): the only moment it is shown. */
export type ShownSecret = { endpointId: string; endpointName: string; secret: string; key: number };

/**
 * The endpoint's signing secret, shown this once (as a new API key is): focused and selected, so Ctrl+C copies it
 * too; "Copy secret" puts it on the clipboard. `children` adds what else the admin must know (a rotation's overlap).
 */
export function WebhookSecret({ shown, heading, onDone, children }: { shown: ShownSecret; heading: string; onDone: () => void; children?: ReactNode }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');

  useEffect(() => {
    // After the dialog that made it has closed and handed focus back: passive effects run after unmounts.
    inputRef.current?.focus();
    inputRef.current?.select();
    setCopyState('idle');
  }, [shown.key]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(shown.secret);
      setCopyState('copied');
    } catch {
      inputRef.current?.focus();
      inputRef.current?.select();
      setCopyState('failed');
    }
  }

  return (
    <section className="new-key" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{heading}</h2>
      <p id={`${id}-warning`} className="new-key__warning">
        <strong>You will not see it again.</strong> Paste it into the receiving system's settings now; if it gets lost,
        rotate the secret on the endpoint's page.
      </p>
      {children}
      <label htmlFor={`${id}-secret`} className="new-key__label">
        Signing secret
      </label>
      <div className="new-key__secret">
        <input
          ref={inputRef}
          id={`${id}-secret`}
          className="new-key__value"
          type="text"
          readOnly
          value={shown.secret}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-warning ${id}-usage`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          Copy secret
        </button>
      </div>
      <p role="status" className="new-key__copy-status">
        {copyState === 'copied' && 'Copied to the clipboard.'}
        {copyState === 'failed' && 'Your browser did not let us copy it. The secret is selected: press Ctrl+C (⌘C on a Mac).'}
      </p>
      <p id={`${id}-usage`} className="new-key__usage">
        The receiver checks each delivery's <code>webhook-signature</code> header with it, e.g.{' '}
        <code>new Webhook(secret).verify(body, headers)</code> from the <code>standardwebhooks</code> package.
      </p>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          I have stored the secret
        </button>
      </div>
    </section>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import type { CreatedKey } from './CreateApiKeyDialog';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The new key's secret, shown this once: the API keeps only a hash, so neither this page nor anyone can show it
 * again. Focus moves to the secret (selected, so Ctrl+C copies it too); "Copy key" puts it on the clipboard.
 */
export function NewKeySecret({ apiKey, onDone }: { apiKey: CreatedKey; onDone: () => void }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');

  useEffect(() => {
    // After the dialog that created the key has closed and handed focus back: passive effects run after unmounts.
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [apiKey.id]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(apiKey.secret);
      setCopyState('copied');
    } catch {
      // No clipboard here (permission refused, an older browser): the selected text copies with the keyboard.
      inputRef.current?.focus();
      inputRef.current?.select();
      setCopyState('failed');
    }
  }

  return (
    <section className="new-key" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Copy the key for “{apiKey.name}” now</h2>
      <p id={`${id}-warning`} className="new-key__warning">
        <strong>You will not see it again.</strong> Shortlist keeps only a fingerprint of it. Paste it into the partner
        system's settings now; if it gets lost, revoke this key and create a new one.
      </p>
      <label htmlFor={`${id}-secret`} className="new-key__label">
        API key
      </label>
      <div className="new-key__secret">
        <input
          ref={inputRef}
          id={`${id}-secret`}
          className="new-key__value"
          type="text"
          readOnly
          value={apiKey.secret}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-warning ${id}-usage`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          Copy key
        </button>
      </div>
      <p role="status" className="new-key__copy-status">
        {copyState === 'copied' && 'Copied to the clipboard.'}
        {copyState === 'failed' && 'Your browser did not let us copy it. The key is selected: press Ctrl+C (⌘C on a Mac).'}
      </p>
      <p id={`${id}-usage`} className="new-key__usage">
        The system sends it with each request as <code>Authorization: Bearer &lt;key&gt;</code>.
      </p>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          I have stored the key
        </button>
      </div>
    </section>
  );
}

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * A secret the API shows this once (a new API key, a webhook signing secret): it keeps only a hash, so nobody can
 * show it again. Focus moves to the secret, selected so Ctrl+C copies it too; the copy button puts it on the
 * clipboard. `noun` names it in the button and messages ("key", "secret"); `shownAt` changes when a new one is shown.
 */
export function SecretShownOnce(props: {
  heading: ReactNode;
  warning: ReactNode;
  label: string;
  noun: string;
  secret: string;
  shownAt: string | number;
  usage: ReactNode;
  onDone: () => void;
  children?: ReactNode;
}) {
  const { heading, warning, label, noun, secret, shownAt, usage, onDone, children } = props;
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');

  useEffect(() => {
    // After the dialog that made it has closed and handed focus back: passive effects run after unmounts.
    inputRef.current?.focus();
    inputRef.current?.select();
    setCopyState('idle');
  }, [shownAt]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
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
      <h2 id={`${id}-title`}>{heading}</h2>
      <p id={`${id}-warning`} className="new-key__warning">
        <strong>You will not see it again.</strong> {warning}
      </p>
      {children}
      <label htmlFor={`${id}-secret`} className="new-key__label">
        {label}
      </label>
      <div className="new-key__secret">
        <input
          ref={inputRef}
          id={`${id}-secret`}
          className="new-key__value"
          type="text"
          readOnly
          value={secret}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-warning ${id}-usage`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          Copy {noun}
        </button>
      </div>
      <p role="status" className="new-key__copy-status">
        {copyState === 'copied' && 'Copied to the clipboard.'}
        {copyState === 'failed' && `Your browser did not let us copy it. The ${noun} is selected: press Ctrl+C (⌘C on a Mac).`}
      </p>
      <p id={`${id}-usage`} className="new-key__usage">
        {usage}
      </p>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          I have stored the {noun}
        </button>
      </div>
    </section>
  );
}

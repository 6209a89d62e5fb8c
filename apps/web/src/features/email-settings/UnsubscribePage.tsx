import { useState } from 'react';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { useSearch } from '../../routes/use-search';
import { emailCategoryInSentence, emailCategoryInWords, isEmailCategory } from '../../words/email-category-in-words';
import './email-settings.css';
import { postUnsubscribe, type UnsubscribeOutcome } from './post-unsubscribe';

const MANAGE_HREF = `/sign-in?next=${encodeURIComponent('/settings/notifications')}`;

/**
 * `/unsubscribe?token=…&category=…`, the link in every e-mail's footer and List-Unsubscribe header, for anyone, signed
 * in or not. Opening it changes nothing (link scanners open links too): the person confirms with the button, which
 * posts the same address the way a mail client's one-click unsubscribe does.
 */
export default function UnsubscribePage(_props: PageProps) {
  const search = new URLSearchParams(useSearch());
  const token = search.get('token') ?? '';
  const category = search.get('category');
  const [outcome, setOutcome] = useState<UnsubscribeOutcome | null>(null);
  const [isSending, setIsSending] = useState(false);

  async function confirm() {
    if (!isEmailCategory(category) || isSending) return;
    setIsSending(true);
    setOutcome(await postUnsubscribe(token, category));
    setIsSending(false);
  }

  const isComplete = token !== '' && isEmailCategory(category);
  const words = isEmailCategory(category) ? emailCategoryInSentence[category] : null;

  return (
    <main id="main" className="page unsubscribe">
      <header className="page__header">
        <h1>{outcome?.kind === 'done' ? 'You are unsubscribed' : 'Unsubscribe'}</h1>
      </header>
      <div className="card unsubscribe__card">
        {!isComplete || outcome?.kind === 'invalid' ? (
          <div role="alert">
            <p>
              <strong>This unsubscribe link is not valid.</strong> It may have been cut short when it was copied.
            </p>
            <p>
              Open the link from the e-mail again, or <Link href={MANAGE_HREF}>sign in to manage your e-mail settings</Link>.
            </p>
          </div>
        ) : outcome?.kind === 'done' ? (
          <div role="status">
            <p>
              You will no longer get {words} e-mails at <strong>{outcome.maskedEmail}</strong>.
            </p>
            <p>
              Your other e-mails and your notifications in Shortlist stay as they were.{' '}
              <Link href={MANAGE_HREF}>Sign in to manage all your e-mail settings</Link>.
            </p>
          </div>
        ) : (
          <>
            <p>
              Stop e-mails about <strong>{emailCategoryInWords[category!].label.toLowerCase()}</strong>?{' '}
              {emailCategoryInWords[category!].hint}
            </p>
            {outcome?.kind === 'failed' && (
              <p role="alert" className="notice notice--error">
                <strong>{outcome.message}</strong>
              </p>
            )}
            <p>
              <button type="button" className="button" onClick={() => void confirm()} disabled={isSending}>
                {isSending ? 'Unsubscribing…' : `Unsubscribe from ${words} e-mails`}
              </button>
            </p>
            <p className="field__hint">
              Nothing changes until you press the button. To choose a daily digest instead, or to change other e-mails,{' '}
              <Link href={MANAGE_HREF}>sign in to your e-mail settings</Link>.
            </p>
          </>
        )}
      </div>
    </main>
  );
}

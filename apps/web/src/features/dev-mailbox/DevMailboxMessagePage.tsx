import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { browserTimeZone, formatDateTime } from '../../ui/format-date-time';
import { PageLoading } from '../../ui/LoadError';
import { emailKindInWords, emailStatusInWords } from '../../words/email-message-in-words';
import { DevMailboxOff } from './DevMailboxNotes';
import { linksInHtml } from './links-in-html';
import './dev-mailbox.css';

export const DevMailboxMessagePage_Query = graphql(`
  query DevMailboxMessagePage_Query($id: ID!) {
    me {
      id
      timeZone
    }
    devMailbox {
      isAvailable
      offReason
      message(id: $id) {
        id
        to
        subject
        kind
        status
        dueAt
        sentAt
        text
        html
        headers {
          name
          value
        }
        attachments {
          filename
          contentType
          size
          content
        }
      }
    }
  }
`);

/** The e-mail's links, to follow from here: the sandboxed frame above cannot open them. */
function EmailLinks({ html }: { html: string }) {
  const links = linksInHtml(html);
  if (links.length === 0) return null;
  return (
    <div className="dev-mailbox__links">
      <h3>Its links</h3>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.text}</a>
            {link.text !== link.href && <span className="dev-mailbox__href">{link.href}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

const BACK = (
  <p className="page__back">
    <Link href="/dev/mailbox">← Development mailbox</Link>
  </p>
);

/** `/dev/mailbox/:messageId`: one kept e-mail as its recipient would get it, with its parts and headers. */
export default function DevMailboxMessagePage({ params }: PageProps) {
  const { data, error, refetch } = useQuery(DevMailboxMessagePage_Query, { variables: { id: params.messageId ?? '' } });
  if (!data) {
    return (
      <PageLoading title="E-mail" what="this e-mail" error={error} onRetry={() => void refetch().catch(() => {})}>
        Loading the e-mail…
      </PageLoading>
    );
  }
  const { devMailbox } = data;
  const message = devMailbox.message;
  const timeZone = data.me?.timeZone ?? browserTimeZone();

  if (!devMailbox.isAvailable || !message) {
    return (
      <main id="main" className="page dev-mailbox">
        {BACK}
        <header className="page__header">
          <h1>E-mail not found</h1>
        </header>
        {devMailbox.isAvailable ? (
          <div className="notice">
            <p>There is no such e-mail in your agency's mailbox.</p>
          </div>
        ) : (
          <DevMailboxOff reason={devMailbox.offReason} />
        )}
      </main>
    );
  }

  return (
    <main id="main" className="page dev-mailbox">
      {BACK}
      <header className="page__header">
        <h1>{message.subject ?? `${emailKindInWords(message.kind)} (written when it is due)`}</h1>
        <dl className="dev-mailbox__meta">
          <dt>To</dt>
          <dd>{message.to}</dd>
          <dt>Kind</dt>
          <dd>{emailKindInWords(message.kind)}</dd>
          <dt>Status</dt>
          <dd>{emailStatusInWords[message.status]}</dd>
          <dt>{message.sentAt ? 'Sent' : 'Due'}</dt>
          <dd>{formatDateTime(message.sentAt ?? message.dueAt, timeZone)}</dd>
        </dl>
      </header>

      {message.html === null && message.text === null ? (
        <div className="notice">
          <p>This e-mail has not been written yet: it is put together when it is sent.</p>
        </div>
      ) : (
        <>
          {message.html !== null && (
            <section className="dev-mailbox__part" aria-labelledby="dev-mailbox-html">
              <h2 id="dev-mailbox-html">As the recipient sees it</h2>
              {/* sandbox="": no scripts, no forms, no same-origin access; the e-mail is only looked at. */}
              <iframe className="dev-mailbox__frame" title={`The e-mail "${message.subject ?? ''}"`} sandbox="" srcDoc={message.html} />
              <EmailLinks html={message.html} />
            </section>
          )}
          {message.text !== null && (
            <section className="dev-mailbox__part" aria-labelledby="dev-mailbox-text">
              <h2 id="dev-mailbox-text">Plain-text part</h2>
              <pre className="dev-mailbox__text">{message.text}</pre>
            </section>
          )}
          <section className="dev-mailbox__part" aria-labelledby="dev-mailbox-attachments">
            <h2 id="dev-mailbox-attachments">Attachments</h2>
            {message.attachments.length === 0 ? (
              <p className="field__hint">None.</p>
            ) : (
              <ul className="dev-mailbox__attachments">
                {message.attachments.map((attachment, index) => (
                  <li key={`${attachment.filename ?? 'part'}-${index}`}>
                    <strong>{attachment.filename ?? '(unnamed part)'}</strong> {attachment.contentType}, {attachment.size} bytes
                    {attachment.content !== null && (
                      <details>
                        <summary>Show the calendar data</summary>
                        <pre className="dev-mailbox__text">{attachment.content}</pre>
                      </details>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="dev-mailbox__part" aria-labelledby="dev-mailbox-headers">
            <h2 id="dev-mailbox-headers">Headers</h2>
            <details>
              <summary>Show all {message.headers.length} headers</summary>
              <table className="dev-mailbox__headers">
                <tbody>
                  {message.headers.map((header, index) => (
                    <tr key={`${header.name}-${index}`}>
                      <th scope="row">{header.name}</th>
                      <td>{header.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </section>
        </>
      )}
    </main>
  );
}

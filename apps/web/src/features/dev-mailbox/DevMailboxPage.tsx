import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { browserTimeZone, formatDateTime } from '../../ui/format-date-time';
import { LoadError, Loading } from '../../ui/LoadError';
import { emailKindInWords, emailStatusInWords } from '../../words/email-message-in-words';
import { DevMailboxOff, DevToolNote } from './DevMailboxNotes';
import './dev-mailbox.css';

export const DevMailboxPage_Query = graphql(`
  query DevMailboxPage_Query {
    me {
      id
      timeZone
    }
    devMailbox {
      isAvailable
      offReason
      messages {
        id
        to
        subject
        kind
        status
        createdAt
        dueAt
        sentAt
      }
    }
  }
`);

/** New e-mails are sent by a background worker a moment after the change: the list looks again this often. */
export const DEV_MAILBOX_POLL_MS = 3000;

/** "Sam Okafor <sam@example.com>" as the name, with the address below it in smaller type. */
function Recipient({ to }: { to: string }) {
  const match = /^(.*) <([^>]+)>$/.exec(to);
  if (!match) return <>{to}</>;
  return (
    <>
      {match[1]}
      <span className="dev-mailbox__address">{match[2]}</span>
    </>
  );
}

/** `/dev/mailbox`: every e-mail the app kept instead of sending (no SMTP_URL, outside production), newest first. */
export default function DevMailboxPage(_props: PageProps) {
  const { data, previousData, error, refetch } = useQuery(DevMailboxPage_Query, {
    pollInterval: DEV_MAILBOX_POLL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
  });
  const shown = data ?? previousData;
  const timeZone = shown?.me?.timeZone ?? browserTimeZone();
  const messages = shown?.devMailbox.messages;

  return (
    <main id="main" className="page dev-mailbox">
      <header className="page__header">
        <h1>Development mailbox</h1>
        <DevToolNote />
      </header>
      {!shown ? (
        error ? (
          <LoadError what="the mailbox" error={error} onRetry={() => void refetch().catch(() => {})} />
        ) : (
          <Loading>Loading the mailbox…</Loading>
        )
      ) : !shown.devMailbox.isAvailable || !messages ? (
        <DevMailboxOff reason={shown.devMailbox.offReason} />
      ) : messages.length === 0 ? (
        <div className="notice">
          <p>
            <strong>No e-mails yet.</strong>
          </p>
          <p>Propose a match, schedule an interview or answer a proposal, and the e-mails it sends show up here within seconds.</p>
        </div>
      ) : (
        <section aria-label="E-mails, newest first" className="dev-mailbox__table-wrap">
          <table className="dev-mailbox__table">
            <thead>
              <tr>
                <th scope="col">Subject</th>
                <th scope="col">To</th>
                <th scope="col">Kind</th>
                <th scope="col">Status</th>
                <th scope="col">Sent or due</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id}>
                  <td>
                    <Link href={`/dev/mailbox/${message.id}`}>{message.subject ?? `${emailKindInWords(message.kind)} (written when it is due)`}</Link>
                  </td>
                  <td>
                    <Recipient to={message.to} />
                  </td>
                  <td className="dev-mailbox__kind">{emailKindInWords(message.kind)}</td>
                  <td>
                    <span className={`chip dev-mailbox__status dev-mailbox__status--${message.status.toLowerCase()}`}>{emailStatusInWords[message.status]}</span>
                  </td>
                  <td>{formatDateTime(message.sentAt ?? message.dueAt, timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </main>
  );
}

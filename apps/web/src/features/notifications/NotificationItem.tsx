import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { formatDateTime } from '../../ui/format-date-time';
import { notificationPath, type InboxReader } from './notification-path';
import { shortenText } from './shorten-text';

export const NotificationItem_notification = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    title
    body
    createdAt
    isRead
    proposal {
      id
    }
    interview {
      id
    }
  }
`);

/**
 * One notification: its title links to the page it is about (opening it marks it read), a long body is shortened
 * to 280 characters ("Show the whole message" unfolds it in place), and unread ones stand out (a badge that says "Unread") and can be marked read
 * on their own.
 */
export function NotificationItem({
  notification,
  onMarkRead,
  timeZone,
  reader,
}: {
  notification: FragmentType<typeof NotificationItem_notification>;
  onMarkRead: (id: string) => void;
  /** The reader's own zone (from their account), not the browser's: the time says which it is. */
  timeZone: string;
  /** Whose pages the link opens: a candidate's or the agency staff's. */
  reader: InboxReader;
}) {
  const { data, complete } = useFragment({
    fragment: NotificationItem_notification,
    fragmentName: 'NotificationItem_notification',
    from: notification,
  });
  const articleRef = useRef<HTMLElement>(null);
  const bodyId = useId();
  const [isExpanded, setIsExpanded] = useState(false);
  if (!complete) return null;

  const { id } = data;
  const path = notificationPath(data, reader);
  const body = shortenText(data.body);
  const titleId = `notification-${id}-title`;
  function handleMarkRead() {
    onMarkRead(id);
    // The button goes away once the item is read: keep keyboard focus on the item rather than losing it.
    articleRef.current?.focus();
  }

  return (
    <article
      ref={articleRef}
      tabIndex={-1}
      aria-labelledby={titleId}
      className={data.isRead ? 'notification' : 'notification notification--unread'}
    >
      <h2 className="notification__title" id={titleId}>
        {!data.isRead && (
          <>
            <span className="notification__badge">Unread</span>
            <span className="visually-hidden">:</span>{' '}
          </>
        )}
        {path ? (
          <Link href={path} className="notification__link" onClick={() => !data.isRead && onMarkRead(id)}>
            {data.title}
          </Link>
        ) : (
          data.title
        )}
      </h2>
      <p className="notification__body" id={bodyId}>
        {body.isShortened && !isExpanded ? body.text : data.body}
      </p>
      {body.isShortened && (
        <button
          type="button"
          className="button button--quiet notification__expand"
          aria-expanded={isExpanded}
          aria-controls={bodyId}
          onClick={() => setIsExpanded(!isExpanded)}
        >
          {isExpanded ? 'Show less' : 'Show the whole message'}
        </button>
      )}
      <p className="notification__meta">
        <time dateTime={data.createdAt}>{formatDateTime(data.createdAt, timeZone)}</time>
      </p>
      {!data.isRead && (
        <button type="button" className="button button--secondary notification__action" onClick={handleMarkRead}>
          Mark as read<span className="visually-hidden">: {data.title}</span>
        </button>
      )}
    </article>
  );
}

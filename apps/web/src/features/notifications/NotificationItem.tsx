import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useRef } from 'react';
import { graphql } from '../../gql';
import { formatDateTime } from '../../ui/format-date-time';

export const NotificationItem_notification = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    title
    body
    createdAt
    isRead
  }
`);

/** One notification: unread ones stand out (a badge that says "Unread") and can be marked read on their own. */
export function NotificationItem({
  notification,
  onMarkRead,
  timeZone,
}: {
  notification: FragmentType<typeof NotificationItem_notification>;
  onMarkRead: (id: string) => void;
  /** The reader's own zone (from their account), not the browser's: the time says which it is. */
  timeZone: string;
}) {
  const { data, complete } = useFragment({
    fragment: NotificationItem_notification,
    fragmentName: 'NotificationItem_notification',
    from: notification,
  });
  const articleRef = useRef<HTMLElement>(null);
  if (!complete) return null;

  const { id } = data;
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
            <span className="visually-hidden">: </span>
          </>
        )}
        {data.title}
      </h2>
      <p className="notification__body">{data.body}</p>
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

import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import './notifications-link.css';

export const NotificationsLink_Query = graphql(`
  query NotificationsLink_Query {
    unreadNotificationCount
  }
`);

/** New events arrive without a reload: the count is asked for again this often while the tab is visible. */
export const UNREAD_COUNT_POLL_MS = 15_000;

/** The link's accessible name: "Notifications, 3 unread", or "Notifications" when everything is read. */
export function notificationsLinkName(unread: number): string {
  return unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';
}

/**
 * The content of the header's link to the inbox: the word, a badge with the unread count, and the count in words
 * for screen readers. Rendered only for someone signed in, so a signed-out visitor never polls.
 */
export function NotificationsLinkContent() {
  const { data } = useQuery(NotificationsLink_Query, {
    pollInterval: UNREAD_COUNT_POLL_MS,
    // A hidden tab needs no fresh count; polling picks up again when the person comes back.
    skipPollAttempt: () => document.visibilityState === 'hidden',
  });
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <>
      <span aria-hidden="true">Notifications</span>
      {unread > 0 && (
        <span className="notifications-link__badge" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
      <span className="visually-hidden">{notificationsLinkName(unread)}</span>
    </>
  );
}

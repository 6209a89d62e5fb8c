import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { browserTimeZone } from '../../ui/format-date-time';
import { LoadError, Loading } from '../../ui/LoadError';
import { ShowMoreButton } from '../../ui/ShowMoreButton';
import { NotificationItem } from './NotificationItem';
import './notifications.css';
import { UNREAD_COUNT_POLL_MS } from './NotificationsLink';
import { useMarkNotificationsRead } from './use-mark-notifications-read';

export const NotificationsPage_Query = graphql(`
  query NotificationsPage_Query($first: Int!, $after: String) {
    me {
      id
      timeZone
      role
    }
    unreadNotificationCount
    notifications(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          isRead
          ...NotificationItem_notification
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The inbox: newest first, unread ones marked, new ones appearing without a reload. */
export default function NotificationsPage(_props: PageProps) {
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(NotificationsPage_Query, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE },
    pollInterval: UNREAD_COUNT_POLL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
    notifyOnNetworkStatusChange: true,
  });
  const { markRead, error: markError } = useMarkNotificationsRead();

  // A failed poll keeps the list on screen and says so above it.
  const shown = data ?? previousData;
  const edges = shown?.notifications.edges;
  const unreadCount = shown?.unreadNotificationCount ?? 0;
  const unreadIds = edges?.filter((edge) => !edge.node.isRead).map((edge) => edge.node.id) ?? [];
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  // Times read in the person's own zone (their account's), whatever the browser's zone is.
  const timeZone = shown?.me?.timeZone ?? browserTimeZone();
  const reader = shown?.me?.role === 'CANDIDATE' ? 'CANDIDATE' : 'STAFF';
  const hasUnread = unreadCount > 0 || unreadIds.length > 0;

  function retry() {
    refetch().catch(() => {});
  }

  function loadMore() {
    const after = shown?.notifications.pageInfo.endCursor;
    if (!after) return;
    // A failed page shows through `error`; the rejected promise needs no second report.
    fetchMore({ variables: { after } }).catch(() => {});
  }

  function markAllRead() {
    if (!hasUnread) return;
    void markRead({ ids: null, unreadIds, unreadCount });
  }

  return (
    <main id="main" className="page notifications-page">
      <header className="page__header notifications-page__header">
        <div>
          <h1>Notifications</h1>
          {shown && (
            <p className="page__lede" role="status">
              {unreadCount === 0 ? 'Everything is read.' : `${unreadCount} unread.`}
            </p>
          )}
          <p className="page__lede">
            Choose which of these also reach you by e-mail in your <Link href="/settings/notifications">e-mail settings</Link>.
          </p>
        </div>
        {edges && edges.length > 0 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={markAllRead}
            aria-disabled={!hasUnread}
          >
            Mark all as read
          </button>
        )}
      </header>

      {markError && (
        <div role="alert" className="notice notice--error notifications-page__error">
          <p>
            <strong>We couldn't mark that as read.</strong> {markError}
          </p>
        </div>
      )}

      <section aria-label="Your notifications" aria-busy={!shown && !error}>
        {error && !edges ? (
          <LoadError what="your notifications" error={error} onRetry={retry} />
        ) : !edges ? (
          <Loading>Loading your notifications…</Loading>
        ) : (
          <>
            {error && (
              <div role="alert" className="notice notice--error notifications-page__error">
                <p>
                  <strong>We couldn't check for new notifications.</strong> {error.message}
                </p>
                <button type="button" className="button" onClick={retry}>
                  Retry
                </button>
              </div>
            )}
            {edges.length === 0 ? (
              <div className="notice">
                <p>
                  <strong>No notifications yet.</strong>
                </p>
                <p>When something happens to your proposals or interviews, it shows up here.</p>
              </div>
            ) : (
              <ul className="notification-list">
                {edges.map(({ node }) => (
                  <li key={node.id}>
                    <NotificationItem
                      notification={node}
                      onMarkRead={(id) => void markRead({ ids: [id], unreadIds, unreadCount })}
                      timeZone={timeZone}
                      reader={reader}
                    />
                  </li>
                ))}
              </ul>
            )}
            {shown.notifications.pageInfo.hasNextPage && (
              <ShowMoreButton label="Load more" className="button" isLoading={isLoadingMore} onClick={loadMore} />
            )}
          </>
        )}
      </section>
    </main>
  );
}

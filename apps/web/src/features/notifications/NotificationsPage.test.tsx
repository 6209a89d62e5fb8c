import { ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Observable } from 'rxjs';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { NotificationsLink_Query, NotificationsLinkContent } from './NotificationsLink';
import NotificationsPage, { NOTIFICATIONS_PAGE_SIZE, NotificationsPage_Query } from './NotificationsPage';
import { MarkNotificationsRead_Mutation } from './use-mark-notifications-read';

afterEach(cleanup);

type Item = { id: string; title: string; isRead: boolean; body?: string; proposalId?: string; interviewId?: string };

function notification({ id, title, isRead, body, proposalId, interviewId }: Item) {
  return {
    __typename: 'Notification' as const,
    id,
    title,
    body: body ?? `${title}: the details.`,
    createdAt: '2026-03-02T09:30:00.000Z',
    isRead,
    readAt: isRead ? '2026-03-02T10:00:00.000Z' : null,
    proposal: proposalId ? { __typename: 'Proposal' as const, id: proposalId } : null,
    interview: interviewId ? { __typename: 'Interview' as const, id: interviewId } : null,
  };
}

function inbox(items: Item[], { hasNextPage = false, role = 'CANDIDATE' }: { hasNextPage?: boolean; role?: 'CANDIDATE' | 'RECRUITER' } = {}) {
  return {
    me: { __typename: 'User' as const, id: 'user-1', timeZone: 'Asia/Tokyo', role },
    unreadNotificationCount: items.filter((item) => !item.isRead).length,
    notifications: {
      __typename: 'NotificationConnection' as const,
      edges: items.map((item) => ({ __typename: 'NotificationEdge' as const, cursor: `c-${item.id}`, node: notification(item) })),
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: items.length > 0 ? `c-${items.at(-1)!.id}` : null },
    },
  };
}

const declined = { id: 'n2', title: 'Sam declined the Data Engineer proposal', isRead: false };
const cancelled = { id: 'n1', title: 'Interview cancelled', isRead: false };
const older = { id: 'n0', title: 'Proposal sent', isRead: true };

function showsInbox(items: Item[], options?: { hasNextPage?: boolean; after?: string; role?: 'CANDIDATE' | 'RECRUITER' }): MockLink.MockedResponse {
  return {
    request: {
      query: NotificationsPage_Query,
      variables: { first: NOTIFICATIONS_PAGE_SIZE, ...(options?.after ? { after: options.after } : {}) },
    },
    result: { data: inbox(items, options) },
  };
}

function headerCount(count: number): MockLink.MockedResponse {
  return { request: { query: NotificationsLink_Query }, result: { data: { unreadNotificationCount: count } } };
}

/** Mutations never answer through this link, so what the screen shows meanwhile is the optimistic update. */
const mutationsHang = new ApolloLink((operation, forward) =>
  operation.operationName === 'MarkNotificationsRead_Mutation' ? new Observable(() => {}) : forward(operation),
);

function renderInbox(mocks: MockLink.MockedResponse[], { hangMutations = false } = {}) {
  const mockLink = new MockLink(mocks, { defaultOptions: { delay: 0 } });
  const client = createApolloClient({ link: hangMutations ? ApolloLink.from([mutationsHang, mockLink]) : mockLink });
  render(
    <ApolloProvider client={client}>
      <nav aria-label="Site">
        <a href="/notifications">
          <NotificationsLinkContent />
        </a>
      </nav>
      <NotificationsPage params={{}} />
    </ApolloProvider>,
  );
}

const headerLink = (name: string) => screen.findByRole('link', { name });

describe('the notifications inbox', () => {
  test('marks unread notifications visibly and in words, newest first', async () => {
    renderInbox([headerCount(2), showsInbox([declined, cancelled, older])]);

    const items = await screen.findAllByRole('article');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Unread: Sam declined the Data Engineer proposal',
      'Unread: Interview cancelled',
      'Proposal sent',
    ]);
    expect(within(items[2]!).queryByRole('button', { name: /^Mark as read/ })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('2 unread.');
    expect(await headerLink('Notifications, 2 unread')).toBeDefined();
  });

  test('marking one as read drops the header’s count at once, before the server answers', async () => {
    renderInbox([headerCount(2), showsInbox([declined, cancelled, older])], { hangMutations: true });
    await headerLink('Notifications, 2 unread');

    fireEvent.click(await screen.findByRole('button', { name: 'Mark as read: Interview cancelled' }));

    expect(await headerLink('Notifications, 1 unread')).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Interview cancelled' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Mark as read: Interview cancelled' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('1 unread.');
  });

  test('“Mark all as read” clears every unread mark and the header’s count', async () => {
    renderInbox([
      headerCount(2),
      showsInbox([declined, cancelled, older]),
      {
        request: { query: MarkNotificationsRead_Mutation, variables: { input: {} } },
        result: {
          data: {
            markNotificationsRead: {
              __typename: 'MarkNotificationsReadSuccess',
              unreadCount: 0,
              notifications: [declined, cancelled].map((item) => {
                const { id, isRead, readAt } = notification({ ...item, isRead: true });
                return { __typename: 'Notification' as const, id, isRead, readAt };
              }),
            },
          },
        },
      },
    ]);
    await headerLink('Notifications, 2 unread');

    fireEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));

    expect(await headerLink('Notifications')).toBeDefined();
    expect(screen.queryByText('Unread')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Everything is read.');
  });

  test('puts the unread mark back and says why when marking fails', async () => {
    renderInbox([
      headerCount(2),
      showsInbox([declined, cancelled]),
      {
        request: { query: MarkNotificationsRead_Mutation, variables: { input: { ids: ['n1'] } } },
        error: new Error('Failed to fetch.'),
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Mark as read: Interview cancelled' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Failed to fetch.');
    expect(await headerLink('Notifications, 2 unread')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Mark as read: Interview cancelled' })).toBeDefined();
  });

  test('adds older notifications below after “Load more”', async () => {
    renderInbox([
      headerCount(2),
      showsInbox([declined, cancelled], { hasNextPage: true }),
      showsInbox([older], { after: 'c-n1' }),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('heading', { name: 'Proposal sent' })).toBeDefined();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull());
  });

  test('shows each time in the signed-in person’s own zone, whatever the browser’s zone is', async () => {
    renderInbox([headerCount(0), showsInbox([older])]);

    const item = await screen.findByRole('article', { name: 'Proposal sent' });
    expect(item.querySelector('time')?.textContent).toBe('Mon 2 Mar, 18:30 (Asia/Tokyo)');
  });

  test('says so when there is nothing yet', async () => {
    renderInbox([headerCount(0), showsInbox([])]);

    expect(await screen.findByText('No notifications yet.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();
  });

  test('shows the API’s message and loads again after “Retry”', async () => {
    renderInbox([
      headerCount(0),
      {
        request: { query: NotificationsPage_Query, variables: { first: NOTIFICATIONS_PAGE_SIZE } },
        result: { errors: [{ message: 'The inbox is taking a short break.' }] },
      },
      showsInbox([older]),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The inbox is taking a short break.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { name: 'Proposal sent' })).toBeDefined();
  });

  test('a candidate’s notification links to its interview, or else its proposal; opening it marks it read', async () => {
    const moved = { id: 'n5', title: 'Interview moved: Kestrel Logistics', isRead: false, proposalId: 'P1', interviewId: 'I9' };
    const offer = { id: 'n4', title: 'Offer from Kestrel Logistics', isRead: false, proposalId: 'P1' };
    renderInbox([headerCount(2), showsInbox([moved, offer])], { hangMutations: true });

    expect((await screen.findByRole('link', { name: moved.title })).getAttribute('href')).toBe('/me/interviews/I9');
    const offerLink = screen.getByRole('link', { name: offer.title });
    expect(offerLink.getAttribute('href')).toBe('/me/proposals/P1');
    expect(screen.getByRole('heading', { name: `Unread: ${offer.title}` })).toBeDefined();

    fireEvent.click(offerLink);

    expect(await headerLink('Notifications, 1 unread')).toBeDefined();
    expect(screen.getByRole('heading', { name: offer.title })).toBeDefined();
    expect(window.location.pathname).toBe('/me/proposals/P1');
  });

  test('a recruiter’s notification links to the proposal’s page', async () => {
    const accepted = { id: 'n6', title: 'Julia Andersson accepted', isRead: true, proposalId: 'P2', interviewId: 'I3' };
    renderInbox([headerCount(0), showsInbox([accepted], { role: 'RECRUITER' })]);

    expect((await screen.findByRole('link', { name: accepted.title })).getAttribute('href')).toBe('/recruiter/proposals/P2');
  });

  test('shortens a long message to 280 characters, and unfolds the whole of it on request', async () => {
    const message = `${'We would love you to meet the whole team and hear about the role in depth. '.repeat(30)}The end.`;
    const long = { id: 'n7', title: 'Offer from Kestrel Logistics', isRead: true, proposalId: 'P1', body: message };
    renderInbox([headerCount(0), showsInbox([long])]);

    const item = await screen.findByRole('article', { name: long.title });
    const body = item.querySelector('.notification__body')!;
    expect(body.textContent).not.toContain('The end.');
    expect(body.textContent!.endsWith('…')).toBe(true);
    expect(Array.from(body.textContent!).length).toBeLessThanOrEqual(280);

    const expand = within(item).getByRole('button', { name: 'Show the whole message' });
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(expand);
    expect(body.textContent).toBe(message);
    expect(within(item).getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
  });
});

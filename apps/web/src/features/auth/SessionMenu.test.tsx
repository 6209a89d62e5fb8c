import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { NotificationsLink_Query } from '../notifications/NotificationsLink';
import { SessionMenu } from './SessionMenu';
import { Session_Query } from './use-session';

afterEach(cleanup);

type Role = 'RECRUITER' | 'ADMIN' | 'CANDIDATE';

function renderMenu({ role, at, unread = 0 }: { role: Role | null; at: string; unread?: number }) {
  window.history.replaceState(null, '', at);
  const me = role && { __typename: 'User', id: 'user-1', name: 'Sam Okafor', role };
  const client = createApolloClient({
    link: new MockLink(
      [
        { request: { query: Session_Query }, result: { data: { me } } },
        { request: { query: NotificationsLink_Query }, result: { data: { unreadNotificationCount: unread } } },
      ],
      { defaultOptions: { delay: 0 } },
    ),
  });
  render(
    <ApolloProvider client={client}>
      <nav aria-label="Site">
        <SessionMenu />
      </nav>
    </ApolloProvider>,
  );
  return within(screen.getByRole('navigation', { name: 'Site' }));
}

describe('the header menu', () => {
  test('gives a recruiter their jobs, candidates and notifications, marking the page they are on', async () => {
    const nav = renderMenu({ role: 'RECRUITER', at: '/recruiter/candidates', unread: 3 });

    expect(await nav.findByRole('link', { name: 'Notifications, 3 unread' })).toBeDefined();
    expect(nav.getByRole('link', { name: 'Jobs' }).getAttribute('href')).toBe('/recruiter');
    expect(nav.getByRole('link', { name: 'Candidates' }).getAttribute('aria-current')).toBe('page');
    expect(nav.getByRole('link', { name: 'Jobs' }).getAttribute('aria-current')).toBeNull();
    expect(nav.getByText('3').getAttribute('aria-hidden')).toBe('true');
    expect(nav.getByRole('button', { name: 'Sign out' })).toBeDefined();
    expect(nav.queryByRole('link', { name: 'Integrations' })).toBeNull();
  });

  test('gives an agency admin “Integrations” (the API keys) besides the recruiter’s pages', async () => {
    const nav = renderMenu({ role: 'ADMIN', at: '/integrations/api-keys' });

    const integrations = await nav.findByRole('link', { name: 'Integrations' });
    expect(integrations.getAttribute('href')).toBe('/integrations/api-keys');
    expect(integrations.getAttribute('aria-current')).toBe('page');
    expect(nav.getByRole('link', { name: 'Jobs' }).getAttribute('href')).toBe('/recruiter');
  });

  test('marks “Integrations” current on the Webhooks screen too', async () => {
    const nav = renderMenu({ role: 'ADMIN', at: '/integrations/webhooks' });

    expect((await nav.findByRole('link', { name: 'Integrations' })).getAttribute('aria-current')).toBe('page');
  });

  test('gives a candidate their opportunities, profile and notifications', async () => {
    const nav = renderMenu({ role: 'CANDIDATE', at: '/me/profile' });

    expect(await nav.findByRole('link', { name: 'Profile' })).toBeDefined();
    expect(nav.getByRole('link', { name: 'My opportunities' }).getAttribute('href')).toBe('/me');
    expect(nav.getByRole('link', { name: 'Profile' }).getAttribute('aria-current')).toBe('page');
    expect(nav.getByRole('link', { name: 'Notifications' }).getAttribute('href')).toBe('/notifications');
    expect(nav.queryByRole('link', { name: 'Candidates' })).toBeNull();
    expect(nav.queryByRole('link', { name: 'Integrations' })).toBeNull();
    expect(nav.getByText('Sam Okafor')).toBeDefined();
  });

  test('leads every signed-in role to their e-mail settings', async () => {
    for (const role of ['CANDIDATE', 'RECRUITER', 'ADMIN'] as const) {
      const nav = renderMenu({ role, at: '/settings/notifications' });
      const link = await nav.findByRole('link', { name: 'E-mail settings' });
      expect(link.getAttribute('href')).toBe('/settings/notifications');
      expect(link.getAttribute('aria-current')).toBe('page');
      cleanup();
    }
  });

  test('offers only “Sign in” to someone signed out', async () => {
    const nav = renderMenu({ role: null, at: '/' });

    expect(await nav.findByRole('link', { name: 'Sign in' })).toBeDefined();
    expect(nav.getAllByRole('link').map((link) => link.textContent)).toEqual(['Sign in']);
  });
});

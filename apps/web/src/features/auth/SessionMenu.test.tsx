import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { navigate } from '../../routes/navigate';
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
      <header>
        <SessionMenu />
      </header>
      <main>
        <a href="/elsewhere">Elsewhere on the page</a>
      </main>
    </ApolloProvider>,
  );
}

const site = () => within(screen.getByRole('navigation', { name: 'Site' }));
const linkNames = () => site().getAllByRole('link').map((link) => link.textContent);
const accountButton = () => screen.getByRole('button', { name: /^Account: Sam Okafor/ });
const menuButton = () => screen.getByRole('button', { name: 'Menu' });

describe('the top bar', () => {
  test("gives a recruiter Today, Jobs, Candidates, Leads and Insight, marking the page they are on", async () => {
    renderMenu({ role: 'RECRUITER', at: '/recruiter/candidates', unread: 3 });

    expect(await screen.findByRole('link', { name: 'Notifications, 3 unread' })).toBeDefined();
    expect(linkNames()).toEqual(['Today', 'Jobs', 'Candidates', 'Leads', 'Insight']);
    expect(site().getByRole('link', { name: 'Today' }).getAttribute('href')).toBe('/recruiter/today');
    expect(site().getByRole('link', { name: 'Jobs' }).getAttribute('href')).toBe('/recruiter');
    expect(site().getByRole('link', { name: 'Leads' }).getAttribute('href')).toBe('/recruiter/leads');
    expect(site().getByRole('link', { name: 'Insight' }).getAttribute('href')).toBe('/recruiter/insight');
    expect(site().getByRole('link', { name: 'Candidates' }).getAttribute('aria-current')).toBe('page');
    expect(site().getByRole('link', { name: 'Jobs' }).getAttribute('aria-current')).toBeNull();
    expect(screen.getByText('3').getAttribute('aria-hidden')).toBe('true');
    expect(site().queryByRole('link', { name: 'Integrations' })).toBeNull();
    expect(site().queryByRole('link', { name: 'Admin' })).toBeNull();
  });

  test("marks Jobs current on a job's page and Candidates on a candidate's page (their sections)", async () => {
    renderMenu({ role: 'RECRUITER', at: '/recruiter/jobs/job-1' });
    expect((await screen.findByRole('link', { name: 'Jobs' })).getAttribute('aria-current')).toBe('page');
    cleanup();

    renderMenu({ role: 'RECRUITER', at: '/recruiter/candidates/cand-1' });
    expect((await screen.findByRole('link', { name: 'Candidates' })).getAttribute('aria-current')).toBe('page');
    expect(site().getByRole('link', { name: 'Jobs' }).getAttribute('aria-current')).toBeNull();
  });

  test('gives an agency admin Admin and Integrations besides the recruiter’s pages', async () => {
    renderMenu({ role: 'ADMIN', at: '/integrations/api-keys' });

    const integrations = await screen.findByRole('link', { name: 'Integrations' });
    expect(linkNames()).toEqual(['Today', 'Jobs', 'Candidates', 'Leads', 'Insight', 'Admin', 'Integrations']);
    expect(integrations.getAttribute('href')).toBe('/integrations/api-keys');
    expect(integrations.getAttribute('aria-current')).toBe('page');
    expect(site().getByRole('link', { name: 'Admin' }).getAttribute('href')).toBe('/admin');
  });

  test('marks Integrations current on the Webhooks screen, and Admin on the clients and policy screens', async () => {
    renderMenu({ role: 'ADMIN', at: '/integrations/webhooks' });
    expect((await screen.findByRole('link', { name: 'Integrations' })).getAttribute('aria-current')).toBe('page');
    cleanup();

    for (const at of ['/admin', '/admin/clients', '/admin/policy']) {
      renderMenu({ role: 'ADMIN', at });
      expect((await screen.findByRole('link', { name: 'Admin' })).getAttribute('aria-current')).toBe('page');
      cleanup();
    }
  });

  test('gives a candidate their home, profile, contacts and data, and notifications', async () => {
    renderMenu({ role: 'CANDIDATE', at: '/me/profile' });

    expect(await screen.findByRole('link', { name: 'Profile' })).toBeDefined();
    expect(linkNames()).toEqual(['Home', 'Profile', 'Contacts', 'Your data']);
    expect(site().getByRole('link', { name: 'Home' }).getAttribute('href')).toBe('/me');
    expect(site().getByRole('link', { name: 'Contacts' }).getAttribute('href')).toBe('/me/contacts');
    expect(site().getByRole('link', { name: 'Your data' }).getAttribute('href')).toBe('/me/data');
    expect(site().getByRole('link', { name: 'Profile' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Notifications' }).getAttribute('href')).toBe('/notifications');
    expect(screen.queryByRole('link', { name: 'Candidates' })).toBeNull();
  });

  test('keeps settings, e-mail settings and “Sign out” in the avatar menu, which opens with focus on its first item', async () => {
    for (const role of ['CANDIDATE', 'RECRUITER', 'ADMIN'] as const) {
      renderMenu({ role, at: '/settings/notifications' });
      await screen.findByRole('link', { name: 'Notifications' });

      const button = accountButton();
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(screen.queryByRole('link', { name: 'E-mail settings' })).toBeNull(); // closed: hidden

      fireEvent.click(button);
      expect(button.getAttribute('aria-expanded')).toBe('true');
      const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
      const settings = within(panel).getByRole('link', { name: 'Settings' });
      expect(settings.getAttribute('href')).toBe('/settings');
      expect(document.activeElement).toBe(settings);
      const email = within(panel).getByRole('link', { name: 'E-mail settings' });
      expect(email.getAttribute('href')).toBe('/settings/notifications');
      expect(email.getAttribute('aria-current')).toBe('page');
      expect(within(panel).getByRole('button', { name: 'Sign out' })).toBeDefined();
      expect(within(panel).getByText('Sam Okafor')).toBeDefined();
      cleanup();
    }
  });

  test('closes the avatar menu with Escape and gives focus back to its button', async () => {
    renderMenu({ role: 'RECRUITER', at: '/recruiter' });
    await screen.findByRole('link', { name: 'Notifications' });

    fireEvent.click(accountButton());
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });

    expect(accountButton().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(accountButton());
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  test('opens the folded menu (small screens) with focus on the first page, and Escape closes it back to the button', async () => {
    renderMenu({ role: 'RECRUITER', at: '/recruiter' });
    await screen.findByRole('link', { name: 'Notifications' });

    const button = menuButton();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const nav = screen.getByRole('navigation', { name: 'Site' });
    expect(button.getAttribute('aria-controls')).toBe(nav.id);

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(nav.getAttribute('data-open')).toBe('true');
    expect(document.activeElement).toBe(within(nav).getByRole('link', { name: 'Today' }));

    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  test('closes the folded menu when the person moves to another page', async () => {
    renderMenu({ role: 'RECRUITER', at: '/recruiter' });
    await screen.findByRole('link', { name: 'Notifications' });

    fireEvent.click(menuButton());
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
    act(() => navigate('/recruiter/candidates'));

    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(site().getByRole('link', { name: 'Candidates' }).getAttribute('aria-current')).toBe('page');
  });

  test('offers a visitor the open jobs and “Sign in”, with no menu to unfold', async () => {
    renderMenu({ role: null, at: '/' });

    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeDefined();
    expect(linkNames()).toEqual(['Jobs', 'Sign in']);
    expect(site().getByRole('link', { name: 'Jobs' }).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link', { name: /Notifications/ })).toBeNull();
  });
});

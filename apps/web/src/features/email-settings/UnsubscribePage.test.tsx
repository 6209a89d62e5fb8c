import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import UnsubscribePage from './UnsubscribePage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function openLink(search: string, answer: { status: number; body?: unknown }) {
  window.history.replaceState(null, '', `/unsubscribe${search}`);
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(answer.body ?? {}), { status: answer.status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  render(<UnsubscribePage params={{}} />);
  return fetchMock;
}

describe('the unsubscribe page', () => {
  test('changes nothing on opening; the button posts the one-click form, then says which e-mails stop and where', async () => {
    const fetchMock = openLink('?token=abc123&category=PROPOSAL_UPDATES', { status: 200, body: { category: 'PROPOSAL_UPDATES', maskedEmail: 's••••@example.com' } });
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Unsubscribe from proposal update e-mails' }));

    expect((await screen.findByRole('status')).textContent).toContain('You will no longer get proposal update e-mails at s••••@example.com.');
    expect(screen.getByRole('heading', { name: 'You are unsubscribed' })).toBeDefined();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/unsubscribe?token=abc123&category=PROPOSAL_UPDATES');
    expect(init).toMatchObject({ method: 'POST', body: 'List-Unsubscribe=One-Click' });
    expect(screen.getByRole('link', { name: 'Sign in to manage all your e-mail settings' }).getAttribute('href')).toBe(
      '/sign-in?next=%2Fsettings%2Fnotifications',
    );
  });

  test('a link the server does not know says it is not valid', async () => {
    openLink('?token=nope&category=REMINDERS', { status: 404 });
    fireEvent.click(screen.getByRole('button', { name: 'Unsubscribe from reminder e-mails' }));
    expect((await screen.findByRole('alert')).textContent).toContain('This unsubscribe link is not valid.');
  });

  test('a link cut short (no category) offers no button', () => {
    const fetchMock = openLink('?token=abc123', { status: 200 });
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('This unsubscribe link is not valid.');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

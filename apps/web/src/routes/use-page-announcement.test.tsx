import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { usePageAnnouncement } from './use-page-announcement';

afterEach(cleanup);

let goTo: (page: { path: string; heading: string | null; autofocus?: boolean }) => void = () => {};

function Shell() {
  const [page, setPage] = useState<{ path: string; heading: string | null; autofocus?: boolean }>({
    path: '/recruiter',
    heading: 'Jobs',
  });
  goTo = setPage;
  usePageAnnouncement(page.path);
  return (
    <>
      <header>
        <a href="/recruiter/candidates">Candidates</a>
        <button type="button">Account</button>
      </header>
      <main>
        {page.heading && <h1>{page.heading}</h1>}
        {page.autofocus && <input aria-label="Search" autoFocus />}
      </main>
    </>
  );
}

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('moving to another page in the app', () => {
  test('names the tab after the page, without taking focus on the first load', async () => {
    render(<Shell />);
    await flush();
    expect(document.title).toBe('Jobs · Shortlist');
    expect(document.activeElement).toBe(document.body);
  });

  test('focuses the new page heading once it renders, so a screen reader announces the page', async () => {
    render(<Shell />);
    await flush();
    (document.querySelector('header a') as HTMLElement).focus();
    act(() => goTo({ path: '/recruiter/candidates', heading: null }));
    await flush();
    act(() => goTo({ path: '/recruiter/candidates', heading: 'Candidates' }));
    await flush();
    expect(document.title).toBe('Candidates · Shortlist');
    expect(document.activeElement?.tagName).toBe('H1');
    expect(document.activeElement?.textContent).toBe('Candidates');
  });

  test('leaves focus where the person took it while the page loaded, e.g. the account menu', async () => {
    render(<Shell />);
    await flush();
    (document.querySelector('header a') as HTMLElement).focus();
    act(() => goTo({ path: '/me', heading: null }));
    await flush();
    const account = document.querySelector('header button') as HTMLElement;
    account.focus();
    act(() => goTo({ path: '/me', heading: 'Keep interviewing' }));
    await flush();
    expect(document.activeElement).toBe(account);
  });

  test('leaves focus where the page put it, e.g. an autofocused search box', async () => {
    render(<Shell />);
    await flush();
    act(() => goTo({ path: '/recruiter/candidates', heading: 'Candidates', autofocus: true }));
    await flush();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Search');
  });
});

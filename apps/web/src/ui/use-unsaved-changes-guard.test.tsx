import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Link } from '../routes/Link';
import { isSameDraft, LEAVE_QUESTION, useUnsavedChangesGuard } from './use-unsaved-changes-guard';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

function EditForm() {
  const [name, setName] = useState('Sam');
  useUnsavedChangesGuard(name !== 'Sam');
  return (
    <>
      <label>
        Name <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <Link href="/elsewhere">Elsewhere</Link>
    </>
  );
}

describe('useUnsavedChangesGuard (B14)', () => {
  test('follows a link without asking while nothing is edited', () => {
    const confirm = vi.spyOn(window, 'confirm');
    render(<EditForm />);
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(confirm).not.toHaveBeenCalled();
    expect(window.location.pathname).toBe('/elsewhere');
  });

  test('asks before leaving with edits, and stays (edits kept) when told to', () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<EditForm />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Sam Okafor' } });
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(confirm).toHaveBeenCalledWith(LEAVE_QUESTION);
    expect(window.location.pathname).toBe('/');
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Sam Okafor');
  });

  test('leaves when the person confirms', () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<EditForm />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Sam Okafor' } });
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(window.location.pathname).toBe('/elsewhere');
  });

  test('warns before the tab closes or reloads with edits, and not without', () => {
    render(<EditForm />);
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Sam Okafor' } });
    const edited = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(edited);
    expect(edited.defaultPrevented).toBe(true);
  });

  test('isSameDraft ignores list keys and versions', () => {
    expect(isSameDraft({ a: 1, rows: [{ key: 'x-1', t: 'a' }], version: 2 }, { a: 1, rows: [{ key: 'x-9', t: 'a' }], version: 3 })).toBe(true);
    expect(isSameDraft({ a: 1 }, { a: 2 })).toBe(false);
  });
});

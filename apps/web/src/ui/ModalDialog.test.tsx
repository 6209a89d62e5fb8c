import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ModalDialog } from './ModalDialog';
import { polyfillDialog } from './polyfill-dialog';

beforeAll(polyfillDialog);
afterEach(cleanup);

function Opener() {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setIsOpen(true)}>
        Open
      </button>
      {isOpen && (
        <ModalDialog labelledBy="title" onClose={() => setIsOpen(false)}>
          <h2 id="title">Propose Sam</h2>
          <button type="button" onClick={(event) => (event.currentTarget.closest('dialog') as HTMLDialogElement).close()}>
            Close
          </button>
        </ModalDialog>
      )}
    </>
  );
}

describe('a modal dialog', () => {
  test('opens named by its heading, and stays open when React runs its effects twice (StrictMode)', async () => {
    render(
      <StrictMode>
        <Opener />
      </StrictMode>,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Open' }));

    expect(screen.getByRole('dialog', { name: 'Propose Sam' })).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.getByRole('dialog', { name: 'Propose Sam' })).toBeDefined();
  });

  test('closing it tells the page, which removes it', async () => {
    render(<Opener />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));

    fireEvent.click(screen.getByRole('button', { name: 'Close' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

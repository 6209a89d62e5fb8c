import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { EraseMyDataSection, EraseMyDataSection_Cancel, EraseMyDataSection_Query, EraseMyDataSection_Request } from './EraseMyDataSection';

afterEach(cleanup);

const me = { __typename: 'User', id: 'u1', agency: { __typename: 'Agency', id: 'a1', name: 'Northwind Talent', erasureGraceDays: 14 } };
const pending = { __typename: 'ErasureRequest', id: 'e1', requestedAt: '2026-12-05T10:00:00.000Z', dueAt: '2026-12-19T10:00:00.000Z' };

function renderSection(requested: { calls: number }, cancelled: { calls: number }) {
  const mocks = [
    { request: { query: EraseMyDataSection_Query }, result: { data: { me, myErasureRequest: null } } },
    {
      request: { query: EraseMyDataSection_Request, variables: { input: {} } },
      result: () => {
        requested.calls += 1;
        return { data: { requestErasure: { __typename: 'RequestErasureSuccess', erasureRequest: pending } } };
      },
    },
    { request: { query: EraseMyDataSection_Query }, result: { data: { me, myErasureRequest: pending } } },
    {
      request: { query: EraseMyDataSection_Cancel, variables: { input: { erasureRequestId: 'e1' } } },
      result: () => {
        cancelled.calls += 1;
        return { data: { cancelErasure: { __typename: 'CancelErasureSuccess', erasureRequest: { __typename: 'ErasureRequest', id: 'e1', isPending: false } } } };
      },
    },
    { request: { query: EraseMyDataSection_Query }, result: { data: { me, myErasureRequest: null } } },
  ];
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <EraseMyDataSection />
    </ApolloProvider>,
  );
}

describe('delete my data', () => {
  test('explains what happens and when, asks to confirm, then shows the date with a way to cancel', async () => {
    const requested = { calls: 0 };
    const cancelled = { calls: 0 };
    renderSection(requested, cancelled);
    expect(await screen.findByText(/14 days after you ask/)).toBeTruthy();
    // What becomes of the proposals under way is said before anyone confirms.
    expect(screen.getByText(/open proposals are withdrawn and interviews still planned are cancelled/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete my data' }));
    expect(await screen.findByText('Tick the box to confirm that you want your data erased.')).toBeTruthy();
    expect(requested.calls).toBe(0);

    fireEvent.click(screen.getByRole('checkbox', { name: /my data will be erased/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete my data' }));
    expect(await screen.findByText(/Your data will be erased on/)).toBeTruthy();
    expect(requested.calls).toBe(1);
    expect(screen.getByRole('status').textContent).toMatch(/19 Dec/);

    // While the request's answer is read again the button is disabled, and says what it does, not "Cancelling…".
    expect(screen.queryByRole('button', { name: 'Cancelling…' })).toBeNull();
    const cancelButton = screen.getByRole<HTMLButtonElement>('button', { name: 'Cancel the erasure' });
    await waitFor(() => expect(cancelButton.disabled).toBe(false));
    fireEvent.click(cancelButton);
    expect(await screen.findByRole('button', { name: 'Delete my data' })).toBeTruthy();
    expect(cancelled.calls).toBe(1);
  });
});

import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import type { ApiKeyScope } from '../../gql/graphql';
import { polyfillDialog } from '../../ui/polyfill-dialog';
import ApiKeysPage, { API_KEYS_PAGE_SIZE, ApiKeysPage_Query } from './ApiKeysPage';
import { CreateApiKeyDialog_Mutation } from './CreateApiKeyDialog';
import { RevokeApiKeyDialog_Mutation } from './RevokeApiKeyDialog';

beforeAll(polyfillDialog);
afterEach(cleanup);

const ACME = { __typename: 'ClientCompany' as const, id: 'client-acme', name: 'Acme GmbH' };
const ORCHID = { __typename: 'ClientCompany' as const, id: 'client-orchid', name: 'Orchid Pay' };
const SECRET = 'sl_live_Ab3dEf7h_c2VjcmV0LXRoYXQtaXMtc2hvd24tb25jZS1vbmx5LXRoaXMtb25l';

type KeyOptions = {
  id: string;
  name: string;
  prefix?: string;
  scopes?: ApiKeyScope[];
  client?: typeof ACME | null;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
};

function apiKey({ id, name, prefix = 'Zz9yXw8v', scopes = ['JOBS_READ'], client = null, lastUsedAt = null, revokedAt = null }: KeyOptions) {
  return {
    __typename: 'ApiKey' as const,
    id,
    name,
    prefix,
    scopes,
    createdAt: '2026-12-01T09:30:00.000Z',
    lastUsedAt,
    revokedAt,
    clientCompany: client,
    createdBy: { __typename: 'User' as const, id: 'user-admin', name: 'Morgan Ellis' },
  };
}

const careersSite = apiKey({
  id: 'key-careers',
  name: 'Acme careers site',
  prefix: 'Qr5tUv6w',
  scopes: ['PROPOSALS_READ', 'JOBS_READ'],
  client: ACME,
  lastUsedAt: '2026-12-03T14:05:00.000Z',
});
const oldSync = apiKey({ id: 'key-old', name: 'Old HR sync', revokedAt: '2026-12-02T08:00:00.000Z' });

function keysPage(keys: ReturnType<typeof apiKey>[]): MockLink.MockedResponse {
  return {
    request: { query: ApiKeysPage_Query, variables: { first: API_KEYS_PAGE_SIZE } },
    result: {
      data: {
        me: { __typename: 'User', id: 'user-admin', timeZone: 'Europe/London' },
        apiKeys: {
          __typename: 'ApiKeyConnection',
          edges: keys.map((node) => ({ __typename: 'ApiKeyEdge', cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: keys.at(-1) ? `c-${keys.at(-1)!.id}` : null },
        },
        clientCompanies: [ACME, ORCHID],
      },
    },
  };
}

function answers(query: MockLink.MockedResponse['request']['query'], data: Record<string, unknown>, sent: unknown[]): MockLink.MockedResponse {
  return {
    request: {
      query,
      variables: (variables: { input: unknown }) => {
        sent.push(variables.input);
        return true;
      },
    },
    result: { data },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <ApiKeysPage />
    </ApolloProvider>,
  );
}

/** An element's text with its parts apart ("Revoked on 2 Dec 2026"), as the page shows them. */
function wordsOf(element: HTMLElement): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  while (walker.nextNode()) parts.push(walker.currentNode.textContent!.trim());
  return parts.filter(Boolean).join(' ');
}

/** The error text a control's aria-describedby points at (what a screen reader reads with it). */
function errorOf(control: HTMLElement): string {
  return (control.getAttribute('aria-describedby')?.split(' ') ?? [])
    .map((id) => document.getElementById(id))
    .filter((node) => node?.className === 'field__error')
    .map((node) => node!.textContent)
    .join(' ');
}

async function openCreateDialog() {
  fireEvent.click(await screen.findByRole('button', { name: 'New API key' }));
  return within(screen.getByRole('dialog', { name: 'New API key' }));
}

describe('the API keys list', () => {
  test('shows each key’s name, visible start, scopes in words, client limit, creator, last use and state', async () => {
    renderPage([keysPage([careersSite, oldSync])]);

    const active = await screen.findByRole('row', { name: /Acme careers site/ });
    expect(wordsOf(within(active).getByRole('rowheader'))).toBe('Acme careers site sl_live_Qr5tUv6w_…');
    // Scopes in the form's order (reading jobs first), whatever order the API sent.
    expect(within(active).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Read jobs', 'Read proposals']);
    expect(within(active).getAllByRole('cell').map(wordsOf)).toEqual([
      'Read jobs Read proposals Only Acme GmbH',
      'Created 1 Dec 2026 by Morgan Ellis',
      'Last used 3 Dec 2026, 14:05',
      'Active',
      'Revoke',
    ]);
    expect(within(active).getByRole('button', { name: 'Revoke Acme careers site' })).toBeDefined();

    const revoked = screen.getByRole('row', { name: /Old HR sync/ });
    expect(within(revoked).getAllByRole('cell').map(wordsOf)).toEqual([
      'Read jobs All clients',
      'Created 1 Dec 2026 by Morgan Ellis',
      'Last used Never',
      'Revoked on 2 Dec 2026',
      '',
    ]);
    expect(within(revoked).queryByRole('button')).toBeNull();
    expect(screen.getByText('Times are in Europe/London, your time zone.')).toBeDefined();
  });

  test('with no keys yet, says what keys are for and offers to create the first', async () => {
    renderPage([keysPage([])]);

    expect(await screen.findByText('No API keys yet.')).toBeDefined();
    expect(screen.getByRole('region', { name: "Your agency's API keys" }).textContent).toContain(
      'A key lets a partner system read your jobs, candidates and proposals',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create the first key' }));
    expect(screen.getByRole('dialog', { name: 'New API key' })).toBeDefined();
  });
});

describe('creating a key', () => {
  test('sends the name, scopes and client, then shows the secret once, focused, and the key in the list', async () => {
    const sent: unknown[] = [];
    const created = apiKey({ id: 'key-new', name: 'Orchid HR', prefix: 'Ab3dEf7h', scopes: ['JOBS_READ', 'PROPOSALS_WRITE'], client: ORCHID });
    renderPage([
      keysPage([careersSite]),
      answers(
        CreateApiKeyDialog_Mutation,
        { createApiKey: { __typename: 'CreateApiKeySuccess', secret: SECRET, apiKey: { __typename: 'ApiKey', id: 'key-new', name: 'Orchid HR' } } },
        sent,
      ),
      keysPage([created, careersSite]),
    ]);

    const dialog = await openCreateDialog();
    fireEvent.change(dialog.getByLabelText('Name'), { target: { value: 'Orchid HR' } });
    const actOnProposals = dialog.getByRole('checkbox', { name: 'Act on proposals' });
    // Each scope says what it allows, read with its checkbox.
    expect(errorOf(actOnProposals)).toBe('');
    expect(document.getElementById(actOnProposals.getAttribute('aria-describedby')!)?.textContent).toContain('offers, hires, rejections');
    fireEvent.click(dialog.getByRole('checkbox', { name: 'Read jobs' }));
    fireEvent.click(actOnProposals);
    fireEvent.change(dialog.getByLabelText('Client'), { target: { value: 'client-orchid' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Create key' }));

    const secret = await screen.findByRole('textbox', { name: 'API key' });
    expect(sent).toEqual([{ name: 'Orchid HR', scopes: ['JOBS_READ', 'PROPOSALS_WRITE'], clientCompanyId: 'client-orchid' }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((secret as HTMLInputElement).value).toBe(SECRET);
    expect((secret as HTMLInputElement).readOnly).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(secret));
    expect(screen.getByRole('heading', { name: 'Copy the key for “Orchid HR” now' })).toBeDefined();
    expect(screen.getByText('You will not see it again.')).toBeDefined();
    expect(await screen.findByRole('row', { name: /Orchid HR/ })).toBeDefined();
  });

  test('“Copy key” puts the secret on the clipboard; once stored, the secret is gone and focus is back on “New API key”', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    renderPage([
      keysPage([]),
      answers(
        CreateApiKeyDialog_Mutation,
        { createApiKey: { __typename: 'CreateApiKeySuccess', secret: SECRET, apiKey: { __typename: 'ApiKey', id: 'key-new', name: 'Orchid HR' } } },
        [],
      ),
      keysPage([apiKey({ id: 'key-new', name: 'Orchid HR' })]),
    ]);
    const dialog = await openCreateDialog();
    fireEvent.change(dialog.getByLabelText('Name'), { target: { value: 'Orchid HR' } });
    fireEvent.click(dialog.getByRole('checkbox', { name: 'Read jobs' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Create key' }));

    fireEvent.click(await screen.findByRole('button', { name: 'Copy key' }));

    expect(await screen.findByText('Copied to the clipboard.')).toBeDefined();
    expect(copied).toEqual([SECRET]);
    fireEvent.click(screen.getByRole('button', { name: 'I have stored the key' }));
    expect(screen.queryByRole('textbox', { name: 'API key' })).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New API key' }));
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  test('when the browser refuses the clipboard, the secret is selected and the page says how to copy it', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('Write permission denied.')) },
    });
    renderPage([
      keysPage([]),
      answers(
        CreateApiKeyDialog_Mutation,
        { createApiKey: { __typename: 'CreateApiKeySuccess', secret: SECRET, apiKey: { __typename: 'ApiKey', id: 'key-new', name: 'Orchid HR' } } },
        [],
      ),
      keysPage([apiKey({ id: 'key-new', name: 'Orchid HR' })]),
    ]);
    const dialog = await openCreateDialog();
    fireEvent.change(dialog.getByLabelText('Name'), { target: { value: 'Orchid HR' } });
    fireEvent.click(dialog.getByRole('checkbox', { name: 'Read jobs' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Create key' }));

    fireEvent.click(await screen.findByRole('button', { name: 'Copy key' }));

    expect(await screen.findByText(/The key is selected: press Ctrl\+C/)).toBeDefined();
    const secret = screen.getByRole('textbox', { name: 'API key' }) as HTMLInputElement;
    expect(document.activeElement).toBe(secret);
    expect(secret.value.slice(secret.selectionStart ?? 0, secret.selectionEnd ?? 0)).toBe(SECRET);
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  test('shows the API’s field errors beside the name and the scopes, and starts the admin at the first', async () => {
    renderPage([
      keysPage([]),
      answers(
        CreateApiKeyDialog_Mutation,
        {
          createApiKey: {
            __typename: 'ValidationError',
            message: 'Some fields are invalid.',
            fieldErrors: [
              { __typename: 'FieldError', field: 'name', message: 'Name the key (at least 2 characters).' },
              { __typename: 'FieldError', field: 'scopes', message: 'Choose at least one scope.' },
            ],
          },
        },
        [],
      ),
    ]);
    const dialog = await openCreateDialog();
    fireEvent.click(dialog.getByRole('button', { name: 'Create key' }));

    const name = dialog.getByLabelText('Name');
    await waitFor(() => expect(errorOf(name)).toBe('Name the key (at least 2 characters).'));
    // The focus moves in an effect that may run after the DOM change waitFor saw.
    await waitFor(() => expect(document.activeElement).toBe(name));
    for (const checkbox of dialog.getAllByRole('checkbox')) {
      expect(checkbox.getAttribute('aria-invalid')).toBe('true');
      expect(errorOf(checkbox)).toBe('Choose at least one scope.');
    }
    expect(dialog.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'API key' })).toBeNull();
  });

  test('a client company that is gone is named beside the Client field, not as a raw message elsewhere', async () => {
    renderPage([
      keysPage([]),
      answers(CreateApiKeyDialog_Mutation, { createApiKey: { __typename: 'NotFoundError', message: 'No client company with this ID.' } }, []),
    ]);
    const dialog = await openCreateDialog();
    fireEvent.change(dialog.getByLabelText('Name'), { target: { value: 'Acme sync' } });
    fireEvent.click(dialog.getByRole('checkbox', { name: 'Read jobs' }));
    fireEvent.change(dialog.getByLabelText('Client'), { target: { value: 'client-acme' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Create key' }));

    const client = dialog.getByLabelText('Client');
    await waitFor(() => expect(errorOf(client)).toBe('No client company with this ID.'));
    // The focus moves in an effect that may run after the DOM change waitFor saw.
    await waitFor(() => expect(document.activeElement).toBe(client));
  });

  test('a refusal for the whole form is announced at the top of the dialog', async () => {
    renderPage([
      keysPage([]),
      answers(CreateApiKeyDialog_Mutation, { createApiKey: { __typename: 'NotAllowedError', message: 'You are not allowed to see or do this.' } }, []),
    ]);
    const dialog = await openCreateDialog();
    fireEvent.change(dialog.getByLabelText('Name'), { target: { value: 'Acme sync' } });
    fireEvent.click(dialog.getByRole('checkbox', { name: 'Read jobs' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Create key' }));

    expect((await dialog.findByRole('alert')).textContent).toBe('You are not allowed to see or do this.');
  });
});

describe('revoking a key', () => {
  test('asks first, naming the key; after confirming, the row shows it revoked and the page says so', async () => {
    const sent: unknown[] = [];
    renderPage([
      keysPage([careersSite]),
      answers(
        RevokeApiKeyDialog_Mutation,
        { revokeApiKey: { __typename: 'RevokeApiKeySuccess', apiKey: { __typename: 'ApiKey', id: 'key-careers', revokedAt: '2026-12-04T10:00:00.000Z' } } },
        sent,
      ),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Revoke Acme careers site' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke the key “Acme careers site”?' });
    expect(dialog.textContent).toContain('sl_live_Qr5tUv6w_…');
    expect(dialog.textContent).toContain('This cannot be undone');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke key' }));

    const notice = await screen.findByText('The key “Acme careers site” is revoked. Systems using it are now refused.');
    expect(sent).toEqual([{ id: 'key-careers' }]);
    const row = screen.getByRole('row', { name: /Acme careers site/ });
    expect(wordsOf(within(row).getAllByRole('cell')[3]!)).toBe('Revoked on 4 Dec 2026');
    expect(within(row).queryByRole('button')).toBeNull();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(notice.closest('[role="status"]')));
  });

  test('“Keep the key” closes the question and changes nothing', async () => {
    const sent: unknown[] = [];
    renderPage([keysPage([careersSite]), answers(RevokeApiKeyDialog_Mutation, {}, sent)]);

    fireEvent.click(await screen.findByRole('button', { name: 'Revoke Acme careers site' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep the key' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([]);
    expect(screen.getByRole('row', { name: /Acme careers site/ }).textContent).toContain('Active');
  });
});

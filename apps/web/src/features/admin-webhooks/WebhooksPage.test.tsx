import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { polyfillDialog } from '../../ui/polyfill-dialog';
import { ACME, answers, attempt, delivery, endpoint, ORCHID, SIGNING_SECRET, webhooksPage } from './admin-webhooks-fixtures';
import { RegisterWebhookDialog_Mutation } from './RegisterWebhookDialog';
import WebhooksPage from './WebhooksPage';

beforeAll(polyfillDialog);
afterEach(cleanup);

function renderPage(mocks: MockLink.MockedResponse[]) {
  window.history.replaceState(null, '', '/integrations/webhooks');
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <WebhooksPage />
    </ApolloProvider>,
  );
}

/** An element's text with its parts apart ("Delivered HTTP 200, 4 Dec, 10:03:17"), as the page shows them. */
function wordsOf(element: HTMLElement): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (parent?.closest('[aria-hidden="true"]')) continue; // the phone layout's cell labels
    parts.push(walker.currentNode.textContent!.trim());
  }
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

const delivering = endpoint({
  id: 'endpoint-acme',
  client: ACME,
  lastDelivery: delivery({ uuid: 'd-1', attempts: [attempt({ attemptedAt: '2026-12-04T10:03:17.000Z', responseStatus: 200, latencyMs: 84, error: null })] }),
});
const failing = endpoint({
  id: 'endpoint-orchid',
  url: 'https://orchid.example/hooks',
  description: '',
  eventTypes: [],
  lastDelivery: delivery({ uuid: 'd-3', status: 'PENDING', attemptCount: 0, attempts: [], createdAt: '2026-12-04T11:00:00.000Z' }),
  consecutiveFailures: 3,
});
const disabled = endpoint({
  id: 'endpoint-old',
  description: 'Old job board feed',
  eventTypes: ['job.created'],
  isEnabled: false,
  disabledReason: 'Paused by an agency admin.',
});

async function openRegisterDialog() {
  fireEvent.click(await screen.findByRole('button', { name: 'Register endpoint' }));
  return within(await screen.findByRole('dialog', { name: 'Register a webhook endpoint' }));
}

describe('the webhook endpoints list', () => {
  test('shows each endpoint’s purpose and URL, events, client, state, latest delivery and failures in a row', async () => {
    renderPage([webhooksPage([delivering, failing, disabled])]);

    const acme = await screen.findByRole('row', { name: /Acme HR sync/ });
    expect(within(acme).getByRole('link', { name: 'Acme HR sync' }).getAttribute('href')).toBe('/integrations/webhooks/endpoint-acme');
    expect(wordsOf(within(acme).getByRole('rowheader'))).toBe('Acme HR sync https://hr.acme.example/shortlist/webhooks');
    expect(within(acme).getAllByRole('cell').map(wordsOf)).toEqual([
      'proposal.proposed proposal.accepted proposal.declined + 1 more Only Acme GmbH',
      'Enabled',
      'Delivered HTTP 200, 4 Dec, 10:03:17',
      '0',
    ]);

    // No description: the URL names it. The last three attempts failed; the newest delivery waits behind them.
    const orchid = screen.getByRole('row', { name: /orchid\.example/ });
    expect(wordsOf(within(orchid).getByRole('rowheader'))).toBe('https://orchid.example/hooks');
    expect(within(orchid).getAllByRole('cell').map(wordsOf)).toEqual([
      'All events All clients',
      'Enabled',
      'Waiting queued 4 Dec, 11:00:00',
      '3',
    ]);

    const old = screen.getByRole('row', { name: /Old job board feed/ });
    expect(within(old).getAllByRole('cell').map(wordsOf)).toEqual(['job.created All clients', 'Disabled Paused by an agency admin.', 'None yet', '0']);
    expect(screen.getByText('Times are in Europe/London, your time zone.')).toBeDefined();
  });

  test('with no endpoints yet, says what webhooks are for, where partners read more, and offers to register the first', async () => {
    renderPage([webhooksPage([])]);

    expect(await screen.findByText('No webhook endpoints yet.')).toBeDefined();
    const region = screen.getByRole('region', { name: "Your agency's webhook endpoints" });
    expect(region.textContent).toContain('Shortlist sends each change to as it happens');
    expect(within(region).getByRole('link', { name: 'the API schema' }).getAttribute('href')).toBe('/schema.graphql');
    fireEvent.click(within(region).getByRole('button', { name: 'Register the first endpoint' }));
    expect(await screen.findByRole('dialog', { name: 'Register a webhook endpoint' })).toBeDefined();
  });

  test('the Integrations tabs mark Webhooks as the page shown', async () => {
    renderPage([webhooksPage([])]);

    const tabs = within(await screen.findByRole('navigation', { name: 'Integrations' }));
    expect(tabs.getByRole('link', { name: 'Webhooks' }).getAttribute('aria-current')).toBe('page');
    expect(tabs.getByRole('link', { name: 'API keys' }).getAttribute('href')).toBe('/integrations/api-keys');
    expect(tabs.getByRole('link', { name: 'API keys' }).getAttribute('aria-current')).toBeNull();
  });
});

describe('registering an endpoint', () => {
  test('“only the events I choose” with none ticked is refused before anything is sent', async () => {
    const sent: unknown[] = [];
    renderPage([webhooksPage([]), answers(RegisterWebhookDialog_Mutation, {}, sent)]);
    const dialog = await openRegisterDialog();
    fireEvent.change(dialog.getByLabelText('URL'), { target: { value: 'https://hr.acme.example/hooks' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Register endpoint' }));

    const only = dialog.getByRole('radio', { name: 'Only the events I choose' });
    await waitFor(() => expect(errorOf(only)).toBe('Choose at least one event, or “All events”.'));
    // The focus moves in an effect that may run after the DOM change waitFor saw.
    await waitFor(() => expect(document.activeElement).toBe(only));
    expect(sent).toEqual([]);
  });

  test('shows the API’s field errors beside the URL and the events, and starts the admin at the first', async () => {
    renderPage([
      webhooksPage([]),
      answers(
        RegisterWebhookDialog_Mutation,
        {
          createWebhookEndpoint: {
            __typename: 'ValidationError',
            message: 'Some fields are invalid.',
            fieldErrors: [
              { __typename: 'FieldError', field: 'url', message: '10.0.0.8 is a private address: Shortlist does not deliver to it.' },
              { __typename: 'FieldError', field: 'eventTypes.0', message: '"proposal.teleported" is not an event type; see webhookEventTypes.' },
            ],
          },
        },
        [],
      ),
    ]);
    const dialog = await openRegisterDialog();
    fireEvent.change(dialog.getByLabelText('URL'), { target: { value: 'http://10.0.0.8/hooks' } });
    fireEvent.click(dialog.getByRole('checkbox', { name: 'proposal.accepted' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Register endpoint' }));

    const url = dialog.getByLabelText('URL');
    await waitFor(() => expect(errorOf(url)).toBe('10.0.0.8 is a private address: Shortlist does not deliver to it.'));
    // The focus moves in an effect that may run after the DOM change waitFor saw.
    await waitFor(() => expect(document.activeElement).toBe(url));
    // An item of the list is named by its index; the form says it beside the events.
    expect(errorOf(dialog.getByRole('checkbox', { name: 'proposal.accepted' }))).toBe('"proposal.teleported" is not an event type; see webhookEventTypes.');
    expect(dialog.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Signing secret' })).toBeNull();
  });

  test('a field’s error goes once the admin changes that field, and the other fields keep theirs', async () => {
    renderPage([
      webhooksPage([]),
      answers(
        RegisterWebhookDialog_Mutation,
        {
          createWebhookEndpoint: {
            __typename: 'ValidationError',
            message: 'Some fields are invalid.',
            fieldErrors: [
              { __typename: 'FieldError', field: 'url', message: 'The URL must start with https:// or http://.' },
              { __typename: 'FieldError', field: 'description', message: 'The description must be one line.' },
            ],
          },
        },
        [],
      ),
    ]);
    const dialog = await openRegisterDialog();
    fireEvent.change(dialog.getByLabelText('URL'), { target: { value: 'hr.acme.example/hooks' } });
    fireEvent.change(dialog.getByLabelText('Description'), { target: { value: 'Acme' } });
    fireEvent.click(dialog.getByRole('checkbox', { name: 'proposal.accepted' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Register endpoint' }));
    const url = dialog.getByLabelText('URL');
    await waitFor(() => expect(errorOf(url)).toBe('The URL must start with https:// or http://.'));

    fireEvent.change(url, { target: { value: 'https://hr.acme.example/hooks' } });

    expect(errorOf(url)).toBe('');
    expect(url.getAttribute('aria-invalid')).not.toBe('true');
    expect(errorOf(dialog.getByLabelText('Description'))).toBe('The description must be one line.');
  });

  test('sends the URL, description, chosen events and client, then shows the signing secret once, focused', async () => {
    const sent: unknown[] = [];
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    const registered = endpoint({ id: 'endpoint-new', description: 'Orchid HR', client: ORCHID });
    renderPage([
      webhooksPage([]),
      answers(
        RegisterWebhookDialog_Mutation,
        {
          createWebhookEndpoint: {
            __typename: 'CreateWebhookEndpointSuccess',
            secret: SIGNING_SECRET,
            webhookEndpoint: { __typename: 'WebhookEndpoint', id: 'endpoint-new', url: registered.url, description: 'Orchid HR' },
          },
        },
        sent,
      ),
      webhooksPage([registered]),
    ]);

    const dialog = await openRegisterDialog();
    fireEvent.change(dialog.getByLabelText('URL'), { target: { value: 'https://hr.acme.example/shortlist/webhooks' } });
    fireEvent.change(dialog.getByLabelText('Description'), { target: { value: 'Orchid HR' } });
    // Each event says what it means, read with its checkbox; the API's `field` names read as code.
    const updated = dialog.getByRole('checkbox', { name: 'candidate.updated' });
    expect(document.getElementById(updated.getAttribute('aria-describedby')!)?.innerHTML).toContain('<code>data.changed</code>');
    fireEvent.click(dialog.getByRole('button', { name: 'Select all proposals events' }));
    fireEvent.click(dialog.getByRole('checkbox', { name: 'proposal.hired' }));
    fireEvent.click(dialog.getByRole('checkbox', { name: 'interview.scheduled' }));
    fireEvent.change(dialog.getByLabelText('Client'), { target: { value: 'client-orchid' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Register endpoint' }));

    const secret = (await screen.findByRole('textbox', { name: 'Signing secret' })) as HTMLInputElement;
    expect(sent).toEqual([
      {
        url: 'https://hr.acme.example/shortlist/webhooks',
        description: 'Orchid HR',
        eventTypes: ['proposal.proposed', 'proposal.accepted', 'proposal.declined', 'interview.scheduled'],
        clientCompanyId: 'client-orchid',
      },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(secret.value).toBe(SIGNING_SECRET);
    expect(secret.readOnly).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(secret));
    expect(screen.getByRole('heading', { name: 'Copy the signing secret for “Orchid HR” now' })).toBeDefined();
    expect(screen.getByText('You will not see it again.')).toBeDefined();
    expect(await screen.findByRole('row', { name: /Orchid HR/ })).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Copy secret' }));
    expect(await screen.findByText('Copied to the clipboard.')).toBeDefined();
    expect(copied).toEqual([SIGNING_SECRET]);

    // Once stored, the secret is gone from the page, and focus is back where the admin started.
    fireEvent.click(screen.getByRole('button', { name: 'I have stored the secret' }));
    expect(document.body.textContent).not.toContain(SIGNING_SECRET);
    expect(screen.queryByRole('textbox', { name: 'Signing secret' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Register endpoint' }));
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  test('“All events” sends an empty list, which the API reads as every type', async () => {
    const sent: unknown[] = [];
    renderPage([webhooksPage([]), answers(RegisterWebhookDialog_Mutation, { createWebhookEndpoint: { __typename: 'NotAllowedError', message: 'Only an agency admin can register webhooks.' } }, sent)]);
    const dialog = await openRegisterDialog();
    fireEvent.change(dialog.getByLabelText('URL'), { target: { value: 'https://hr.acme.example/hooks' } });
    fireEvent.click(dialog.getByRole('radio', { name: 'All events' }));
    expect(dialog.queryByRole('checkbox')).toBeNull();
    fireEvent.click(dialog.getByRole('button', { name: 'Register endpoint' }));

    expect((await dialog.findByRole('alert')).textContent).toBe('Only an agency admin can register webhooks.');
    expect(sent).toEqual([{ url: 'https://hr.acme.example/hooks', description: '', eventTypes: [] }]);
  });
});

import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, onTestFinished, test, vi } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { takeFlashNotice } from '../../ui/flash-notice';
import { polyfillDialog } from '../../ui/polyfill-dialog';
import { ACME, answers, attempt, delivery, endpoint, endpointPage, ORCHID, SIGNING_SECRET } from './admin-webhooks-fixtures';
import { DeleteWebhookDialog_Mutation } from './DeleteWebhookDialog';
import { DeliveryRow_Mutation } from './DeliveryRow';
import { EditWebhookDialog_Mutation } from './EditWebhookDialog';
import { RotateSecretDialog_Mutation } from './RotateSecretDialog';
import WebhookEndpointPage, { WebhookEndpointPage_PauseMutation, WebhookEndpointPage_TestMutation } from './WebhookEndpointPage';

beforeAll(polyfillDialog);
afterEach(cleanup);

function renderPage(mocks: MockLink.MockedResponse[], id = 'endpoint-acme') {
  window.history.replaceState(null, '', `/integrations/webhooks/${id}`);
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <WebhookEndpointPage params={{ endpointId: id }} />
    </ApolloProvider>,
  );
}

const FIRST_TRY = attempt({ attemptedAt: '2026-12-04T10:03:17.000Z', responseStatus: 200, latencyMs: 84, error: null });
const accepted = delivery({ uuid: '0b6e7c1a-5f7e-4c43-9d0b-2f1f2f8e9a11', eventType: 'proposal.accepted', position: '42', createdAt: '2026-12-04T10:05:00.000Z', attempts: [attempt({ attemptedAt: '2026-12-04T10:05:01.000Z', responseStatus: 204, latencyMs: 31, error: null })] });
const retrying = delivery({
  uuid: '7d1c2b3a-0000-4000-8000-000000000001',
  eventType: 'interview.scheduled',
  position: '43',
  entity: 'Interview',
  subjectId: 'SW50ZXJ2aWV3OjE=',
  status: 'PENDING',
  attemptCount: 2,
  nextAttemptAt: '2026-12-04T10:40:00.000Z',
  createdAt: '2026-12-04T10:06:00.000Z',
  attempts: [
    attempt({ attemptedAt: '2026-12-04T10:06:01.000Z', responseStatus: 500, latencyMs: 1240, error: 'HTTP 500: {"error":"database is down"}' }),
    attempt({ attemptedAt: '2026-12-04T10:06:06.000Z', responseStatus: null, latencyMs: 10000, error: 'Timed out after 10 s.' }),
  ],
});
const proposed = delivery({ uuid: '3f0a9e55-8c1d-4f7a-b2e4-6a5d4c3b2a10', attempts: [FIRST_TRY] });
const acme = endpoint({ id: 'endpoint-acme', deliveries: [retrying, accepted, proposed] });

function redelivered(deliveryNode: ReturnType<typeof delivery>, last: ReturnType<typeof attempt>, status: 'SUCCEEDED' | 'PENDING' = 'SUCCEEDED') {
  return {
    redeliverWebhookDelivery: { __typename: 'RedeliverWebhookDeliverySuccess', webhookDelivery: { ...deliveryNode, status, attempts: [...deliveryNode.attempts, last] } },
  };
}

describe('the delivery log', () => {
  test('lists deliveries as the API gives them (newest first): event, change, status, attempts, answer, latency, next retry, time', async () => {
    renderPage([endpointPage(acme)]);

    const log = await screen.findByRole('region', { name: 'Delivery log' });
    const rows = within(log).getAllByRole('row').filter((row) => row.classList.contains('delivery-row'));
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['interview.scheduled details', 'proposal.accepted details', 'proposal.proposed details']);
    expect(within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Interviewchange 43',
      'Retrying',
      '2',
      'No answer',
      '10.0 s',
      '4 Dec, 10:40:00',
      '4 Dec, 10:06:00',
      'Redeliver',
    ]);
    expect(within(rows[2]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Proposalchange 41',
      'Delivered',
      '1',
      'HTTP 200',
      '84 ms',
      '—',
      '4 Dec, 10:03:16',
      'Redeliver',
    ]);
    // A proposal has a page of its own; an interview is read on its proposal's.
    expect(within(rows[2]!).getByRole('link', { name: 'Proposal' }).getAttribute('href')).toBe('/recruiter/proposals/UHJvcG9zYWw6MQ%3D%3D');
    expect(within(rows[0]!).queryByRole('link')).toBeNull();
    expect(screen.getByText('Times are in Europe/London, your time zone.')).toBeDefined();
  });

  test('a row opens to its attempts (time, answer, latency, error) and the payload, with the webhook-id the receiver saw', async () => {
    renderPage([endpointPage(acme)]);

    const toggle = await screen.findByRole('button', { name: 'interview.scheduled details' });
    const details = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(details.hidden).toBe(true);
    fireEvent.click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(details.hidden).toBe(false);
    const attempts = within(details).getAllByRole('listitem');
    expect(attempts.map((item) => item.textContent)).toEqual([
      '4 Dec, 10:06:01HTTP 500 in 1.2 sHTTP 500: {"error":"database is down"}',
      '4 Dec, 10:06:06No answer in 10.0 sTimed out after 10 s.',
    ]);
    expect(details.textContent).toContain('webhook-id: 7d1c2b3a-0000-4000-8000-000000000001');
    expect(JSON.parse(within(details).getByLabelText('Payload').textContent!)).toEqual({
      type: 'interview.scheduled',
      timestamp: '2026-12-04T10:06:00.000Z',
      data: { id: 'SW50ZXJ2aWV3OjE=', entity: 'Interview', position: '43' },
    });
  });

  test('“Redeliver” sends the delivery again and says in its row what the receiver answered; the attempt joins the log', async () => {
    const sent: unknown[] = [];
    renderPage([
      endpointPage(acme),
      answers(DeliveryRow_Mutation, redelivered(proposed, attempt({ attemptedAt: '2026-12-04T11:00:00.000Z', responseStatus: 200, latencyMs: 15, error: null, isManual: true })), sent),
    ]);

    const redeliver = await screen.findByRole('button', { name: 'Redeliver proposal.proposed of 4 Dec, 10:03:16' });
    const row = redeliver.closest('tr')!;
    fireEvent.click(redeliver);

    expect(await within(row).findByText('Redelivered: HTTP 200 in 15 ms.')).toBeDefined();
    expect(within(row).getByRole('status').textContent).toBe('Redelivered: HTTP 200 in 15 ms.');
    expect(sent).toEqual([{ id: proposed.id }]);
    expect(within(row).getAllByRole('cell')[2]!.textContent).toBe('2');
    fireEvent.click(within(row).getByRole('button', { name: 'proposal.proposed details' }));
    const details = document.getElementById(within(row).getByRole('button', { name: 'proposal.proposed details' }).getAttribute('aria-controls')!)!;
    expect(within(details).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['4 Dec, 10:03:17HTTP 200 in 84 ms', '4 Dec, 11:00:00RedeliveryHTTP 200 in 15 ms']);
  });

  test('a redelivery the receiver refuses says so, with its answer, in the row', async () => {
    renderPage([
      endpointPage(acme),
      answers(
        DeliveryRow_Mutation,
        redelivered(retrying, attempt({ attemptedAt: '2026-12-04T11:00:00.000Z', responseStatus: 503, latencyMs: 40, error: 'HTTP 503: maintenance\nuntil noon', isManual: true }), 'PENDING'),
        [],
      ),
    ]);

    const redeliver = await screen.findByRole('button', { name: /^Redeliver interview\.scheduled/ });
    fireEvent.click(redeliver);

    const outcome = await within(redeliver.closest('tr')!).findByText(/^Redelivery failed/);
    expect(outcome.textContent).toBe('Redelivery failed: HTTP 503 after 40 ms. HTTP 503: maintenance');
    expect(outcome.getAttribute('role')).toBe('status');
  });

  test('says so when there is nothing delivered yet', async () => {
    renderPage([endpointPage(endpoint({ id: 'endpoint-acme' }))]);

    expect(await screen.findByText(/Nothing delivered yet/)).toBeDefined();
  });
});

describe('the endpoint’s settings', () => {
  test('shows where it posts, its events, client, state and who registered it', async () => {
    renderPage([endpointPage(acme)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Acme HR sync' })).toBeDefined();
    const settings = within(screen.getByRole('region', { name: 'Settings' }));
    const facts = Object.fromEntries(settings.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling!.textContent]));
    expect(facts).toEqual({
      URL: 'https://hr.acme.example/shortlist/webhooks',
      Description: 'Acme HR sync',
      Events: 'proposal.proposedproposal.acceptedproposal.declinedproposal.hired',
      Client: 'All clients',
      Status: 'Enabled',
      'Signing secret': 'One secret in use.',
      Registered: '1 Dec 2026, 09:30 by Morgan Ellis',
    });
  });

  test('rotating shows the new secret once, focused, with when the previous one stops signing', async () => {
    // The overlap ends 48 hours after the rotation: the page compares it with the clock, so the clock is set to then.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-03T11:00:00.000Z'));
    onTestFinished(() => void vi.useRealTimers());
    const sent: unknown[] = [];
    const rotated = { ...acme, previousSecretExpiresAt: '2026-12-05T11:00:00.000Z' };
    renderPage([
      endpointPage(acme),
      answers(RotateSecretDialog_Mutation, { rotateWebhookSecret: { __typename: 'RotateWebhookSecretSuccess', secret: SIGNING_SECRET, webhookEndpoint: rotated } }, sent),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Rotate the signing secret?' }));
    fireEvent.change(dialog.getByLabelText('Overlap (hours)'), { target: { value: '48' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Rotate secret' }));

    const secret = (await screen.findByRole('textbox', { name: 'Signing secret' })) as HTMLInputElement;
    expect(sent).toEqual([{ id: 'endpoint-acme', overlapHours: 48 }]);
    expect(secret.value).toBe(SIGNING_SECRET);
    await waitFor(() => expect(document.activeElement).toBe(secret));
    expect(screen.getByText(/The previous secret also signs each delivery until/).textContent).toBe(
      'The previous secret also signs each delivery until 5 Dec 2026, 11:00 (Europe/London): switch the receiver to the new one before then.',
    );
    await waitFor(() => expect(screen.getByRole('region', { name: 'Settings' }).textContent).toContain('Until 5 Dec 2026, 11:00 each delivery is signed with the previous secret too.'));

    fireEvent.click(screen.getByRole('button', { name: 'I have stored the secret' }));
    expect(document.body.textContent).not.toContain(SIGNING_SECRET);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rotate secret' }));
  });

  test('an overlap that is not a whole number is refused beside the field', async () => {
    const sent: unknown[] = [];
    renderPage([endpointPage(acme), answers(RotateSecretDialog_Mutation, {}, sent)]);

    fireEvent.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Rotate the signing secret?' }));
    fireEvent.change(dialog.getByLabelText('Overlap (hours)'), { target: { value: '' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Rotate secret' }));

    await waitFor(() => expect(dialog.getByLabelText('Overlap (hours)').getAttribute('aria-invalid')).toBe('true'));
    expect(dialog.getByText('Enter a whole number of hours, from 0 to 168.')).toBeDefined();
    expect(sent).toEqual([]);
  });

  test('“Pause deliveries” pauses it and says changes wait; the button then offers to resume', async () => {
    const sent: unknown[] = [];
    const paused = { ...acme, isEnabled: false, disabledAt: '2026-12-04T12:00:00.000Z', disabledReason: 'Paused by an agency admin.' };
    renderPage([
      endpointPage(acme),
      answers(WebhookEndpointPage_PauseMutation, { updateWebhookEndpoint: { __typename: 'UpdateWebhookEndpointSuccess', webhookEndpoint: paused } }, sent),
      endpointPage(paused),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Pause deliveries' }));

    expect(await screen.findByText('Deliveries paused: changes wait here until you resume them.')).toBeDefined();
    expect(sent).toEqual([{ id: 'endpoint-acme', isEnabled: false }]);
    expect(await screen.findByRole('button', { name: 'Resume deliveries' })).toBeDefined();
    expect(screen.getByRole('region', { name: 'Settings' }).textContent).toContain('Disabled Paused by an agency admin. Since 4 Dec 2026, 12:00');
  });

  test('“Send test event” sends one to this endpoint, says what the receiver answered, and shows it at the top of the log', async () => {
    const sent: unknown[] = [];
    const test = delivery({
      uuid: '5a0c0de0-0000-4000-8000-00000000test',
      eventType: 'webhook.test',
      position: '-1764842400000123',
      entity: 'WebhookEndpoint',
      subjectId: 'endpoint-acme',
      createdAt: '2026-12-04T12:00:00.000Z',
      attempts: [attempt({ attemptedAt: '2026-12-04T12:00:00.000Z', responseStatus: 204, latencyMs: 12, error: null, isManual: true })],
    });
    renderPage([
      endpointPage(acme),
      answers(WebhookEndpointPage_TestMutation, { sendTestWebhook: { __typename: 'SendTestWebhookSuccess', webhookDelivery: test } }, sent),
      endpointPage({ ...acme, deliveries: { ...acme.deliveries, edges: [{ __typename: 'WebhookDeliveryEdge', cursor: 'c-test', node: test }, ...acme.deliveries.edges] } }),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Send test event' }));

    expect(await screen.findByText('Test event delivered: the receiver answered HTTP 204. It is at the top of the log.')).toBeDefined();
    expect(sent).toEqual([{ endpointId: 'endpoint-acme' }]);
    await waitFor(() => expect(screen.getAllByText('webhook.test').length).toBeGreaterThan(0));
    expect(screen.getAllByRole('row')[1]!.textContent).toContain('WebhookEndpointtest event');
  });

  test('a test event the receiver refuses is reported with its answer', async () => {
    const refused = delivery({
      uuid: '5a0c0de0-0000-4000-8000-0000000fail',
      eventType: 'webhook.test',
      status: 'FAILED',
      attempts: [attempt({ attemptedAt: '2026-12-04T12:00:00.000Z', responseStatus: 401, latencyMs: 12, error: 'HTTP 401: bad signature', isManual: true })],
    });
    renderPage([
      endpointPage(acme),
      answers(WebhookEndpointPage_TestMutation, { sendTestWebhook: { __typename: 'SendTestWebhookSuccess', webhookDelivery: refused } }, []),
      endpointPage(acme),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Send test event' }));

    expect((await screen.findByRole('alert')).textContent).toBe('The receiver did not accept the test event (HTTP 401: bad signature). It is at the top of the log.');
  });

  test('editing sends the description and events, and the URL only when it changed', async () => {
    const sent: unknown[] = [];
    const edited = { ...acme, description: 'Acme HR sync (hires)', eventTypes: ['proposal.hired'] };
    renderPage([
      endpointPage(acme),
      answers(EditWebhookDialog_Mutation, { updateWebhookEndpoint: { __typename: 'UpdateWebhookEndpointSuccess', webhookEndpoint: edited } }, sent),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Edit endpoint' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit endpoint' }));
    expect((dialog.getByLabelText('URL') as HTMLInputElement).value).toBe('https://hr.acme.example/shortlist/webhooks');
    expect((dialog.getByRole('checkbox', { name: 'proposal.accepted' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(dialog.getByLabelText('Description'), { target: { value: 'Acme HR sync (hires)' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Clear proposals events' }));
    fireEvent.click(dialog.getByRole('checkbox', { name: 'proposal.hired' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Endpoint saved. Changes from now on are delivered as it says.')).toBeDefined();
    expect(sent).toEqual([{ id: 'endpoint-acme', description: 'Acme HR sync (hires)', eventTypes: ['proposal.hired'] }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme HR sync (hires)' })).toBeDefined();
  });

  test('editing offers the client limit: choosing a client sends its ID, “All clients” sends null to clear it', async () => {
    const sent: unknown[] = [];
    const limited = endpoint({ id: 'endpoint-acme', client: ACME });
    renderPage([
      endpointPage(limited),
      answers(EditWebhookDialog_Mutation, { updateWebhookEndpoint: { __typename: 'UpdateWebhookEndpointSuccess', webhookEndpoint: { ...limited, clientCompany: ORCHID } } }, sent),
      answers(EditWebhookDialog_Mutation, { updateWebhookEndpoint: { __typename: 'UpdateWebhookEndpointSuccess', webhookEndpoint: { ...limited, clientCompany: null } } }, sent),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Edit endpoint' }));
    let dialog = within(await screen.findByRole('dialog', { name: 'Edit endpoint' }));
    expect((dialog.getByLabelText('Client') as HTMLSelectElement).value).toBe(ACME.id);
    fireEvent.change(dialog.getByLabelText('Client'), { target: { value: ORCHID.id } });
    fireEvent.click(dialog.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Endpoint saved. Changes from now on are delivered as it says.')).toBeDefined();
    expect(screen.getByRole('region', { name: 'Settings' }).textContent).toContain('Only Orchid Pay (no candidate events)');

    fireEvent.click(screen.getByRole('button', { name: 'Edit endpoint' }));
    dialog = within(await screen.findByRole('dialog', { name: 'Edit endpoint' }));
    fireEvent.change(dialog.getByLabelText('Client'), { target: { value: '' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Settings' }).textContent).toContain('All clients'));
    expect(sent.map((input) => (input as { clientCompanyId?: unknown }).clientCompanyId)).toEqual([ORCHID.id, null]);
  });

  test('deleting asks first, naming the endpoint and its URL; once deleted, the list says so', async () => {
    const sent: unknown[] = [];
    renderPage([endpointPage(acme), answers(DeleteWebhookDialog_Mutation, { deleteWebhookEndpoint: { __typename: 'DeleteWebhookEndpointSuccess', deletedId: 'endpoint-acme' } }, sent)]);

    fireEvent.click(await screen.findByRole('button', { name: 'Delete endpoint' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the endpoint “Acme HR sync”?' });
    expect(dialog.textContent).toContain('Nothing more is sent to https://hr.acme.example/shortlist/webhooks');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete endpoint' }));

    await waitFor(() => expect(window.location.pathname).toBe('/integrations/webhooks'));
    expect(sent).toEqual([{ id: 'endpoint-acme' }]);
    expect(takeFlashNotice()).toBe('The endpoint “Acme HR sync” is deleted. Nothing more is sent to it.');
  });

  test('an endpoint that is gone (or another agency’s) says so and leads back to the list', async () => {
    renderPage([endpointPage(null)], 'gone');

    expect(await screen.findByRole('heading', { level: 1, name: 'Webhook endpoint not found' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Back to webhooks' }).getAttribute('href')).toBe('/integrations/webhooks');
  });
});

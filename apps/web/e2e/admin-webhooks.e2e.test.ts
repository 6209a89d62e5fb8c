import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openJobFittingCandidate, signedInClient } from './api-client';
import { seriousAccessibilityViolations } from './axe';
import { launchBrowser, screenshotter, shouldSkipBrowserTests } from './browser';
import { startApp, type RunningApp } from './start-app';

const ADMIN = 'admin@shortlist.test';
const RECRUITER = 'recruiter@shortlist.test';
const CANDIDATE_NAME = 'Sam Okafor';

type Received = { webhookId: string; signature: string; body: string; type: string; dataId: string; isSignedBy: (secret: string) => boolean };

/**
 * A partner's webhook receiver on 127.0.0.1 (a random port): records each POST as it came and answers 204. Whether
 * a signature is valid is asked of the Standard Webhooks library itself, with the secret the admin copied.
 */
async function startReceiver() {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = request.headers;
      const event = JSON.parse(body) as { type: string; data: { id: string } };
      received.push({
        webhookId: String(headers['webhook-id']),
        signature: String(headers['webhook-signature']),
        body,
        type: event.type,
        dataId: event.data.id,
        isSignedBy: (secret) => verifies(secret, body, headers),
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/shortlist/webhooks`,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function verifies(secret: string, body: string, headers: IncomingHttpHeaders): boolean {
  try {
    new Webhook(secret).verify(body, {
      'webhook-id': String(headers['webhook-id']),
      'webhook-timestamp': String(headers['webhook-timestamp']),
      'webhook-signature': String(headers['webhook-signature']),
    });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(shouldSkipBrowserTests)('an agency admin sends changes to a partner system through a webhook', () => {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    receiver = await startReceiver();
    browser = await launchBrowser();
    app = await startApp();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await app?.stop();
    await receiver?.stop();
  });

  async function signInAs(email: string): Promise<Page> {
    const context = await browser!.newContext({ baseURL: app!.url, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('shortlist');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    return page;
  }

  /** The partner proposes the candidate for the job through /graphql with its key, as its own system would. */
  async function proposeWithKey(secret: string, jobId: string, candidate: { id: string; timeZone: string }) {
    const startsAt = new Date(Math.ceil((Date.now() + 5 * 24 * 3_600_000) / 3_600_000) * 3_600_000);
    const response = await fetch(`${app!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({
        query: `mutation ($input: ProposeMatchInput!) {
          proposeMatch(input: $input) { __typename ... on ProposeMatchSuccess { proposal { id } } ... on Error { message } }
        }`,
        variables: {
          input: {
            jobId,
            candidateId: candidate.id,
            message: 'Hello Sam, our client would like to meet you for this platform role.',
            slots: [
              {
                startsAt: startsAt.toISOString(),
                endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
                timeZone: candidate.timeZone,
                format: 'VIDEO',
                location: 'https://meet.example.test/webhooks-e2e',
              },
            ],
          },
        },
      }),
    });
    const body = (await response.json()) as { data?: { proposeMatch: { __typename: string; proposal?: { id: string }; message?: string } } };
    const answer = body.data?.proposeMatch;
    if (answer?.__typename !== 'ProposeMatchSuccess' || !answer.proposal) throw new Error(`The key could not propose: ${JSON.stringify(body)}`);
    return answer.proposal.id;
  }

  async function waitForDeliveries(count: number, which: (event: Received) => boolean): Promise<Received[]> {
    await expect.poll(() => receiver!.received.filter(which).length, { timeout: 30_000, interval: 250 }).toBeGreaterThanOrEqual(count);
    return receiver!.received.filter(which);
  }

  test('registers an endpoint, a partner key’s proposal reaches the receiver signed, the log shows it, and a redelivery comes again with the same webhook-id', async () => {
    const snap = screenshotter('admin-webhooks');
    const page = await signInAs(ADMIN);
    const tag = Math.random().toString(36).slice(2, 6);
    const keyName = `Acme HR sync ${tag}`;
    const endpointName = `Acme HR webhooks ${tag}`;

    // A partner key, made on the keys screen: it will propose through the API.
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Integrations' }).click();
    await page.waitForURL((url) => url.pathname === '/integrations/api-keys');
    const integrationsNav = page.getByRole('navigation', { name: 'Integrations' });
    expect(await integrationsNav.getByRole('link', { name: 'API keys' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('button', { name: 'New API key' }).click();
    const keyDialog = page.getByRole('dialog', { name: 'New API key' });
    await keyDialog.getByLabel('Name').fill(keyName);
    await keyDialog.getByRole('checkbox', { name: 'Read proposals' }).check();
    await keyDialog.getByRole('checkbox', { name: 'Act on proposals' }).check();
    await keyDialog.getByRole('button', { name: 'Create key' }).click();
    const keySecret = await page.getByRole('textbox', { name: 'API key' }).inputValue();
    expect(keySecret).toMatch(/^sl_live_/);
    await page.getByRole('button', { name: 'I have stored the key' }).click();

    // Webhooks, beside API keys: nothing registered yet, and what webhooks are for.
    await integrationsNav.getByRole('link', { name: 'Webhooks' }).click();
    await page.waitForURL((url) => url.pathname === '/integrations/webhooks');
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    expect(await integrationsNav.getByRole('link', { name: 'Webhooks' }).getAttribute('aria-current')).toBe('page');
    const list = page.getByRole('region', { name: "Your agency's webhook endpoints" });
    await list.getByText('No webhook endpoints yet.').waitFor();
    expect(await list.getByRole('link', { name: 'the API schema' }).getAttribute('href')).toBe('/schema.graphql');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'no-endpoints-yet');

    // "Only the events I choose" with none chosen is refused before it is sent (an empty list would mean all).
    await page.getByRole('button', { name: 'Register endpoint' }).click();
    const dialog = page.getByRole('dialog', { name: 'Register a webhook endpoint' });
    await dialog.getByLabel('Description').fill(endpointName);
    await dialog.getByRole('button', { name: 'Register endpoint' }).click();
    await dialog.getByText('Choose at least one event, or “All events”.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The API's own check of the address, beside the URL.
    await dialog.getByRole('button', { name: 'Select all proposals events' }).click();
    expect(await dialog.getByRole('checkbox', { name: 'proposal.proposed' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: 'candidate.updated' }).isChecked()).toBe(false);
    await dialog.getByLabel('URL').fill('ftp://hr.acme.example/shortlist');
    await dialog.getByRole('button', { name: 'Register endpoint' }).click();
    const url = dialog.getByLabel('URL');
    await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.textContent()).toContain('The URL must start with https:// or http://.');
    expect(await url.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'register-dialog-errors');

    // Corrected, the URL no longer carries the API's message about what was sent.
    await url.fill(receiver!.url);
    await expect.poll(() => url.getAttribute('aria-invalid')).not.toBe('true');
    expect(await dialog.textContent()).not.toContain('The URL must start with https:// or http://.');
    await snap(page, 'register-dialog-filled');
    await dialog.getByRole('button', { name: 'Register endpoint' }).click();

    // The signing secret, once, focused.
    const secretBox = page.getByRole('textbox', { name: 'Signing secret' });
    await secretBox.waitFor();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => secretBox.evaluate((element) => element === document.activeElement)).toBe(true);
    const signingSecret = await secretBox.inputValue();
    expect(signingSecret).toMatch(/^whsec_/);
    const row = list.getByRole('row', { name: new RegExp(endpointName) });
    await row.waitFor();
    expect(await row.getByRole('listitem').allTextContents()).toEqual(['proposal.proposed', 'proposal.accepted', 'proposal.declined', '+ 7 more']);
    expect(await row.getByRole('cell').nth(1).innerText()).toBe('Enabled');
    expect(await row.getByRole('cell').nth(2).innerText()).toBe('None yet');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'secret-shown-once');
    await page.getByRole('button', { name: 'I have stored the secret' }).click();
    expect(await secretBox.count()).toBe(0);

    // The event: the partner, with its key, proposes the demo candidate for a job a recruiter opened.
    const recruiter = await signedInClient(app!.url, RECRUITER);
    const { jobId } = await openJobFittingCandidate(recruiter, CANDIDATE_NAME, 'Platform Engineer (E2E webhook)');
    const { candidates } = await recruiter.request<{ candidates: { edges: Array<{ node: { id: string; timeZone: string } }> } }>(
      `query ($search: String!) { candidates(first: 1, filter: { search: $search }) { edges { node { id timeZone } } } }`,
      { search: CANDIDATE_NAME },
    );
    const proposalId = await proposeWithKey(keySecret, jobId, candidates.edges[0]!.node);

    const [first] = await waitForDeliveries(1, (event) => event.dataId === proposalId);
    expect(first!.type).toBe('proposal.proposed');
    expect(first!.isSignedBy(signingSecret)).toBe(true);
    expect(first!.isSignedBy('whsec_' + Buffer.from('not the secret at all, 32 bytes!').toString('base64'))).toBe(false);
    // Only the chosen events: the recruiter's new job (job.created) was not sent.
    expect(receiver!.received.map((event) => event.type)).toEqual(['proposal.proposed']);

    // The list says it was delivered; the endpoint's log says how.
    await page.reload();
    await row.waitFor();
    await expect.poll(() => row.getByRole('cell').nth(2).innerText()).toMatch(/^Delivered\s+HTTP 204, \d{1,2} \w{3}, \d{2}:\d{2}:\d{2}$/);
    expect(await row.getByRole('cell').nth(3).innerText()).toBe('0');
    await snap(page, 'endpoint-delivered');
    await row.getByRole('link', { name: endpointName }).click();
    await page.waitForURL((address) => address.pathname.startsWith('/integrations/webhooks/'));
    await page.getByRole('heading', { level: 1, name: endpointName }).waitFor();
    expect(await integrationsNav.getByRole('link', { name: 'Webhooks' }).getAttribute('aria-current')).toBe('location');

    const log = page.getByRole('region', { name: 'Delivery log' });
    // The delivery's own row (its opened details, a row too, quote the event type in the payload).
    const delivery = log.locator('tr.delivery-row').filter({ hasText: 'proposal.proposed' });
    await delivery.waitFor();
    const cells = () => delivery.getByRole('cell').allInnerTexts();
    expect((await cells()).slice(0, 6)).toEqual([`Proposal\nchange ${JSON.parse(first!.body).data.position}`, 'Delivered', '1', 'HTTP 204', expect.stringMatching(/^\d+ ms$/), '—']);
    expect(await delivery.getByRole('link', { name: 'Proposal' }).getAttribute('href')).toBe(`/recruiter/proposals/${encodeURIComponent(proposalId)}`);

    await delivery.getByRole('button', { name: 'proposal.proposed details' }).click();
    const details = log.locator('tr.delivery-details:not([hidden])');
    await details.waitFor();
    expect(await details.innerText()).toContain(`webhook-id: ${first!.webhookId}`);
    expect(await details.getByRole('listitem').count()).toBe(1);
    expect(JSON.parse(await details.getByLabel('Payload').innerText())).toEqual(JSON.parse(first!.body));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'delivery-log-opened');

    // Redeliver: the same webhook-id and body again, signed, and the log shows the second attempt.
    await delivery.getByRole('button', { name: /^Redeliver proposal\.proposed/ }).click();
    await delivery.getByRole('status').filter({ hasText: /^Redelivered: HTTP 204 in \d+ ms\.$/ }).waitFor();
    const again = await waitForDeliveries(2, (event) => event.webhookId === first!.webhookId);
    expect(again[1]!.body).toBe(first!.body);
    expect(again[1]!.isSignedBy(signingSecret)).toBe(true);
    expect((await cells())[2]).toBe('2');
    expect(await details.getByRole('listitem').count()).toBe(2);
    expect(await details.getByRole('listitem').nth(1).innerText()).toMatch(/Redelivery\s+HTTP 204 in \d+ ms/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'redelivered');

    // Rotating: the new secret is shown once with the end of the overlap; meanwhile both secrets sign.
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    const rotate = page.getByRole('dialog', { name: 'Rotate the signing secret?' });
    expect(await rotate.getByLabel('Overlap (hours)').inputValue()).toBe('24');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await rotate.getByRole('button', { name: 'Rotate secret' }).click();
    const newSecretBox = page.getByRole('textbox', { name: 'Signing secret' });
    const newSecret = await newSecretBox.inputValue();
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(signingSecret);
    expect(await page.getByText(/The previous secret also signs each delivery until/).innerText()).toMatch(/until \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \(/);
    await snap(page, 'secret-rotated');
    await page.getByRole('button', { name: 'I have stored the secret' }).click();
    await delivery.getByRole('button', { name: /^Redeliver proposal\.proposed/ }).click();
    const third = (await waitForDeliveries(3, (event) => event.webhookId === first!.webhookId))[2]!;
    expect(third.signature.split(' ')).toHaveLength(2);
    expect(third.isSignedBy(newSecret)).toBe(true);
    expect(third.isSignedBy(signingSecret)).toBe(true);

    // On a phone the endpoint's page stacks; the log scrolls sideways within its box, the page does not.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await snap(page, 'endpoint-on-a-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    // A test event: signed with the current secrets, it reaches the receiver and tops the log.
    await page.getByRole('button', { name: 'Send test event' }).click();
    await page.getByText('Test event delivered: the receiver answered HTTP 204. It is at the top of the log.').waitFor();
    const [test] = await waitForDeliveries(1, (event) => event.type === 'webhook.test');
    expect(test!.isSignedBy(newSecret)).toBe(true);
    expect(test!.dataId).toBe(decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!));
    await expect.poll(() => log.locator('tr.delivery-row').first().innerText()).toContain('webhook.test');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'test-event-sent');

    // Editing: the dialog opens with the endpoint's settings, the client limit among them.
    await page.getByRole('button', { name: 'Edit endpoint' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit endpoint' });
    expect(await edit.getByLabel('URL').inputValue()).toBe(receiver!.url);
    expect(await edit.getByRole('checkbox', { name: 'proposal.expired' }).isChecked()).toBe(true);
    expect(await edit.getByLabel('Client').inputValue()).toBe('');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'edit-dialog');
    await edit.getByRole('button', { name: 'Cancel' }).click();

    // Pausing: the settings say why nothing is sent; resuming clears it.
    await page.getByRole('button', { name: 'Pause deliveries' }).click();
    await page.getByText('Deliveries paused: changes wait here until you resume them.').waitFor();
    const settings = page.getByRole('region', { name: 'Settings' });
    expect(await settings.innerText()).toContain('Paused by an agency admin.');
    await page.getByRole('button', { name: 'Resume deliveries' }).click();
    await page.getByText('Deliveries resumed: the changes that waited go out now, in order.').waitFor();
    await expect.poll(() => settings.innerText()).not.toContain('Paused by an agency admin.');

    // Deleting asks first; the list then says it is gone.
    await page.getByRole('button', { name: 'Delete endpoint' }).click();
    const confirm = page.getByRole('dialog', { name: `Delete the endpoint “${endpointName}”?` });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'delete-confirmation');
    await confirm.getByRole('button', { name: 'Delete endpoint' }).click();
    await page.waitForURL((address) => address.pathname === '/integrations/webhooks');
    await page.getByRole('status').filter({ hasText: `The endpoint “${endpointName}” is deleted.` }).waitFor();
    await list.getByText('No webhook endpoints yet.').waitFor();
    await snap(page, 'endpoint-deleted');
  });
});

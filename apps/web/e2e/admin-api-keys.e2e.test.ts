import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousAccessibilityViolations } from './axe';
import { launchBrowser, screenshotter, shouldSkipBrowserTests } from './browser';
import { startApp, type RunningApp } from './start-app';

const ADMIN = 'admin@shortlist.test';
const RECRUITER = 'recruiter@shortlist.test';
const JOBS = '{ jobs(first: 5) { edges { node { id title } } } }';

describe.skipIf(shouldSkipBrowserTests)('an agency admin manages partner API keys', () => {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await app?.stop();
  });

  async function signInAs(email: string): Promise<Page> {
    const context = await browser!.newContext({ baseURL: app!.url, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    // "Copy key" writes to the clipboard; the test reads it back.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app!.url });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('shortlist');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    return page;
  }

  /** Reads the agency's jobs through /graphql as a partner would, with the key as a Bearer token. */
  async function readJobsWith(secret: string) {
    const response = await fetch(`${app!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: JOBS }),
    });
    const body = (await response.json()) as {
      data?: { jobs: { edges: Array<{ node: { title: string } }> } };
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    return { status: response.status, body };
  }

  test('creates a key whose secret is shown once and works as a Bearer token, then revokes it and the token is refused', async () => {
    const snap = screenshotter('admin-api-keys');
    const page = await signInAs(ADMIN);
    const keyName = `Acme careers site ${Math.random().toString(36).slice(2, 6)}`;

    // From the header, where an admin looks for integrations.
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Integrations' }).click();
    await page.waitForURL((url) => url.pathname === '/integrations/api-keys');
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    await page.getByRole('region', { name: "Your agency's API keys" }).getByRole('button', { name: 'Create the first key' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'no-keys-yet');

    // Sending the form empty: the API's typed errors appear beside the fields.
    await page.getByRole('button', { name: 'New API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API key' });
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const name = dialog.getByLabel('Name');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.textContent()).toContain('Name the key (at least 2 characters).');
    expect(await dialog.textContent()).toContain('Choose at least one scope.');
    expect(await name.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'create-dialog-errors');

    await name.fill(keyName);
    await dialog.getByRole('checkbox', { name: 'Read jobs' }).check();
    await dialog.getByRole('checkbox', { name: 'Read proposals' }).check();
    await snap(page, 'create-dialog-filled');
    await dialog.getByRole('button', { name: 'Create key' }).click();

    // The secret, once, focused, with the warning.
    const secretBox = page.getByRole('textbox', { name: 'API key' });
    await secretBox.waitFor();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => secretBox.evaluate((element) => element === document.activeElement)).toBe(true);
    const secret = await secretBox.inputValue();
    expect(secret).toMatch(/^sl_live_[A-Za-z0-9]{8}_/);
    expect(await page.getByRole('heading', { name: `Copy the key for “${keyName}” now` }).textContent()).toBeTruthy();
    expect(await page.getByText('You will not see it again.').count()).toBe(1);
    const row = page.getByRole('row', { name: new RegExp(keyName) });
    await row.waitFor();
    expect(await row.textContent()).toContain(`sl_live_${secret.slice(8, 16)}_…`);
    expect(await row.getByRole('listitem').allTextContents()).toEqual(['Read jobs', 'Read proposals']);
    expect(await row.getByRole('cell').nth(2).innerText()).toBe('Never');
    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'secret-shown-once');

    // The key works: a partner reads the agency's jobs with it.
    const withKey = await readJobsWith(secret);
    expect(withKey.status).toBe(200);
    expect(withKey.body.errors).toBeUndefined();
    expect(withKey.body.data?.jobs.edges.length).toBeGreaterThan(0);

    // Stored: the secret leaves the page, and is nowhere after a reload either; the list says the key was used.
    await page.getByRole('button', { name: 'I have stored the key' }).click();
    expect(await secretBox.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'New API key' }).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(secret.slice(17));
    expect(await row.getByRole('cell').nth(2).innerText()).toMatch(/^\d{1,2} \w{3,4} \d{4}, \d{2}:\d{2}$/);
    expect(await row.getByRole('cell').nth(3).innerText()).toBe('Active');
    await snap(page, 'key-listed-and-used');

    // Revoking asks first, naming the key.
    await row.getByRole('button', { name: `Revoke ${keyName}` }).click();
    const confirm = page.getByRole('dialog', { name: `Revoke the key “${keyName}”?` });
    await confirm.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'revoke-confirmation');
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    const notice = page.getByRole('status').filter({ hasText: `The key “${keyName}” is revoked.` });
    await notice.waitFor();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => notice.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await row.getByRole('cell').nth(3).innerText()).toMatch(/^Revoked\s+on \d{1,2} \w{3,4} \d{4}$/);
    expect(await row.getByRole('button').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'key-revoked');

    // On a phone the table's rows stack, each cell under the one before.
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, 'keys-on-a-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The same token is now refused.
    const refused = await readJobsWith(secret);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.body.data).toBeUndefined();
  });

  test('a recruiter has no Integrations link, and opening the address takes them to their own home', async () => {
    const page = await signInAs(RECRUITER);
    const nav = page.getByRole('navigation', { name: 'Site' });
    await nav.getByRole('link', { name: 'Candidates' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Integrations' }).count()).toBe(0);

    await page.goto('/integrations/api-keys');
    await page.waitForURL((url) => url.pathname === '/recruiter/today');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(await page.getByRole('heading', { name: 'API keys' }).count()).toBe(0);
  });
});

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousAccessibilityViolations } from './axe';
import { launchBrowser, screenshotter, shouldSkipBrowserTests } from './browser';
import { startApp, type RunningApp } from './start-app';

/**
 * Every screen, as each role sees it with the demo data, scanned by axe-core (WCAG 2.2 AA and best practices).
 * The issue asks for the job page, the candidate's home and the decline form (the flows test covers those, filled
 * in); this keeps the other screens from drifting. Each scan waits for the screen's data, not its loading state.
 */
describe.skipIf(shouldSkipBrowserTests)('accessibility of every screen', () => {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp();
  });

  afterAll(async () => {
    await context?.close().catch(() => {});
    await browser?.close();
    await app?.stop();
  });

  async function signInAs(email: string): Promise<Page> {
    await context?.close().catch(() => {});
    context = await browser!.newContext({ baseURL: app!.url, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('shortlist');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    return page;
  }

  /** Waits until `ready` shows (the screen's data is in), then scans the whole page; returns problems by screen. */
  async function scan(page: Page, screen: string, ready: Locator, snap: ReturnType<typeof screenshotter>) {
    await ready.first().waitFor();
    await snap(page, screen);
    return (await seriousAccessibilityViolations(page)).map((violation) => ({ screen, ...violation }));
  }

  test('the check itself reports what it should: an unlabelled field, an image without text, a nameless button', async () => {
    const page = await browser!.newPage();
    await page.setContent(
      '<html lang="en"><title>Broken</title><main><input type="text"><img src="x.png"><button></button></main></html>',
    );
    const ids = (await seriousAccessibilityViolations(page)).map((violation) => violation.id);
    await page.close();
    expect(ids).toEqual(expect.arrayContaining(['label', 'image-alt', 'button-name']));
  });

  test("the recruiter's screens have no serious or critical violations", async () => {
    const snap = screenshotter('accessibility-recruiter');
    const page = await signInAs('recruiter@shortlist.test');
    const found = [];

    await page.goto('/recruiter');
    const jobs = page.getByRole('region', { name: "Your agency's jobs" });
    found.push(...(await scan(page, 'jobs', jobs.getByRole('link'), snap)));

    await jobs.getByRole('link').first().click();
    const pipeline = page.getByRole('region', { name: 'Pipeline' });
    found.push(...(await scan(page, 'job', page.getByRole('article'), snap)));

    await pipeline.getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/recruiter/proposals/'));
    found.push(...(await scan(page, 'proposal', page.getByRole('region', { name: 'Timeline' }).getByRole('listitem'), snap)));

    await page.goto('/recruiter/jobs/new');
    found.push(...(await scan(page, 'new-job', page.getByRole('button', { name: 'Create job' }), snap)));

    await page.goto('/recruiter/candidates');
    const candidates = page.getByRole('region', { name: "Your agency's candidates" });
    found.push(...(await scan(page, 'candidates', candidates.getByRole('link'), snap)));

    await candidates.getByRole('link').first().click();
    found.push(...(await scan(page, 'candidate', page.getByRole('region', { name: 'Suggested jobs' }).getByRole('link'), snap)));

    await page.goto('/recruiter/candidates/new');
    found.push(...(await scan(page, 'register-candidate', page.getByRole('button', { name: 'Register candidate' }), snap)));

    await page.goto('/notifications');
    found.push(...(await scan(page, 'notifications', page.getByRole('region', { name: 'Your notifications' }).getByRole('listitem'), snap)));

    expect(found).toEqual([]);
  });

  test("the agency admin's screens have no serious or critical violations", async () => {
    const snap = screenshotter('accessibility-admin');
    const page = await signInAs('admin@shortlist.test');
    const found = [];

    await page.goto('/integrations/api-keys');
    found.push(...(await scan(page, 'api-keys', page.getByRole('region', { name: "Your agency's API keys" }).getByRole('button'), snap)));

    await page.getByRole('button', { name: 'New API key' }).click();
    found.push(...(await scan(page, 'new-api-key', page.getByRole('dialog', { name: 'New API key' }).getByRole('checkbox'), snap)));
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('navigation', { name: 'Integrations' }).getByRole('link', { name: 'Webhooks' }).click();
    const endpoints = page.getByRole('region', { name: "Your agency's webhook endpoints" });
    found.push(...(await scan(page, 'webhooks', endpoints.getByRole('button'), snap)));

    // The demo data has no endpoint: register one (to a closed local port, so its log shows retries too).
    await page.getByRole('button', { name: 'Register endpoint' }).click();
    const register = page.getByRole('dialog', { name: 'Register a webhook endpoint' });
    found.push(...(await scan(page, 'register-webhook', register.getByRole('checkbox'), snap)));
    await register.getByLabel('URL').fill('http://127.0.0.1:9/a11y');
    await register.getByLabel('Description').fill('Accessibility check');
    await register.getByRole('radio', { name: 'All events' }).check();
    await register.getByRole('button', { name: 'Register endpoint' }).click();
    found.push(...(await scan(page, 'webhook-secret', page.getByRole('textbox', { name: 'Signing secret' }), snap)));
    await endpoints.getByRole('link', { name: 'Accessibility check' }).click();
    found.push(...(await scan(page, 'webhook-endpoint', page.getByRole('region', { name: 'Delivery log' }), snap)));

    expect(found).toEqual([]);
  });

  test("the candidate's screens have no serious or critical violations", async () => {
    const snap = screenshotter('accessibility-candidate');
    const page = await signInAs('candidate@shortlist.test');
    const found = [];

    await page.goto('/me');
    found.push(...(await scan(page, 'home', page.getByRole('region', { name: 'Your portfolio' }), snap)));

    await page.getByRole('link', { name: /^Interview for / }).first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/me/interviews/'));
    found.push(...(await scan(page, 'interview', page.getByRole('button', { name: 'Cancel interview' }), snap)));

    await page.getByRole('button', { name: 'Cancel interview' }).click();
    found.push(...(await scan(page, 'cancel-dialog', page.getByRole('button', { name: 'Confirm cancellation' }), snap)));
    await page.getByRole('button', { name: 'Keep the interview' }).click();

    await page.goto('/me');
    await page.getByRole('region', { name: 'Your portfolio' }).waitFor();
    await page.getByRole('region', { name: 'Waiting for your answer' }).getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/me/proposals/'));
    found.push(...(await scan(page, 'proposal', page.getByRole('region', { name: 'Why you were proposed' }), snap)));

    await page.goto('/me/profile');
    found.push(...(await scan(page, 'profile', page.getByRole('button', { name: 'Save profile' }), snap)));

    await page.goto('/notifications');
    found.push(...(await scan(page, 'notifications', page.getByRole('heading', { level: 1, name: 'Notifications' }), snap)));

    expect(found).toEqual([]);
  });
});

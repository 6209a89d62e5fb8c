import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { launchBrowser, screenshotter, shouldSkipBrowserTests } from './browser';
import { startApp, type RunningApp } from './start-app';

describe.skipIf(shouldSkipBrowserTests)('signed out', () => {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // The browser first: when it is missing, the suite fails at once, before an app is left running.
    browser = await launchBrowser();
    app = await startApp();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  beforeEach(async () => {
    // A new context per test: its own cookies, so every test starts signed out.
    context = await browser!.newContext({ baseURL: app!.url });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  test('the job board is public, a recruiter page asks to sign in and brings the recruiter back', async () => {
    const snap = screenshotter('signed-out');

    await page.goto('/');
    const firstJob = page.getByRole('article').first();
    await firstJob.waitFor();
    expect((await firstJob.getByRole('heading', { level: 2 }).textContent())?.trim()).toBeTruthy();
    await snap(page, 'job-board');

    await page.goto('/recruiter');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).search).toBe('?next=%2Frecruiter');
    await snap(page, 'redirected-to-sign-in');

    await page.getByLabel('Email').fill('recruiter@shortlist.test');
    await page.getByLabel('Password').fill('shortlist');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/recruiter');
    await page.getByRole('heading', { level: 1, name: 'Jobs' }).waitFor();
    // The heading shows while the jobs load; wait for the first one rather than counting too early.
    const jobs = page.getByRole('region', { name: "Your agency's jobs" }).getByRole('row').filter({ has: page.getByRole('link') });
    await jobs.first().waitFor();
    expect(await jobs.count()).toBeGreaterThan(0);
    await snap(page, 'recruiter-jobs');

    await page.getByRole('button', { name: /^Account: / }).click(); // "Sign out" is in the avatar menu
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    await snap(page, 'signed-out');
  });

  test('a wrong password is explained and the e-mail stays typed', async () => {
    const snap = screenshotter('wrong-password');

    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('recruiter@shortlist.test');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expectText(page.getByRole('alert'), 'That e-mail and password do not match an account.');
    expect(await page.getByLabel('Email').inputValue()).toBe('recruiter@shortlist.test');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await snap(page, 'wrong-password');
  });
});

async function expectText(locator: ReturnType<Page['getByRole']>, text: string) {
  await locator.waitFor();
  expect((await locator.textContent())?.trim()).toBe(text);
}

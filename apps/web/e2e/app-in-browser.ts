import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startApp, type RunningApp } from './start-app';

export interface AppInBrowser {
  /** The app under test (started before the describe's tests). */
  readonly app: RunningApp;
  /** A page in a browser context of its own (own cookies), at the app's address, 1280×900. */
  newPage(options?: { clockAt?: Date }): Promise<Page>;
  /** A person in their own context, signed in through the sign-in page (every demo login's password is "shortlist"). */
  signInAs(email: string, options?: { clockAt?: Date }): Promise<Page>;
}

/**
 * Call inside a `describe`: starts Chromium and the app before its tests and closes both after, and gives each test
 * pages in contexts of their own. A describe's own `beforeAll` registered after this one sees the app running.
 */
export function useAppInBrowser({ defaultTimeoutMs = 20_000 }: { defaultTimeoutMs?: number } = {}): AppInBrowser {
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

  async function newPage({ clockAt }: { clockAt?: Date } = {}): Promise<Page> {
    const context = await browser!.newContext({ baseURL: app!.url, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(defaultTimeoutMs);
    contexts.push(context);
    const page = await context.newPage();
    if (clockAt) await page.clock.install({ time: clockAt });
    return page;
  }

  return {
    get app() {
      if (!app) throw new Error('The app starts in beforeAll: use it from a hook or a test.');
      return app;
    },
    newPage,
    async signInAs(email, options) {
      const page = await newPage(options);
      await page.goto('/sign-in');
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill('shortlist');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname !== '/sign-in');
      return page;
    },
  };
}

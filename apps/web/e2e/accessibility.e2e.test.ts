import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useAppInBrowser } from './app-in-browser';
import { seriousAccessibilityViolations, type AxeViolation } from './axe';
import { screenshotter, shouldSkipBrowserTests } from './browser';

/**
 * Every screen, as each role sees it with the demo data, scanned by axe-core (WCAG 2.2 AA and best practices) on a
 * laptop (1366×900) and a phone (390×844), plus the phone's menu opened. Each scan waits for the screen's data, not
 * its loading state; a screenshot of each lands under test-artifacts/accessibility-<who>/.
 */
/** Each role's test opens some twenty screens twice on a shared machine. */
const ROLE_TIMEOUT_MS = 600_000;

const SIZES = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

type Found = AxeViolation & { screen: string };

/** The page's heading is there and nothing on it is still loading (no aria-busy, no "Loading…" line). */
async function waitForSettled(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(
    () =>
      document.querySelector('[aria-busy="true"]') === null &&
      ![...document.querySelectorAll('[role="status"]')].some((node) => /^Loading/.test(node.textContent ?? '')),
    undefined,
    { timeout: 20_000 },
  );
}

describe.skipIf(shouldSkipBrowserTests)('accessibility of every screen, on a laptop and a phone', () => {
  const session = useAppInBrowser();

  /** Waits until `ready` shows (or, without one, until the page settles), then screenshots and scans the page. */
  async function scan(page: Page, screen: string, snap: ReturnType<typeof screenshotter>, ready?: Locator): Promise<Found[]> {
    if (ready) await ready.first().waitFor();
    await waitForSettled(page);
    await snap(page, screen);
    return (await seriousAccessibilityViolations(page)).map((violation) => ({ screen, ...violation }));
  }

  /** Opens each address in turn at each size and scans it. */
  async function scanAddresses(page: Page, who: string, addresses: ReadonlyArray<readonly [name: string, path: string]>) {
    const snap = screenshotter(`accessibility-${who}`);
    const found: Found[] = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const [name, path] of addresses) {
        await page.goto(path);
        found.push(...(await scan(page, `${size.name}-${name}`, snap)));
      }
    }
    return { found, snap };
  }

  /** At phone size: the header is one row, the menu opens with focus inside it, and the open menu passes the scan. */
  async function checkPhoneMenu(page: Page, who: string, snap: ReturnType<typeof screenshotter>): Promise<Found[]> {
    await page.setViewportSize(SIZES[1]);
    const header = page.locator('header.site-header');
    const height = (await header.boundingBox())!.height;
    expect(height, `${who}'s header on a phone`).toBeLessThanOrEqual(64);

    const menuButton = page.getByRole('button', { name: 'Menu' });
    await menuButton.click();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    const nav = page.getByRole('navigation', { name: 'Site' });
    expect(await nav.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await snap(page, 'phone-menu-open');
    const found = (await seriousAccessibilityViolations(page)).map((violation) => ({ screen: 'phone-menu-open', ...violation }));

    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await menuButton.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await nav.isVisible()).toBe(false);
    return found;
  }

  test('the check itself reports what it should: an unlabelled field, an image without text, a nameless button', async () => {
    const page = await session.newPage();
    await page.setContent(
      '<html lang="en"><title>Broken</title><main><input type="text"><img src="x.png"><button></button></main></html>',
    );
    const ids = (await seriousAccessibilityViolations(page)).map((violation) => violation.id);
    expect(ids).toEqual(expect.arrayContaining(['label', 'image-alt', 'button-name']));
  });

  test("a visitor's screens (the job board, a job, signing in) have no serious or critical violations", async () => {
    const page = await session.newPage();
    const { found, snap } = await scanAddresses(page, 'visitor', [
      ['job-board', '/'],
      ['sign-in', '/sign-in'],
    ]);

    // A job's public page, reached from the board when its cards link there; else by its address.
    await page.setViewportSize(SIZES[0]);
    await page.goto('/');
    const cardLink = page.getByRole('article').first().getByRole('link');
    await page.getByRole('article').first().waitFor();
    const jobPath = (await cardLink.count()) > 0 ? await cardLink.first().getAttribute('href') : '/jobs/not-a-job';
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.goto(jobPath!);
      found.push(...(await scan(page, `${size.name}-public-job`, snap)));
    }

    expect(found).toEqual([]);
  }, ROLE_TIMEOUT_MS);

  test("the recruiter's screens have no serious or critical violations", async () => {
    const page = await session.signInAs('recruiter@shortlist.test');
    const { found, snap } = await scanAddresses(page, 'recruiter', [
      ['today', '/recruiter/today'],
      ['jobs', '/recruiter'],
      ['new-job', '/recruiter/jobs/new'],
      ['candidates', '/recruiter/candidates'],
      ['register-candidate', '/recruiter/candidates/new'],
      ['leads', '/recruiter/leads'],
      ['insight', '/recruiter/insight'],
      ['notifications', '/notifications'],
      ['settings', '/settings'],
      ['email-settings', '/settings/notifications'],
    ]);

    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.goto('/recruiter');
      const jobs = page.getByRole('region', { name: "Your agency's jobs" });
      await jobs.getByRole('link').first().click();
      await page.waitForURL((url) => url.pathname.startsWith('/recruiter/jobs/'));
      found.push(...(await scan(page, `${size.name}-job`, snap)));

      const proposalLink = page.locator('a[href^="/recruiter/proposals/"]').first();
      await proposalLink.click();
      await page.waitForURL((url) => url.pathname.startsWith('/recruiter/proposals/'));
      found.push(...(await scan(page, `${size.name}-proposal`, snap)));

      await page.goto('/recruiter/candidates');
      await page.getByRole('region', { name: "Your agency's candidates" }).getByRole('link').first().click();
      await page.waitForURL((url) => /^\/recruiter\/candidates\/(?!new)/.test(url.pathname));
      found.push(...(await scan(page, `${size.name}-candidate`, snap)));
    }

    // The avatar menu open, on a laptop.
    await page.setViewportSize(SIZES[0]);
    await page.goto('/recruiter');
    await waitForSettled(page);
    await page.getByRole('button', { name: /^Account: / }).click();
    await page.getByRole('link', { name: 'E-mail settings' }).waitFor();
    await snap(page, 'desktop-account-menu-open');
    found.push(...(await seriousAccessibilityViolations(page)).map((v) => ({ screen: 'desktop-account-menu-open', ...v })));
    await page.keyboard.press('Escape');

    found.push(...(await checkPhoneMenu(page, 'the recruiter', snap)));
    expect(found).toEqual([]);
  }, ROLE_TIMEOUT_MS);

  test("the agency admin's screens have no serious or critical violations", async () => {
    const page = await session.signInAs('admin@shortlist.test');
    const { found, snap } = await scanAddresses(page, 'admin', [
      ['team', '/admin'],
      ['clients', '/admin/clients'],
      ['policy', '/admin/policy'],
      ['privacy', '/admin/privacy'],
      ['api-keys', '/integrations/api-keys'],
      ['webhooks', '/integrations/webhooks'],
      ['jobs', '/recruiter'],
    ]);

    // The dialogs and a webhook endpoint's delivery log, on a laptop (registering creates data, so once).
    await page.setViewportSize(SIZES[0]);
    await page.goto('/integrations/api-keys');
    await page.getByRole('button', { name: 'New API key' }).click();
    found.push(...(await scan(page, 'desktop-new-api-key', snap, page.getByRole('dialog', { name: 'New API key' }).getByRole('checkbox'))));
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.goto('/integrations/webhooks');
    const endpoints = page.getByRole('region', { name: "Your agency's webhook endpoints" });
    await endpoints.getByRole('button').first().waitFor();
    await page.getByRole('button', { name: 'Register endpoint' }).click();
    const register = page.getByRole('dialog', { name: 'Register a webhook endpoint' });
    found.push(...(await scan(page, 'desktop-register-webhook', snap, register.getByRole('checkbox'))));
    await register.getByLabel('URL').fill('http://127.0.0.1:9/a11y');
    await register.getByLabel('Description').fill('Accessibility check');
    await register.getByRole('radio', { name: 'All events' }).check();
    await register.getByRole('button', { name: 'Register endpoint' }).click();
    found.push(...(await scan(page, 'desktop-webhook-secret', snap, page.getByRole('textbox', { name: 'Signing secret' }))));
    await page.keyboard.press('Escape');
    await page.goto('/integrations/webhooks');
    await endpoints.getByRole('link', { name: 'Accessibility check' }).click();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      found.push(...(await scan(page, `${size.name}-webhook-endpoint`, snap, page.getByRole('region', { name: 'Delivery log' }))));
    }

    found.push(...(await checkPhoneMenu(page, 'the admin', snap)));
    expect(found).toEqual([]);
  }, ROLE_TIMEOUT_MS);

  test("the candidate's screens have no serious or critical violations", async () => {
    const page = await session.signInAs('candidate@shortlist.test');
    const { found, snap } = await scanAddresses(page, 'candidate', [
      ['home', '/me'],
      ['profile', '/me/profile'],
      ['contacts', '/me/contacts'],
      ['your-data', '/me/data'],
      ['your-data-summary', '/me/data/summary'],
      ['consent', '/me/consent'],
      ['notifications', '/notifications'],
      ['settings', '/settings'],
      ['email-settings', '/settings/notifications'],
    ]);

    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.goto('/me');
      await waitForSettled(page);
      await page.locator('a[href^="/me/proposals/"]').first().click();
      await page.waitForURL((url) => url.pathname.startsWith('/me/proposals/'));
      found.push(...(await scan(page, `${size.name}-proposal`, snap)));

      await page.goto('/me');
      await waitForSettled(page);
      await page.getByRole('link', { name: /^Interview for / }).first().click();
      await page.waitForURL((url) => url.pathname.startsWith('/me/interviews/'));
      found.push(...(await scan(page, `${size.name}-interview`, snap)));
    }

    // The cancel dialog, on a laptop.
    await page.setViewportSize(SIZES[0]);
    await page.getByRole('button', { name: 'Cancel interview' }).click();
    found.push(...(await scan(page, 'desktop-cancel-dialog', snap, page.getByRole('button', { name: 'Confirm cancellation' }))));
    await page.getByRole('button', { name: 'Keep the interview' }).click();

    found.push(...(await checkPhoneMenu(page, 'the candidate', snap)));
    expect(found).toEqual([]);
  }, ROLE_TIMEOUT_MS);
});

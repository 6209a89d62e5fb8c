import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useAppInBrowser } from './app-in-browser';
import { seriousAccessibilityViolations } from './axe';
import { screenshotter, shouldSkipBrowserTests } from './browser';

/** How long after the document the page's content showed, and whether its chunk was asked for before the first GraphQL answer ended. */
async function measurePaint(page: Page, route: string, contentSelector: string, pageChunk = '') {
  await page.locator(contentSelector).first().waitFor();
  const timing = await page.evaluate(({ selector, pageChunk }) => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const graphql = resources.filter((r) => r.name.includes('/graphql')).sort((a, b) => a.responseEnd - b.responseEnd);
    const chunks = resources.filter((r) => /\/assets\/.+\.js$/.test(r.name));
    return {
      documentEnd: navigation?.responseEnd ?? 0,
      contentAt: performance.now(),
      firstGraphqlEnd: graphql[0]?.responseEnd ?? null,
      lastChunkStart: Math.max(0, ...chunks.map((c) => c.startTime)),
      pageChunkStart: chunks.find((c) => pageChunk !== '' && c.name.includes(`/${pageChunk}-`))?.startTime ?? null,
      hasContent: document.querySelector(selector) !== null,
    };
  }, { selector: contentSelector, pageChunk });
  console.log(`PAINT ${route} content_ms=${Math.round(timing.contentAt - timing.documentEnd)}`);
  return timing;
}

describe.skipIf(shouldSkipBrowserTests)('the public job board and job page', () => {
  const app = useAppInBrowser();

  test('signed out: filter the board (kept in the address and after a reload), open a job, read it, say "I\'m interested"; the recruiter sees the lead and dismisses it', async () => {
    const snap = screenshotter('public-job');
    const page = await app.newPage();

    await page.goto('/jobs');
    await measurePaint(page, '/jobs', 'article.job-card');
    await page.getByRole('checkbox', { name: 'Remote', exact: true }).check();
    await page.waitForURL((url) => url.search === '?remote=REMOTE');
    await page.getByLabel('Employment type').selectOption('FULL_TIME');
    await page.waitForURL((url) => url.searchParams.get('type') === 'FULL_TIME' && url.searchParams.get('remote') === 'REMOTE');
    await page.reload();
    await page.locator('article.job-card').first().waitFor();
    expect(await page.getByRole('checkbox', { name: 'Remote', exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Employment type').inputValue()).toBe('FULL_TIME');
    await page.goBack();
    await page.waitForURL((url) => url.search === '?remote=REMOTE');
    expect(await page.getByLabel('Employment type').inputValue()).toBe('');
    const card = page.locator('article.job-card').first();
    expect((await card.locator('.job-card__excerpt').textContent())?.trim().length).toBeGreaterThan(20);
    await snap(page, 'job-board-filtered');

    const title = (await card.getByRole('link').textContent())!.trim();
    await card.getByRole('link').click();
    await page.waitForURL((url) => url.pathname.startsWith('/jobs/'));
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'About the role' }).waitFor();
    expect((await page.locator('.job-description').textContent())!.length).toBeGreaterThan(50);
    await page.getByRole('heading', { level: 3, name: 'Must-haves' }).waitFor();
    const jsonLd = JSON.parse((await page.locator('head script[type="application/ld+json"]').textContent())!);
    expect(jsonLd['@type']).toBe('JobPosting');
    expect(jsonLd.title).toBe(title);
    expect(jsonLd.jobLocationType).toBe('TELECOMMUTE');
    const jobUrl = page.url();

    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.getByLabel('E-mail').fill('ada.e2e@example.com');
    await page.getByLabel('Message (optional)').fill('Ten years of analytical engines; happy to talk.');
    await page.getByRole('button', { name: 'Send my interest' }).click();
    await page.getByText(/Tick the box to agree/).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
    await snap(page, 'interest-consent-missing');
    await page.getByRole('checkbox', { name: /I agree that/ }).check();
    await page.getByRole('button', { name: 'Send my interest' }).click();
    await page.getByRole('heading', { name: 'Thank you, Ada' }).waitFor();
    await page.getByText(/write to you at ada.e2e@example.com/).waitFor();
    await snap(page, 'interest-sent');

    // A cold load of the job page: content, the chunk asked for before the first GraphQL answer ended.
    const cold = await app.newPage();
    await cold.goto(jobUrl);
    const paint = await measurePaint(cold, '/jobs/:slug', '.public-job h1', 'PublicJobPage');
    // The page's code and the first query overlap: the chunk is asked for before the first GraphQL answer has ended.
    expect(paint.pageChunkStart).not.toBeNull();
    expect(paint.firstGraphqlEnd).not.toBeNull();
    expect(paint.pageChunkStart!).toBeLessThan(paint.firstGraphqlEnd!);
    expect(await cold.locator('.public-job h1').textContent()).toBe(title);
    expect(paint.hasContent).toBe(true);

    const recruiter = await app.signInAs('recruiter@shortlist.test');
    await recruiter.goto('/recruiter/leads');
    const row = recruiter.getByRole('row').filter({ hasText: 'ada.e2e@example.com' });
    await row.waitFor();
    expect(await row.textContent()).toContain(title);
    expect(await row.textContent()).toContain('Ten years of analytical engines');
    expect(await row.getByRole('link', { name: 'Register as candidate' }).getAttribute('href')).toContain('/recruiter/candidates/new?leadId=');
    expect(await seriousAccessibilityViolations(recruiter)).toEqual([]);
    await snap(recruiter, 'leads');
    await row.getByRole('button', { name: 'Dismiss the lead from Ada Lovelace' }).click();
    await recruiter.getByText('Dismissed the lead from Ada Lovelace.').waitFor();
    await row.waitFor({ state: 'detached' });
  });

  test('the board and a job page at a laptop and a phone size, accessible at both', async () => {
    const snap = screenshotter('public-job-sizes');
    for (const [width, height] of [
      [1366, 900],
      [390, 844],
    ] as const) {
      const page = await app.newPage();
      await page.setViewportSize({ width, height });
      await page.goto('/');
      await page.locator('article.job-card').first().waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await snap(page, `job-board-${width}x${height}`);
      await page.locator('article.job-card a').first().click();
      await page.getByRole('heading', { level: 2, name: "I'm interested" }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await snap(page, `job-page-${width}x${height}`);
      await page.goto('/jobs/no-such-job-000000000000');
      await page.getByRole('heading', { level: 1, name: 'This job is no longer open' }).waitFor();
    }
  });
});

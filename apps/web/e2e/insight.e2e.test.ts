// Issue 13, point 4: the demo recruiter reads the agency's insight in Chromium: the funnel is a chart (an SVG with
// bars) whose table shows the API's numbers, the range lives in the address, the CSV holds the same numbers, and the
// page is axe clean at desktop and phone sizes.
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { insightFilterFromSearch, rangeOf } from '../src/features/insight/insight-filter-in-url';
import { signedInClient } from './api-client';
import { useAppInBrowser } from './app-in-browser';
import { seriousAccessibilityViolations } from './axe';
import { screenshotter, shouldSkipBrowserTests } from './browser';

const RECRUITER = 'recruiter@shortlist.test';

type Stage = { stage: string; count: number; conversionFromPrevious: number | null };

function startOfToday() {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

describe.skipIf(shouldSkipBrowserTests)('insight in charts', () => {
  const session = useAppInBrowser({ defaultTimeoutMs: 60_000 });

  async function funnelFromApi(search: string) {
    const api = await signedInClient(session.app.url, RECRUITER);
    const today = startOfToday();
    const { insight } = await api.request<{ insight: { insight: { funnel: { stages: Stage[]; declined: number; withdrawn: number; rejected: number; expired: number } } } }>(
      `query ($filter: InsightFilter!) { insight(filter: $filter) { ... on InsightSuccess { insight { funnel { stages { stage count conversionFromPrevious } declined withdrawn rejected expired } } } } }`,
      { filter: rangeOf(insightFilterFromSearch(search, today), today) },
    );
    return insight.insight.funnel;
  }

  test('the recruiter reads the funnel chart and its table, keeps the range in the address, and downloads the CSV', async () => {
    const snap = screenshotter('insight');
    const page = await session.signInAs(RECRUITER);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/recruiter/insight?range=12m');
    const funnel = page.getByRole('region', { name: 'Proposal funnel' });
    await funnel.getByRole('heading', { name: 'Proposal funnel' }).waitFor();

    // The chart: an SVG with one bar per stage that has proposals.
    const expected = await funnelFromApi('?range=12m');
    expect(expected.stages[0]!.count, 'the demo agency made proposals in the last 12 months').toBeGreaterThan(0);
    await expect.poll(() => funnel.locator('svg .recharts-bar-rectangle').count()).toBe(expected.stages.filter((s) => s.count > 0).length);

    // Its table, behind "Show table", says the same numbers as the API.
    await funnel.getByText('Show table').click();
    const rows = await funnel.getByRole('table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent ?? '')));
    expect(rows.slice(0, 5).map((row) => [row[0], Number(row[1])])).toEqual(
      expected.stages.map((s) => [{ PROPOSED: 'Proposed', ACCEPTED: 'Accepted', INTERVIEWING: 'Interviewing', OFFERED: 'Offered', HIRED: 'Hired' }[s.stage], s.count]),
    );
    expect(rows.slice(5).map((row) => Number(row[1]))).toEqual([expected.declined, expected.withdrawn, expected.rejected, expected.expired]);
    expect(await funnel.getByText(`${expected.stages[2]!.count} of ${expected.stages[0]!.count} proposals reach an interview`, { exact: false }).count()).toBe(1);
    for (const title of ['Time to fill', 'Match score against outcome', 'Cancellations and no-shows by side', 'Why candidates decline']) {
      await page.getByRole('heading', { name: title }).waitFor();
    }
    await snap(page, 'desktop-12-months');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The CSV: built in the browser from the same numbers.
    const [download] = await Promise.all([page.waitForEvent('download'), funnel.getByRole('button', { name: /Download CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('insight-funnel.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Stage,Proposals,Conversion from previous stage');
    expect(lines[1]).toBe(`Proposed,${expected.stages[0]!.count},`);
    expect(lines[2]).toMatch(new RegExp(`^Accepted,${expected.stages[1]!.count},\\d+%$`));

    // Another range: the address keeps it, and a reload shows it again.
    await page.getByLabel('Range', { exact: true }).selectOption('quarter');
    await page.waitForURL((url) => url.searchParams.get('range') === 'quarter');
    const quarter = await funnelFromApi('?range=quarter');
    await expect.poll(() => funnel.getByRole('table').locator('tbody tr').first().locator('td').first().textContent()).toBe(String(quarter.stages[0]!.count));
    await page.reload();
    await expect.poll(() => page.getByLabel('Range', { exact: true }).inputValue()).toBe('quarter');

    await page.getByLabel('Range', { exact: true }).selectOption('custom');
    await page.waitForURL((url) => url.searchParams.get('range') === 'custom' && url.searchParams.has('from'));
    await page.getByLabel('From', { exact: true }).fill('2026-01-01');
    await page.waitForURL((url) => url.searchParams.get('from') === '2026-01-01');

    await page.goto('/recruiter/insight?range=12m');
    await funnel.getByRole('heading', { name: 'Proposal funnel' }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, 'phone-12-months');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }, 300_000);

  test("the admin picks one recruiter of the team and reads that recruiter's funnel", async () => {
    const page = await session.signInAs('admin@shortlist.test');
    await page.goto('/recruiter/insight?range=12m');
    const funnel = page.getByRole('region', { name: 'Proposal funnel' });
    await funnel.getByRole('heading', { name: 'Proposal funnel' }).waitFor();
    const recruiter = page.getByLabel('Recruiter', { exact: true });
    // The demo recruiter is on the admin's list by name, beside "Everyone" and "Only my proposals".
    await recruiter.locator('option', { hasText: 'Riley Chen' }).waitFor({ state: 'attached' });
    await recruiter.selectOption({ label: 'Riley Chen' });
    await page.waitForURL((url) => url.searchParams.has('recruiter'));
    const recruiterId = await recruiter.inputValue();
    const api = await signedInClient(session.app.url, 'admin@shortlist.test');
    const today = startOfToday();
    const { insight } = await api.request<{ insight: { insight: { funnel: { stages: Stage[] } } } }>(
      `query ($filter: InsightFilter!) { insight(filter: $filter) { ... on InsightSuccess { insight { funnel { stages { stage count conversionFromPrevious } } } } } }`,
      { filter: { ...rangeOf(insightFilterFromSearch('?range=12m', today), today), recruiterId } },
    );
    const proposed = insight.insight.funnel.stages[0]!.count;
    expect(proposed).toBeGreaterThan(0);
    await funnel.getByText('Show table').click();
    await expect.poll(() => funnel.getByRole('table').locator('tbody tr').first().locator('td').first().textContent(), { timeout: 30_000 }).toBe(String(proposed));
  }, 300_000);
});

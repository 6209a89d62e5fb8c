// Issue 13, point 3: the recruiter signs in to Today, sees what needs them most urgent first, clears one item with one
// click and its dialog, and it stays gone after a reload.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations } from './axe';
import { useAppInBrowser } from './app-in-browser';
import { screenshotter, shouldSkipBrowserTests } from './browser';

const RECRUITER = 'recruiter@shortlist.test';
/** The badges in the API's order of urgency (TodayItemKind). */
const URGENCY = [
  'Needs a new time',
  'Interview to mark',
  'Expires soon',
  'Accepted: schedule',
  'Late cancellation',
  'Offer unanswered',
  'Answer due soon',
  'Expired',
];
const GROUPS = ['Overdue', 'Today', 'Tomorrow', 'Coming up'];

async function readToday(page: Page) {
  const sections = page.locator('section.today__group');
  const groups: Array<{ title: string; badges: string[]; rows: string[] }> = [];
  for (let i = 0; i < (await sections.count()); i++) {
    const section = sections.nth(i);
    const title = (await section.getByRole('heading', { level: 2 }).innerText()).replace(/\s*\(\d+\)$/, '');
    const badges = await section.locator('.today-badge').allInnerTexts();
    const rows = await section.locator('.today-item__who').allInnerTexts();
    groups.push({ title, badges, rows });
  }
  return groups;
}

describe.skipIf(shouldSkipBrowserTests)("the recruiter's Today", () => {
  const session = useAppInBrowser();

  test('lands on Today after signing in, most urgent first, clears an item and it stays gone after a reload', async () => {
    const snap = screenshotter('today');
    const page = await session.signInAs(RECRUITER);
    page.on('console', (message) => message.type() === 'error' && console.log('CONSOLE', message.text().slice(0, 300)));
    await expect.poll(() => new URL(page.url()).pathname).toBe('/recruiter/today');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.locator('.today-item').first().waitFor();

    const groups = await readToday(page);
    // Groups in order of when, and within each, kinds in order of urgency.
    expect(groups.map((g) => g.title)).toEqual(GROUPS.filter((title) => groups.some((g) => g.title === title)));
    for (const group of groups) {
      const ranks = group.badges.map((badge) => URGENCY.indexOf(badge));
      expect(ranks.every((rank) => rank >= 0)).toBe(true);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    const kinds = new Set(groups.flatMap((g) => g.badges));
    expect(kinds.size).toBeGreaterThanOrEqual(4);

    await page.setViewportSize({ width: 1366, height: 900 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'today-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'today-390');
    await page.setViewportSize({ width: 1366, height: 900 });

    // One click plus its dialog: an interview that ended is marked completed.
    const markButtons = page.getByRole('button', { name: /^Mark interview\b/ });
    expect(await markButtons.count()).toBeGreaterThan(0);
    const button = markButtons.first();
    const cleared = await page.locator('.today-item').filter({ has: button }).locator('.today-item__who').innerText();
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'How did the interview go?' });
    await dialog.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await snap(page, 'mark-dialog');
    await dialog.getByRole('button', { name: 'It took place: mark completed' }).click();
    await page.getByRole('status').filter({ hasText: 'marked completed' }).waitFor();
    const rowsNamed = () => page.locator('.today-item__who').filter({ hasText: cleared });
    await expect.poll(() => rowsNamed().count()).toBe(0);
    await snap(page, 'after-clearing');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.locator('.today-item').first().waitFor();
    expect(await rowsNamed().count()).toBe(0);
  });

  test("'Pick a new time' opens the proposal with the reschedule dialog, and the proposal's primary action is that", async () => {
    const page = await session.signInAs(RECRUITER);
    await page.goto('/recruiter/today?scope=agency');
    await page.locator('.today-item').first().waitFor();
    const pick = page.getByRole('link', { name: /^Pick a new time\b/ }).first();
    expect(await pick.count()).toBeGreaterThan(0);
    await pick.click();
    const dialog = page.getByRole('dialog', { name: 'Reschedule the interview' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /Cancel|Close|Not now/ }).first().click();
    const steps = page.getByRole('region', { name: 'Next steps' });
    const primary = steps.locator('.proposal-actions .button:not(.button--secondary)');
    expect(await primary.allInnerTexts()).toEqual(['Pick a new time']);
  });
});

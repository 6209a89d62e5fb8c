// Issue 14, acceptance 1: a candidate writes an interview's reflection with one contact, keeps it private (the
// recruiter sees nothing of it), then shares it; their home counts the interview, the reflection and the contact; the
// recruiter reads the reflection on the proposal, and never the contact (contacts stay the candidate's own).
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { seriousAccessibilityViolations } from './axe';
import { useAppInBrowser } from './app-in-browser';
import { screenshotter, shouldSkipBrowserTests } from './browser';

const CANDIDATE = 'candidate@shortlist.test';
const RECRUITER = 'recruiter@shortlist.test';

const LEARNED = 'They care more about on-call habits than about algorithms: next time I lead with the incident I handled in March.';
const QUESTION = 'How would you roll back a failed database migration without downtime?';
const CONTACT = {
  name: 'Priya Raman',
  role: 'Engineering manager',
  howToReach: 'priya.raman@example.test',
};

type Practice = { interviews: number; reflections: number; contacts: number };

/** "Practice so far" on the candidate's home, as numbers ("2 interviews done", "1 reflection", "0 contacts"). */
async function practiceNumbers(home: Page): Promise<Practice> {
  const card = home.getByRole('region', { name: 'Practice so far' });
  await card.waitFor();
  const text = (await card.locator('.practice__numbers').innerText()).replace(/\s+/g, ' ');
  const read = (words: RegExp) => {
    const match = new RegExp(`(\\d+) ${words.source}`).exec(text);
    if (!match) throw new Error(`No "${words.source}" in "Practice so far": ${text}`);
    return Number(match[1]);
  };
  return { interviews: read(/interviews? done/), reflections: read(/reflections?\b/), contacts: read(/contacts?\b/) };
}

/** The recruiter's "After the interview" panels on a proposal page, once the page has its interviews. */
async function reflectionPanels(recruiter: Page, proposalPath: string): Promise<Locator> {
  await recruiter.goto(proposalPath);
  const panels = recruiter.getByRole('region', { name: 'After the interview' });
  await panels.first().waitFor();
  return panels;
}

/** A date `days` from today as the date input's value (the candidate's calendar date is near enough for a week out). */
const dateInDays = (days: number) => new Date(Date.now() + days * 24 * 3_600_000).toISOString().slice(0, 10);

describe.skipIf(shouldSkipBrowserTests)("the candidate's reflection after an interview", () => {
  const session = useAppInBrowser();

  test('written with one contact, private until shared; counted on the home; the recruiter reads it on the proposal, never the contact', async () => {
    const snap = screenshotter('reflection');
    const candidate = await session.signInAs(CANDIDATE);
    await expect.poll(() => new URL(candidate.url()).pathname).toBe('/me');
    const before = await practiceNumbers(candidate);
    expect(before.interviews).toBeGreaterThan(0);

    // The home asks "How did it go?" for the interviews that ended without a reflection.
    const prompts = candidate.getByRole('region', { name: 'How did it go?' });
    const write = prompts.getByRole('link', { name: /^Write how it went/ }).first();
    await write.waitFor();
    const awaitingBefore = await prompts.getByRole('link', { name: /^Write how it went/ }).count();
    await write.click();
    await candidate.waitForURL((url) => /^\/me\/interviews\/[^/]+\/reflection$/.test(url.pathname));
    await candidate.getByRole('heading', { level: 1, name: 'How did it go?' }).waitFor();
    const proposalId = decodeURIComponent((await candidate.getByRole('link', { name: /The proposal/ }).getAttribute('href'))!.split('/').pop()!);
    const proposalPath = `/recruiter/proposals/${encodeURIComponent(proposalId)}`;

    // How it went, what they learned, a question they were asked, and one person met.
    await candidate.getByRole('radio', { name: /^Good/ }).check();
    await candidate.getByLabel('What did you learn?').fill(LEARNED);
    await candidate.getByLabel(/^Questions they asked/).fill(QUESTION);
    await candidate.getByLabel('I would like feedback from the client').check();
    await candidate.getByRole('button', { name: 'Add a person you met' }).click();
    const contact = candidate.getByRole('group', { name: /^Contact 1/ });
    // The new row takes focus, so typing goes straight into its name.
    await expect.poll(() => contact.getByLabel('Name').evaluate((input) => input === document.activeElement)).toBe(true);
    await contact.getByLabel('Name').fill(CONTACT.name);
    await contact.getByLabel('Role').fill(CONTACT.role);
    // Most people met work at the client: a new contact starts there.
    const company = await contact.getByLabel('Company').inputValue();
    expect(company).not.toBe('');
    expect(await candidate.locator('.page__lede').innerText()).toContain(` at ${company},`);
    await contact.getByLabel('How to reach them').fill(CONTACT.howToReach);
    await contact.getByLabel('Follow up by').fill(dateInDays(7));
    const share = candidate.getByRole('checkbox', { name: /^Share with my recruiter/ });
    expect(await share.isChecked()).toBe(false);
    expect(await seriousAccessibilityViolations(candidate)).toEqual([]);
    await snap(candidate, 'reflection-filled-in');

    // Saved private first: the recruiter sees that nothing was shared, and none of the words.
    await candidate.getByRole('button', { name: 'Save my reflection' }).click();
    const saved = candidate.getByRole('status').filter({ hasText: 'Your reflection is saved.' });
    await saved.waitFor();
    expect(await saved.innerText()).toContain('only you can read it');
    expect(await saved.innerText()).toContain('The person you met is in your contacts.');
    await snap(candidate, 'reflection-saved-private');

    const recruiter = await session.signInAs(RECRUITER);
    let panels = await reflectionPanels(recruiter, proposalPath);
    await expect.poll(() => panels.filter({ hasText: /has not shared a reflection/ }).count()).toBeGreaterThan(0);
    const recruiterPage = () => recruiter.locator('main').innerText();
    expect(await recruiterPage()).not.toContain(LEARNED);
    expect(await recruiterPage()).not.toContain(QUESTION);
    expect(await recruiterPage()).not.toContain(CONTACT.name);
    const unsharedBefore = await panels.filter({ hasText: /has not shared a reflection/ }).count();

    // Then shared: the success message names who can now read it.
    await share.check();
    await candidate.getByRole('button', { name: 'Save my reflection' }).click();
    await expect.poll(() => saved.innerText()).toMatch(/Riley Chen can now read how it went \(never the people you met\)/);
    // Saved means saved: a reload shows the same reflection, shared, with its contact.
    await candidate.reload();
    await candidate.getByRole('heading', { level: 1, name: 'How did it go?' }).waitFor();
    await candidate.getByLabel('What did you learn?').waitFor();
    expect(await candidate.getByLabel('What did you learn?').inputValue()).toBe(LEARNED);
    expect(await candidate.getByRole('checkbox', { name: /^Share with my recruiter/ }).isChecked()).toBe(true);
    expect(await candidate.getByRole('group', { name: /^Contact 1/ }).getByLabel('Name').inputValue()).toBe(CONTACT.name);
    // Written on a phone just after the interview: one column, nothing wider than the screen.
    await candidate.setViewportSize({ width: 390, height: 844 });
    expect(await candidate.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousAccessibilityViolations(candidate)).toEqual([]);
    await snap(candidate, 'reflection-phone');
    await candidate.setViewportSize({ width: 1280, height: 900 });

    // The candidate's home counts the reflection and the contact, and no longer asks about this interview.
    await candidate.goto('/me');
    await expect.poll(() => practiceNumbers(candidate)).toEqual({
      interviews: before.interviews,
      reflections: before.reflections + 1,
      contacts: before.contacts + 1,
    });
    await expect
      .poll(() => prompts.getByRole('link', { name: /^Write how it went/ }).count())
      .toBe(awaitingBefore - 1);
    await snap(candidate, 'home-practice-counted');

    // The contact is on the candidate's own contacts page.
    await candidate.getByRole('link', { name: /^Your contacts/ }).click();
    await candidate.waitForURL((url) => url.pathname === '/me/contacts');
    await candidate.getByText(CONTACT.name).first().waitFor();

    // The recruiter reads the reflection on the proposal: how it went, the words, the wish for feedback; not the contact.
    panels = await reflectionPanels(recruiter, proposalPath);
    const shared = panels.filter({ hasText: LEARNED });
    await expect.poll(() => shared.count()).toBe(1);
    const panelText = await shared.innerText();
    expect(panelText).toContain("Sam's reflection");
    expect(panelText).toContain('How it went: Good.');
    expect(panelText).toContain(QUESTION);
    expect(panelText).toContain('would like feedback from the client');
    expect(await panels.filter({ hasText: /has not shared a reflection/ }).count()).toBe(unsharedBefore - 1);
    expect(await recruiterPage()).not.toContain(CONTACT.name);
    expect(await recruiterPage()).not.toContain(CONTACT.howToReach);
    await shared.scrollIntoViewIfNeeded();
    expect(await seriousAccessibilityViolations(recruiter)).toEqual([]);
    await snap(recruiter, 'recruiter-reads-reflection');
    await shared.screenshot({ path: new URL('../test-artifacts/reflection/recruiter-panel.png', import.meta.url).pathname });
  });
});

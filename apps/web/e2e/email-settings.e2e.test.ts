import { describe, expect, test } from 'vitest';
import { openJobFittingCandidate, proposeThroughApi, signedInClient } from './api-client';
import { seriousAccessibilityViolations } from './axe';
import { useAppInBrowser } from './app-in-browser';
import { screenshotter, shouldSkipBrowserTests } from './browser';

const CANDIDATE = { email: 'candidate@shortlist.test', name: 'Sam Okafor' };
const RECRUITER = { email: 'recruiter@shortlist.test' };

// Issue 12, acceptance 4 and the one-click unsubscribe: with no SMTP_URL (as `npm start` runs), the demo candidate's
// e-mail appears in the development mailbox; she chooses a daily digest; a signed-out visitor unsubscribes by link.
describe.skipIf(shouldSkipBrowserTests)('e-mail: the development mailbox, settings and one-click unsubscribe', () => {
  const session = useAppInBrowser({ defaultTimeoutMs: 30_000 });
  const snap = screenshotter('email-settings');





  async function samsFrequency(category: string): Promise<string> {
    const sam = await signedInClient(session.app.url, CANDIDATE.email);
    const { emailPreferences } = await sam.request<{ emailPreferences: Array<{ category: string; frequency: string }> }>(
      '{ emailPreferences { category frequency } }',
    );
    return emailPreferences.find((p) => p.category === category)!.frequency;
  }

  let unsubscribeUrl = '';

  test('the recruiter proposes a match and sees the candidate’s e-mail in the development mailbox', async () => {
    const setup = await signedInClient(session.app.url, RECRUITER.email);
    const { jobId, title } = await openJobFittingCandidate(setup, CANDIDATE.name, 'Data Engineer (E2E mailbox)');
    await proposeThroughApi(setup, jobId, CANDIDATE.name);

    const recruiter = await session.signInAs(RECRUITER.email);
    await recruiter.goto('/dev/mailbox');
    await recruiter.getByRole('heading', { level: 1, name: 'Development mailbox' }).waitFor();
    // The sender works a moment after the proposal commits; the page looks again every few seconds.
    const subject = recruiter.getByRole('link', { name: `New opportunity: ${title}` });
    await subject.waitFor();
    const row = recruiter.getByRole('row').filter({ has: subject });
    expect(await row.textContent()).toContain(CANDIDATE.email);
    expect(await row.textContent()).toContain('Sent');
    await snap(recruiter, 'mailbox');
    expect(await seriousAccessibilityViolations(recruiter, 'main')).toEqual([]);

    await subject.click();
    await recruiter.getByRole('heading', { level: 1, name: `New opportunity: ${title}` }).waitFor();
    const frame = recruiter.locator('iframe.dev-mailbox__frame');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await recruiter.frameLocator('iframe.dev-mailbox__frame').locator('body').textContent()).toContain(title);
    expect(await recruiter.locator('pre.dev-mailbox__text').first().textContent()).toContain(title);
    // Before the headers open below it: a layout change just before a full-page capture left the frame half-painted.
    await recruiter.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await snap(recruiter, 'mailbox-message');
    await recruiter.getByText(/Show all \d+ headers/).click();
    const listUnsubscribe = recruiter.getByRole('row').filter({ has: recruiter.getByRole('rowheader', { name: 'List-Unsubscribe', exact: true }) });
    const headerValue = (await listUnsubscribe.getByRole('cell').textContent()) ?? '';
    expect(headerValue).toMatch(/^<.+\/unsubscribe\?token=\w+&category=NEW_PROPOSALS>$/);
    expect(await recruiter.getByRole('rowheader', { name: 'List-Unsubscribe-Post' }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(recruiter, 'main')).toEqual([]);
    const link = new URL(headerValue.slice(1, -1));
    unsubscribeUrl = `${link.pathname}${link.search}`;

    // The e-mail's button works: Sam, signed in, lands on the proposal it announces.
    const open = recruiter.getByRole('link', { name: 'Open the proposal', exact: true });
    const proposalUrl = new URL((await open.getAttribute('href')) ?? '');
    expect(proposalUrl.pathname).toMatch(/^\/me\/proposals\/[^/]+$/);
    expect(proposalUrl.port).toBe(new URL(session.app.url).port);
    const sam = await session.signInAs(CANDIDATE.email);
    await sam.goto(`${proposalUrl.pathname}${proposalUrl.search}`);
    await sam.getByRole('heading', { level: 1, name: title }).waitFor();
    await snap(sam, 'proposal-opened-from-email');
  });

  test('the candidate puts new proposals in a daily digest from the session menu, and it sticks after a reload', async () => {
    const candidate = await session.signInAs(CANDIDATE.email);
    await candidate.getByRole('button', { name: /^Account: / }).click(); // the avatar menu
    await candidate.getByRole('link', { name: 'E-mail settings' }).click();
    await candidate.getByRole('heading', { level: 1, name: 'E-mail settings' }).waitFor();
    const proposals = candidate.getByRole('group', { name: 'New proposals' });
    await proposals.waitFor();
    // Invites and reminders offer no digest: a day late they are no use.
    expect(await candidate.getByRole('group', { name: 'Reminders' }).getByRole('radio').count()).toBe(2);

    await proposals.getByRole('radio', { name: 'Once a day, in a digest' }).check();
    await candidate.getByRole('button', { name: 'Save settings' }).click();
    await candidate.getByRole('status').filter({ hasText: 'Your e-mail settings are saved.' }).waitFor();
    await snap(candidate, 'settings-saved');
    expect(await seriousAccessibilityViolations(candidate, 'main')).toEqual([]);

    await candidate.reload();
    await candidate.getByRole('heading', { level: 1, name: 'E-mail settings' }).waitFor();
    expect(await candidate.getByRole('group', { name: 'New proposals' }).getByRole('radio', { name: 'Once a day, in a digest' }).isChecked()).toBe(true);
    expect(await samsFrequency('NEW_PROPOSALS')).toBe('DAILY_DIGEST');
  });

  test('signed out, the e-mail’s unsubscribe link changes nothing until confirmed, then says which e-mails stop', async () => {
    expect(unsubscribeUrl).not.toBe('');
    const visitor = await session.newPage();
    await visitor.goto(unsubscribeUrl);
    const confirm = visitor.getByRole('button', { name: 'Unsubscribe from new proposal e-mails' });
    await confirm.waitFor();
    // Opening the link (as a link scanner would) changed nothing.
    expect(await samsFrequency('NEW_PROPOSALS')).toBe('DAILY_DIGEST');
    await snap(visitor, 'unsubscribe-confirm');
    expect(await seriousAccessibilityViolations(visitor, 'main')).toEqual([]);

    await confirm.click();
    const done = visitor.getByRole('status').filter({ hasText: 'You will no longer get new proposal e-mails at' });
    await done.waitFor();
    expect(await done.textContent()).toContain('c••••••••@shortlist.test');
    expect(await visitor.getByRole('link', { name: 'Sign in to manage all your e-mail settings' }).getAttribute('href')).toBe(
      '/sign-in?next=%2Fsettings%2Fnotifications',
    );
    await snap(visitor, 'unsubscribed');
    expect(await samsFrequency('NEW_PROPOSALS')).toBe('OFF');
  });
});

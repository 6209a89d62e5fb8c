import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  openJobFittingCandidate,
  proposeThroughApi,
  signedInClient,
  timeZoneOf,
  toDateTimeLocal,
  withdrawThroughApi,
} from './api-client';
import { seriousAccessibilityViolations } from './axe';
import { useAppInBrowser } from './app-in-browser';
import { screenshotter, shouldSkipBrowserTests } from './browser';

const CANDIDATE = { email: 'candidate@shortlist.test', name: 'Sam Okafor' };
const RECRUITER = { email: 'recruiter@shortlist.test' };

describe.skipIf(shouldSkipBrowserTests)('a recruiter proposes, the candidate answers', () => {
  const session = useAppInBrowser();




  /** From the jobs list to the job's page, then the Propose dialog for the candidate, filled in and sent. */
  async function proposeFromJobPage(
    recruiter: Page,
    { jobTitle, message, slotStart }: { jobTitle: string; message: (prefilled: string) => string; slotStart: string },
    snap: ReturnType<typeof screenshotter>,
  ): Promise<string> {
    await recruiter.goto('/recruiter');
    await recruiter.getByRole('link', { name: jobTitle, exact: true }).click();
    await recruiter.getByRole('heading', { level: 1, name: jobTitle }).waitFor();
    const suggestion = recruiter.getByRole('row').filter({ hasText: CANDIDATE.name });
    await suggestion.waitFor();
    await snap(recruiter, 'job-page-suggestions');

    // "Why 87?" loads the reasons from the API by the match's ID and shows them under the row; a second press folds them.
    const why = recruiter.getByRole('button', { name: new RegExp(`^Why \\d+ for ${CANDIDATE.name}\\?$`) });
    await why.click();
    const reasons = recruiter.getByRole('region', { name: new RegExp(`^Why ${CANDIDATE.name} scores \\d+$`) });
    await reasons.getByRole('heading', { name: /^Fits the job: \d+$/ }).waitFor();
    await expect.poll(() => reasons.textContent()).toMatch(/of 100 · weight \d+%/);
    await snap(recruiter, 'job-page-why');
    await why.click();
    await reasons.waitFor({ state: 'detached' });

    await suggestion.getByRole('button', { name: `Propose ${CANDIDATE.name}` }).click();
    const dialog = recruiter.getByRole('dialog', { name: `Propose ${CANDIDATE.name} for ${jobTitle}` });
    await dialog.waitFor();
    const messageBox = dialog.getByLabel('Message to the candidate');
    const prefilled = await messageBox.inputValue();
    expect(prefilled).toContain('Sam');
    await messageBox.fill(message(prefilled));
    await dialog.getByRole('button', { name: 'Add an interview time' }).click();
    await dialog.getByLabel(/^Start/).fill(slotStart);
    await dialog.getByLabel('Location or link').fill('https://meet.example.test/shortlist-e2e');
    // The candidate reads times in their own zone: the dialog shows the slot in Sam's zone too.
    await expect.poll(() => dialog.textContent()).toContain('Europe/Berlin');
    await snap(recruiter, 'propose-dialog');
    await dialog.getByRole('button', { name: 'Send proposal' }).click();
    await recruiter.waitForURL((url) => url.pathname.startsWith('/recruiter/proposals/'));
    return new URL(recruiter.url()).pathname;
  }

  /** The candidate's home lists the proposal by job title; it opens the proposal page. */
  async function openProposalAsCandidate(candidate: Page, jobTitle: string) {
    await candidate.goto('/me');
    await candidate.getByRole('link', { name: jobTitle }).first().click();
    await candidate.getByRole('heading', { level: 1, name: jobTitle }).waitFor();
  }

  test('(1) a proposed candidate declines with a reason and an edited message, and the recruiter reads both', async () => {
    const snap = screenshotter('propose-and-decline');
    const setup = await signedInClient(session.app.url, RECRUITER.email);
    const { title } = await openJobFittingCandidate(setup, CANDIDATE.name, 'Platform Engineer (E2E decline)');
    const recruiterZone = await timeZoneOf(setup);

    const recruiter = await session.signInAs(RECRUITER.email);
    await recruiter.goto('/recruiter');
    const proposalPath = await proposeFromJobPage(
      recruiter,
      {
        jobTitle: title,
        message: (prefilled) => `${prefilled}\n\nHappy to talk it through by phone too.`,
        slotStart: toDateTimeLocal(new Date(Date.now() + 3 * 24 * 3_600_000), recruiterZone),
      },
      snap,
    );
    // Acceptance 3: the recruiter's job page has no serious or critical accessibility violations.
    await recruiter.goBack();
    await recruiter.getByRole('row').filter({ hasText: CANDIDATE.name }).waitFor();
    expect(await seriousAccessibilityViolations(recruiter)).toEqual([]);

    const candidate = await session.signInAs(CANDIDATE.email);
    await candidate.getByRole('link', { name: title }).first().waitFor();
    // Acceptance 3: the candidate's home.
    expect(await seriousAccessibilityViolations(candidate)).toEqual([]);
    await snap(candidate, 'candidate-home');

    await openProposalAsCandidate(candidate, title);
    await candidate.getByRole('region', { name: 'Why you were proposed' }).waitFor();
    await snap(candidate, 'candidate-proposal');

    await candidate.getByLabel('Reason').selectOption({ label: "The remote-work policy doesn't suit me" });
    const messageBox = candidate.getByLabel('Your message to the recruiter');
    const politeDefault = await messageBox.inputValue();
    expect(politeDefault.length).toBeGreaterThan(40);
    const edited = `${politeDefault}\nI am looking for a role with a few office days a month.`;
    await messageBox.fill(edited);
    await candidate.getByLabel(/^Open to future roles at /).check();
    const preview = candidate.getByRole('region', { name: 'What the recruiter will read' });
    await expect.poll(() => preview.textContent()).toContain('I am looking for a role with a few office days a month.');
    expect(await preview.textContent()).toContain("The remote-work policy doesn't suit me");
    // Acceptance 3: the decline form, filled in.
    expect(await seriousAccessibilityViolations(candidate)).toEqual([]);
    await snap(candidate, 'decline-form');

    await candidate.getByRole('button', { name: 'Send decline' }).click();
    await candidate.getByText('Declined', { exact: true }).first().waitFor();
    await snap(candidate, 'declined');

    await recruiter.goto(proposalPath);
    const timeline = recruiter.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('listitem').first().waitFor();
    await expect.poll(() => timeline.textContent()).toContain('I am looking for a role with a few office days a month.');
    const timelineText = (await timeline.textContent()) ?? '';
    expect(timelineText).toContain("The remote-work policy doesn't suit me");
    await snap(recruiter, 'recruiter-timeline');
  });

  test('(2) the candidate accepts a slot, then cancels late: the notice is shown before confirming and the recruiter sees "late"', async () => {
    const snap = screenshotter('accept-and-cancel-late');
    const setup = await signedInClient(session.app.url, RECRUITER.email);
    const { title } = await openJobFittingCandidate(setup, CANDIDATE.name, 'Backend Engineer (E2E late cancel)');
    const recruiterZone = await timeZoneOf(setup);

    // Three hours from now, on a quarter hour: well inside the agency's 24-hour policy.
    const start = new Date(Math.ceil((Date.now() + 3 * 3_600_000) / 900_000) * 900_000);
    const recruiter = await session.signInAs(RECRUITER.email);
    const proposalPath = await proposeFromJobPage(
      recruiter,
      { jobTitle: title, message: (prefilled) => prefilled, slotStart: toDateTimeLocal(start, recruiterZone) },
      snap,
    );

    const candidate = await session.signInAs(CANDIDATE.email);
    await openProposalAsCandidate(candidate, title);
    const times = candidate.getByRole('group', { name: 'Pick an interview time' });
    await times.getByRole('radio').first().check();
    await snap(candidate, 'pick-a-time');
    await candidate.getByRole('button', { name: 'Accept and book this time' }).click();
    await candidate.getByRole('link', { name: 'See your interview' }).click();
    await candidate.waitForURL((url) => url.pathname.startsWith('/me/interviews/'));
    await candidate.getByRole('heading', { level: 1, name: `Interview for ${title}` }).waitFor();
    await snap(candidate, 'interview');

    await candidate.getByRole('button', { name: 'Cancel interview' }).click();
    await candidate.getByLabel('Reason').selectOption({ label: 'A scheduling conflict' });
    await candidate.getByLabel('Message to the recruiter').fill('I am sorry: a clash came up that I cannot move.');
    // Before confirming, the page states the notice being given, without blocking the cancel.
    const notice = candidate.getByText(/late notice/);
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/(2|3) hours before the start: this is late notice under .+'s 24-hour policy\./);
    const confirm = candidate.getByRole('button', { name: 'Confirm cancellation' });
    expect(await confirm.isEnabled()).toBe(true);
    await snap(candidate, 'cancel-notice-before-confirming');
    await confirm.click();
    await candidate.getByText(/before the start: this is late notice/).first().waitFor();
    await expect.poll(() => candidate.getByRole('button', { name: 'Confirm cancellation' }).count()).toBe(0);
    await snap(candidate, 'cancelled');

    await recruiter.goto(proposalPath);
    const timeline = recruiter.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('listitem').first().waitFor();
    await expect.poll(() => timelineLateEvent(timeline).count()).toBeGreaterThan(0);
    expect(await timelineLateEvent(timeline).first().textContent()).toContain('I am sorry: a clash came up that I cannot move.');
    await snap(recruiter, 'recruiter-timeline-late');
  });

  test('(4) a failed decline keeps what was typed; a decline after the recruiter withdrew says so and shows the new state', async () => {
    const snap = screenshotter('nothing-lost');
    const setup = await signedInClient(session.app.url, RECRUITER.email);
    const { jobId, title } = await openJobFittingCandidate(setup, CANDIDATE.name, 'Data Engineer (E2E stale)');
    const proposalId = await proposeThroughApi(setup, jobId, CANDIDATE.name);

    const candidate = await session.signInAs(CANDIDATE.email);
    await openProposalAsCandidate(candidate, title);
    await candidate.getByLabel('Reason').selectOption({ label: "The timing isn't right" });
    const typed = 'Thank you for thinking of me. The timing is not right this quarter; please keep me in mind.';
    await candidate.getByLabel('Your message to the recruiter').fill(typed);

    // The network drops the decline: the form says so and keeps every word.
    await candidate.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('declineProposal')) await route.abort('internetdisconnected');
      else await route.continue();
    });
    await candidate.getByRole('button', { name: 'Send decline' }).click();
    await candidate.getByRole('alert').filter({ hasText: /did not go through|failed|try again/i }).first().waitFor();
    expect(await candidate.getByLabel('Your message to the recruiter').inputValue()).toBe(typed);
    expect(await candidate.getByLabel('Reason').inputValue()).toBe('TIMING');
    await snap(candidate, 'network-failure-keeps-input');
    await candidate.unroute('**/graphql');

    // Meanwhile the recruiter withdraws: the candidate's next try is told, and the page shows the new state.
    await withdrawThroughApi(setup, proposalId);
    await candidate.getByRole('button', { name: 'Send decline' }).click();
    await candidate.getByRole('alert').filter({ hasText: /latest|changed|already/i }).first().waitFor();
    await candidate.getByText('Withdrawn', { exact: true }).first().waitFor();
    await snap(candidate, 'stale-decline-refreshed');
  });
});

/** The timeline entry for the late cancellation: it says "Late notice". */
function timelineLateEvent(timeline: Locator): Locator {
  return timeline.getByRole('listitem').filter({ hasText: /late notice/i });
}

// Issue 12, point 4 (B8): the agency held to the standard it asks of candidates, as the recruiter and the candidate
// meet it in Chromium: a time set inside the notice policy is warned about before saving and recorded as short
// notice; the no-show dialog names nobody and needs a note, and the server still refuses one before start + grace;
// the agency's own record shows on the recruiter's jobs page and on the candidate's proposal.
import { describe, expect, test } from 'vitest';
import { signedInClient } from './api-client';
import { useAppInBrowser } from './app-in-browser';
import { screenshotter, shouldSkipBrowserTests } from './browser';

const RECRUITER = 'recruiter@shortlist.test';
const CANDIDATE = 'candidate@shortlist.test';
const MINUTE = 60_000;

/** "2026-12-04T20:40": a wall-clock reading in `timeZone`, as a datetime-local input takes it. */
function localInput(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

type ProposalRow = { id: string; status: string; candidate: { fullName: string }; interviews: Array<{ id: string; status: string; startsAt: string }> };

describe.skipIf(shouldSkipBrowserTests)('the agency held to the same standard', () => {
  const session = useAppInBrowser();




  async function proposalsIn(status: string): Promise<ProposalRow[]> {
    const api = await signedInClient(session.app.url, RECRUITER);
    const { proposals } = await api.request<{ proposals: { edges: Array<{ node: ProposalRow }> } }>(
      `query ($filter: ProposalsFilter) { proposals(first: 50, filter: $filter) { edges { node { id status candidate { fullName } interviews { id status startsAt } } } } }`,
      { filter: { statuses: [status] } },
    );
    return proposals.edges.map((edge) => edge.node);
  }

  test('scheduling 10 minutes ahead warns before saving, needs confirming, and the timeline says short notice', async () => {
    const snap = screenshotter('agency-standard-schedule');
    const accepted = (await proposalsIn('ACCEPTED')).find((p) => p.interviews.every((i) => i.status !== 'SCHEDULED'));
    expect(accepted, 'the demo data has an accepted proposal without an interview').toBeDefined();

    const page = await session.signInAs(RECRUITER);
    const timeZone = await page.evaluate(async () => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { timeZone } }' }) });
      return ((await response.json()) as { data: { me: { timeZone: string } } }).data.me.timeZone;
    });
    await page.goto(`/recruiter/proposals/${encodeURIComponent(accepted!.id)}`);
    await page.getByRole('button', { name: 'Schedule an interview' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(`Start (${timeZone})`).fill(localInput(new Date(Date.now() + 10 * MINUTE), timeZone));
    await dialog.getByLabel('Location or link').fill('https://meet.example.com/short-notice');
    await expect.poll(() => dialog.getByText(/less than Northwind Talent's 24-hour notice/).count()).toBe(1);
    await snap(page, 'short-notice-warning');

    await dialog.getByRole('button', { name: 'Schedule interview' }).click();
    await expect.poll(() => dialog.getByText('Confirm the short notice, or choose a later time.').count()).toBe(1);
    await dialog.getByRole('checkbox', { name: /Set this time anyway/ }).check();
    await snap(page, 'short-notice-confirmed');
    await dialog.getByRole('button', { name: 'Schedule interview' }).click();
    await page.getByText('Interview scheduled.').waitFor();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Short notice').first().waitFor();
    await snap(page, 'timeline-short-notice');
  });

  test('the no-show dialog names nobody, needs a note, and the server refuses it before start plus 15 minutes', async () => {
    const snap = screenshotter('agency-standard-no-show');
    const interviewing = (await proposalsIn('INTERVIEWING')).find((p) => p.interviews.some((i) => i.status === 'SCHEDULED' && new Date(i.startsAt).getTime() > Date.now()));
    expect(interviewing, 'the demo data has an interview still to come').toBeDefined();
    const interview = interviewing!.interviews.find((i) => i.status === 'SCHEDULED' && new Date(i.startsAt).getTime() > Date.now())!;

    // The browser's clock 20 minutes past the start, so the page offers "Record no-show"; the server's is today's.
    const page = await session.signInAs(RECRUITER, { clockAt: new Date(new Date(interview.startsAt).getTime() + 20 * MINUTE) });
    await page.goto(`/recruiter/proposals/${encodeURIComponent(interviewing!.id)}`);
    await page.getByRole('button', { name: 'Record no-show' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Record a no-show' });
    const radios = dialog.getByRole('radio');
    await radios.first().waitFor(); // the dialog loads on its first open
    expect(await radios.count()).toBe(3);
    for (let i = 0; i < 3; i += 1) expect(await radios.nth(i).isChecked()).toBe(false);
    await snap(page, 'dialog-nobody-chosen');

    await dialog.getByRole('button', { name: 'Record no-show' }).click();
    await dialog.getByText('Choose who did not come.').waitFor();
    await dialog.getByText(/A note is required/).waitFor();
    await snap(page, 'dialog-asks-who-and-what');

    await dialog.getByRole('radio', { name: new RegExp(`The candidate \\(${interviewing!.candidate.fullName}\\)`) }).check();
    await dialog.getByLabel('What happened').fill('Waited 20 minutes in the video call; no answer by phone or e-mail.');
    await dialog.getByRole('button', { name: 'Record no-show' }).click();
    await dialog.getByText(/A no-show can be recorded from/).waitFor();
    await snap(page, 'server-refuses-before-grace');
  });

  test("the agency's record shows on the recruiter's jobs page and on the candidate's proposal", async () => {
    const snap = screenshotter('agency-standard-record');
    const recruiter = await session.signInAs(RECRUITER);
    await recruiter.goto('/recruiter');
    const record = recruiter.getByRole('region', { name: "Your agency's record, as candidates see it" });
    await record.getByRole('listitem').first().waitFor();
    const sentences = await record.getByRole('listitem').allTextContents();
    expect(sentences[0]).toMatch(/^Set \d+ interview times?/);
    expect(sentences.some((sentence) => /no-show/.test(sentence))).toBe(true);
    await record.scrollIntoViewIfNeeded();
    await snap(recruiter, 'recruiter-jobs-page');

    const candidate = await session.signInAs(CANDIDATE);
    await candidate.goto('/me');
    const firstProposal = candidate.locator('a[href^="/me/proposals/"]').first();
    await firstProposal.waitFor();
    await firstProposal.click();
    const theirs = candidate.getByRole('region', { name: "Northwind Talent's record with candidates" });
    await theirs.getByRole('listitem').first().waitFor();
    expect(await theirs.getByRole('listitem').allTextContents()).toEqual(sentences);
    await snap(candidate, 'candidate-proposal-page');
  });
});

// Issue 12, acceptance 3 (last part): the recruiter filling a job sees the list of candidates who will be told, with
// the message, before confirming; the pipeline then shows them withdrawn, and the candidate reads the message.
import { describe, expect, test } from 'vitest';
import { openJobFittingCandidate, proposeThroughApi, signedInClient } from './api-client';
import { seriousAccessibilityViolations } from './axe';
import { useAppInBrowser } from './app-in-browser';
import { screenshotter, shouldSkipBrowserTests } from './browser';

const CANDIDATE = { email: 'candidate@shortlist.test', name: 'Sam Okafor' };
const RECRUITER = { email: 'recruiter@shortlist.test' };
const ADDED = 'If a similar role comes up next month, I will call you first.';

describe.skipIf(shouldSkipBrowserTests)('filling a job tells the candidates still in its pipeline', () => {
  const session = useAppInBrowser();




  test('the recruiter reviews whom the filling tells and the message, edits it, confirms; the candidate reads it', async () => {
    const snap = screenshotter('close-job');
    // The stage: a job Sam is interviewing for (he accepted one of the offered times).
    const recruiterApi = await signedInClient(session.app.url, RECRUITER.email);
    const { jobId, title } = await openJobFittingCandidate(recruiterApi, CANDIDATE.name, 'Platform Engineer (E2E fill)');
    const proposalId = await proposeThroughApi(recruiterApi, jobId, CANDIDATE.name);
    const candidateApi = await signedInClient(session.app.url, CANDIDATE.email);
    const { node } = await candidateApi.request<{ node: { slots: Array<{ id: string }> } }>(
      `query ($id: ID!) { node(id: $id) { ... on Proposal { slots { id } } } }`,
      { id: proposalId },
    );
    const { acceptProposal } = await candidateApi.request<{ acceptProposal: { __typename: string } }>(
      `mutation ($input: AcceptProposalInput!) { acceptProposal(input: $input) { __typename } }`,
      { input: { proposalId, slotId: node.slots[0]!.id } },
    );
    expect(acceptProposal.__typename).toBe('AcceptProposalSuccess');

    const recruiter = await session.signInAs(RECRUITER.email);
    await recruiter.goto('/recruiter');
    await recruiter.getByRole('link', { name: title, exact: true }).click();
    await recruiter.getByRole('heading', { level: 1, name: title }).waitFor();
    await recruiter.getByRole('button', { name: 'Mark filled' }).click();

    // Before anything is sent: whom, at which stage, the interview to cancel, and the message, prefilled.
    const dialog = recruiter.getByRole('dialog', { name: `Mark the job filled: ${title}` });
    await dialog.waitFor();
    const candidates = dialog.getByRole('list', { name: 'Candidates who will be told' });
    await candidates.waitFor();
    const sam = candidates.getByRole('listitem').filter({ has: recruiter.getByRole('heading', { name: CANDIDATE.name }) });
    await expect.poll(() => sam.textContent()).toContain('Interviewing');
    const interviews = sam.getByRole('list', { name: `Interviews of ${CANDIDATE.name} to cancel` });
    expect(await interviews.textContent()).toMatch(/^The interview on .+ is cancelled, \d+ days before the start: within Northwind Talent's 24-hour policy\.$/);
    const messageBox = dialog.getByLabel(`Message to ${CANDIDATE.name}`);
    const prefilled = await messageBox.inputValue();
    expect(prefilled).toContain('Hi Sam,');
    expect(prefilled).toContain(`Thank you for your interest in the ${title} role at`);
    expect(prefilled).toContain("The position has now been filled, so I'm withdrawing this proposal.");
    expect(await seriousAccessibilityViolations(recruiter)).toEqual([]);
    await snap(recruiter, 'dialog-prefilled');

    // The recruiter adds a line of their own before the signature.
    const edited = prefilled.replace('\n\nBest regards,', `\n\n${ADDED}\n\nBest regards,`);
    expect(edited).toContain(ADDED);
    await messageBox.fill(edited);
    await snap(recruiter, 'dialog-edited');
    await dialog.getByRole('button', { name: 'Mark filled and tell them (1)' }).click();

    // The page says so, shows the job filled and Sam withdrawn in the pipeline.
    await recruiter.getByText('Job marked filled; the candidate was told.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => recruiter.locator('.page__lede').textContent()).toContain('Filled');
    await expect.poll(() => recruiter.getByRole('region', { name: 'Pipeline', exact: true }).textContent()).toContain('Withdrawn');
    expect(await recruiter.getByRole('button', { name: 'Mark filled' }).count()).toBe(0);
    await snap(recruiter, 'job-filled');

    // Sam reads the message, as the recruiter wrote it, in his notifications.
    const candidate = await session.signInAs(CANDIDATE.email);
    await candidate.goto('/notifications');
    const notification = candidate.getByRole('listitem').filter({ hasText: `Position filled: ${title}` });
    await notification.first().waitFor();
    const text = (await notification.first().textContent()) ?? '';
    expect(text).toContain('The position has now been filled');
    await snap(candidate, 'candidate-notification');

    // And on the proposal page, the withdrawal with the whole message.
    await candidate.goto('/me');
    await candidate.getByRole('link', { name: title }).first().click();
    await candidate.getByRole('heading', { level: 1, name: title }).waitFor();
    await candidate.getByText(ADDED).waitFor();
    await snap(candidate, 'candidate-proposal');

    // And on the proposal itself, the withdrawal with the whole message.
    const { node: proposal } = await candidateApi.request<{ node: { status: string; withdrawal: { message: string } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Proposal { status withdrawal { message } } } }`,
      { id: proposalId },
    );
    expect(proposal).toEqual({ status: 'WITHDRAWN', withdrawal: { message: edited } });
  });
});

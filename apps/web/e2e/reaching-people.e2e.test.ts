// Issue 12, acceptance 3: the B1 sequence ends with one hire and the second offer declined politely by the cascade;
// the B4 notification reads in the candidate's zone; a notification click opens its page. Also the propose dialog's
// respond-by, chosen on the candidate's calendar (B13), and a long offer message shortened in the inbox (B6).
import { beforeAll, describe, expect, test } from 'vitest';
import { openJobFittingCandidate, proposeThroughApi, signedInClient } from './api-client';
import { seriousAccessibilityViolations } from './axe';
import { useAppInBrowser } from './app-in-browser';
import { screenshotter, shouldSkipBrowserTests } from './browser';

const CANDIDATE = { email: 'candidate@shortlist.test', name: 'Sam Okafor' };
const RECRUITER = { email: 'recruiter@shortlist.test' };
const DAY_MS = 24 * 3_600_000;

type Client = Awaited<ReturnType<typeof signedInClient>>;

describe.skipIf(shouldSkipBrowserTests)('reaching people: notifications in the reader’s zone that lead somewhere, one hire at a time', () => {
  const session = useAppInBrowser();
  let recruiterApi: Client;
  let candidateApi: Client;

  beforeAll(async () => {
    recruiterApi = await signedInClient(session.app.url, RECRUITER.email);
    candidateApi = await signedInClient(session.app.url, CANDIDATE.email);
    // The stage B4 describes: the recruiter works in London, the candidate lives in Berlin.
    const zones = await Promise.all([recruiterApi, candidateApi].map((client) => client.request<{ me: { timeZone: string } }>('{ me { timeZone } }')));
    expect(zones.map(({ me }) => me.timeZone)).toEqual(['Europe/London', 'Europe/Berlin']);
  });



  /** Sam picks the proposal's first offered time through the API: an INTERVIEWING proposal with a scheduled interview. */
  async function acceptFirstSlot(proposalId: string) {
    const { node } = await candidateApi.request<{ node: { slots: Array<{ id: string }> } }>(
      `query ($id: ID!) { node(id: $id) { ... on Proposal { slots { id } } } }`,
      { id: proposalId },
    );
    const { acceptProposal } = await candidateApi.request<{ acceptProposal: { __typename: string } }>(
      `mutation ($input: AcceptProposalInput!) { acceptProposal(input: $input) { __typename } }`,
      { input: { proposalId, slotId: node.slots[0]!.id } },
    );
    expect(acceptProposal.__typename).toBe('AcceptProposalSuccess');
  }

  async function makeOffer(proposalId: string, message: string) {
    const { makeOffer } = await recruiterApi.request<{ makeOffer: { __typename: string } }>(
      `mutation ($input: MakeOfferInput!) { makeOffer(input: $input) { __typename } }`,
      { input: { proposalId, message, salary: 85_000 } },
    );
    expect(makeOffer.__typename).toBe('MakeOfferSuccess');
  }

  async function statusOf(proposalId: string): Promise<string> {
    const { node } = await recruiterApi.request<{ node: { status: string } }>(`query ($id: ID!) { node(id: $id) { ... on Proposal { status } } }`, {
      id: proposalId,
    });
    return node.status;
  }

  test('(B4) a London recruiter moves an interview; Sam reads the new time in Berlin time, and the notice opens the interview', async () => {
    const snap = screenshotter('reaching-people-b4');
    const { jobId, title } = await openJobFittingCandidate(recruiterApi, CANDIDATE.name, 'Site Reliability Engineer (E2E move)');
    const proposalId = await proposeThroughApi(recruiterApi, jobId, CANDIDATE.name);
    await acceptFirstSlot(proposalId);

    // Ten days ahead, at 14:00 on the recruiter's London clock: 15:00 in Berlin (both on winter time then).
    const day = new Date(Date.now() + 10 * DAY_MS).toISOString().slice(0, 10);
    const recruiter = await session.signInAs(RECRUITER.email);
    await recruiter.goto(`/recruiter/proposals/${encodeURIComponent(proposalId)}`);
    await recruiter.getByRole('button', { name: 'Reschedule' }).click();
    const dialog = recruiter.getByRole('dialog', { name: 'Reschedule the interview' });
    await dialog.getByLabel('Start (Europe/London)').fill(`${day}T14:00`);
    await dialog.getByLabel('Why the time moves').fill('The hiring manager is travelling that day.');
    await dialog.getByLabel('Message to the candidate').fill('Sorry for the change; the new time is confirmed.');
    await snap(recruiter, 'recruiter-moves-interview');
    await dialog.getByRole('button', { name: 'Save the new time' }).click();
    await recruiter.getByText('Interview moved to the new time.').waitFor();

    const candidate = await session.signInAs(CANDIDATE.email);
    await candidate.goto('/notifications');
    const moved = candidate.getByRole('article').filter({ hasText: 'Interview moved:' }).first();
    await moved.waitFor();
    const body = (await moved.locator('.notification__body').textContent()) ?? '';
    expect(body).toContain(`${title}, now `);
    expect(body).toMatch(/, 15:00 \(Europe\/Berlin\), video\./);
    expect(body).not.toContain('Europe/London');
    expect(await seriousAccessibilityViolations(candidate)).toEqual([]);
    await snap(candidate, 'notifications-in-berlin-time');

    // The notice leads to the interview it is about, which shows the same time, and it is read from then on.
    const titleText = (await moved.getByRole('link').textContent()) ?? '';
    await moved.getByRole('link').click();
    await candidate.waitForURL((url) => url.pathname.startsWith('/me/interviews/'));
    await candidate.getByRole('heading', { level: 1, name: `Interview for ${title}` }).waitFor();
    await expect.poll(async () => (await candidate.locator('main').textContent()) ?? '').toMatch(/15:00 \(Europe\/Berlin\)/);
    // The whole of the notice is there too: why it moved and the recruiter's message, as written.
    await candidate.getByText('Message from Riley Chen').waitFor();
    expect(await candidate.locator('main').textContent()).toContain('Sorry for the change; the new time is confirmed.');
    expect(await candidate.locator('main').textContent()).toContain('“The hiring manager is travelling that day.”');
    await snap(candidate, 'interview-opened-from-notification');
    await candidate.goBack();
    const again = candidate.getByRole('article', { name: titleText.trim() }).first();
    await again.waitFor();
    await expect.poll(() => again.getByText('Unread', { exact: true }).count()).toBe(0);
  });

  test('(B13, click) proposed with a respond-by on Sam’s calendar; Sam’s notification opens the proposal', async () => {
    const snap = screenshotter('reaching-people-propose');
    const { title } = await openJobFittingCandidate(recruiterApi, CANDIDATE.name, 'Analytics Engineer (E2E respond-by)');
    const recruiter = await session.signInAs(RECRUITER.email);
    await recruiter.goto('/recruiter');
    await recruiter.getByRole('link', { name: title, exact: true }).click();
    const suggestion = recruiter.getByRole('row').filter({ hasText: CANDIDATE.name });
    await suggestion.getByRole('button', { name: `Propose ${CANDIDATE.name}` }).click();
    const dialog = recruiter.getByRole('dialog', { name: `Propose ${CANDIDATE.name} for ${title}` });
    await dialog.waitFor();
    // The respond-by ends at 17:00 on Sam's clock, shown in both zones.
    const hint = dialog.getByText(/^Sam answers by/);
    expect(await hint.textContent()).toMatch(/^Sam answers by the end of their working day \(17:00 their time\): \w{3} \d{1,2} \w{3}, 17:00 \(Europe\/Berlin\); for you, \w{3} \d{1,2} \w{3}, 16:00 \(Europe\/London\)\.$/);
    await dialog.getByRole('button', { name: 'Add an interview time' }).click();
    const start = new Date(Date.now() + 5 * DAY_MS).toISOString().slice(0, 10);
    await dialog.getByLabel(/^Start/).fill(`${start}T11:00`);
    await dialog.getByLabel('Location or link').fill('https://meet.example.test/respond-by');
    await snap(recruiter, 'propose-dialog-respond-by');
    await dialog.getByRole('button', { name: 'Send proposal' }).click();
    await recruiter.waitForURL((url) => url.pathname.startsWith('/recruiter/proposals/'));
    const proposalPath = new URL(recruiter.url()).pathname;
    const proposalId = decodeURIComponent(proposalPath.split('/').at(-1)!);
    const { node } = await recruiterApi.request<{ node: { respondBy: string } }>(`query ($id: ID!) { node(id: $id) { ... on Proposal { respondBy } } }`, {
      id: proposalId,
    });
    // 17:00 in Berlin in winter is 16:00 UTC.
    expect(node.respondBy).toMatch(/T16:00:00\.000Z$/);

    const candidate = await session.signInAs(CANDIDATE.email);
    await candidate.goto('/notifications');
    const link = candidate.getByRole('link', { name: `New opportunity: ${title} at `, exact: false });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/me/proposals/${encodeURIComponent(proposalId)}`);
    await link.click();
    await candidate.waitForURL((url) => url.pathname === `/me/proposals/${encodeURIComponent(proposalId)}`);
    await candidate.getByRole('heading', { level: 1, name: title }).waitFor();
    // B13 as the candidate reads it: a respond-by at 17:00 on her own clock, not 00:59.
    await expect.poll(async () => (await candidate.locator('main').textContent()) ?? '').toMatch(/Respond by \w{3} \d{1,2} \w{3}, 17:00 \(Europe\/Berlin\)/);
    await snap(candidate, 'proposal-opened-from-notification');
  });

  test('(B1) offers from two clients: Sam accepts one, the cascade declines the other politely, and it cannot be accepted too', async () => {
    const snap = screenshotter('reaching-people-b1');
    const { clientCompanies } = await recruiterApi.request<{ clientCompanies: Array<{ id: string; name: string }> }>('{ clientCompanies { id name } }');
    expect(clientCompanies.length).toBeGreaterThanOrEqual(2);
    const [first, second] = clientCompanies as [{ id: string; name: string }, { id: string; name: string }];
    const jobA = await openJobFittingCandidate(recruiterApi, CANDIDATE.name, 'Staff Engineer (E2E offer A)', first.id);
    const jobB = await openJobFittingCandidate(recruiterApi, CANDIDATE.name, 'Staff Engineer (E2E offer B)', second.id);
    const proposalA = await proposeThroughApi(recruiterApi, jobA.jobId, CANDIDATE.name);
    const proposalB = await proposeThroughApi(recruiterApi, jobB.jobId, CANDIDATE.name);
    await acceptFirstSlot(proposalA);
    await acceptFirstSlot(proposalB);
    await makeOffer(proposalA, `Hi Sam, ${first.name} would love you to join as a Staff Engineer. The details are below.`);
    // A long offer letter: the inbox shows its start, and all of it on request.
    const letter = `Hi Sam, ${second.name} is delighted to offer you the Staff Engineer role. ${'Here is everything about the team, the work and the package. '.repeat(30)}With warm regards.`;
    await makeOffer(proposalB, letter);

    const candidate = await session.signInAs(CANDIDATE.email);
    await candidate.goto('/notifications');
    const offerB = candidate.getByRole('article').filter({ hasText: `Offer from ${second.name}` }).first();
    await offerB.waitFor();
    const shown = (await offerB.locator('.notification__body').textContent()) ?? '';
    expect(shown).not.toContain('With warm regards.');
    expect(shown.endsWith('…')).toBe(true);
    await snap(candidate, 'notifications-long-offer-shortened');
    await offerB.getByRole('button', { name: 'Show the whole message' }).click();
    expect(await offerB.locator('.notification__body').textContent()).toBe(letter);
    await snap(candidate, 'notifications-long-offer-unfolded');

    // Accept A's offer: the cascade lists B with a polite message, sent only when Sam sends it.
    await candidate.goto(`/me/proposals/${encodeURIComponent(proposalA)}`);
    await candidate.getByRole('heading', { level: 1, name: jobA.title }).waitFor();
    await candidate.getByRole('button', { name: 'Accept offer' }).click();
    await candidate.getByRole('button', { name: 'Yes, accept the offer' }).click();
    const cascade = candidate.getByRole('region', { name: 'Let your other proposals know' });
    await cascade.waitFor();
    const stepB = cascade.getByRole('article').filter({ hasText: jobB.title });
    await stepB.waitFor();
    await stepB.getByText('Decline this offer', { exact: false }).waitFor();
    const politeMessage = await stepB.getByLabel(`Message for ${jobB.title} at ${second.name}`).inputValue();
    expect(politeMessage).toContain("I've accepted another offer, so I won't be taking this one.");
    expect(politeMessage.length).toBeGreaterThan(40);
    await snap(candidate, 'offer-cascade');
    await stepB.getByRole('button', { name: 'Send', exact: true }).click();
    await stepB.getByRole('status').filter({ hasText: 'Sent' }).waitFor();
    await snap(candidate, 'offer-cascade-sent');
    // B2: the hire ended A's interview (no further round is needed), on the page as it was answered.
    const interviewsOfA = candidate.locator('.row-list__item .status');
    await expect.poll(async () => (await interviewsOfA.allTextContents()).join(',')).toBe('Cancelled');

    // One hire; B's offer declined with the polite message, and its page offers no "Accept offer".
    expect(await statusOf(proposalA)).toBe('HIRED');
    expect(await statusOf(proposalB)).toBe('DECLINED');
    await candidate.goto(`/me/proposals/${encodeURIComponent(proposalB)}`);
    await candidate.getByRole('heading', { level: 1, name: jobB.title }).waitFor();
    await expect.poll(async () => (await candidate.locator('main').textContent()) ?? '').toContain(politeMessage.slice(0, 40));
    expect(await candidate.getByRole('button', { name: 'Accept offer' }).count()).toBe(0);
    await snap(candidate, 'second-offer-declined');

    // And the recruiter sees the decline on B's page, with no way to record a hire there.
    const recruiter = await session.signInAs(RECRUITER.email);
    await recruiter.goto(`/recruiter/proposals/${encodeURIComponent(proposalB)}`);
    await recruiter.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => recruiter.getByRole('button', { name: 'Record hire' }).count()).toBe(0);
    await snap(recruiter, 'recruiter-second-offer');
  });
});

// Issue 14, data rights: the candidate accepts a proposal and is asked, per proposal, to share their profile with the
// client; later withdraws that consent on the proposal page; then downloads everything held about them (JSON) and
// opens the readable summary, which lists the proposal's consent, given and withdrawn.
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { openJobFittingCandidate, proposeThroughApi, signedInClient } from './api-client';
import { seriousAccessibilityViolations } from './axe';
import { useAppInBrowser } from './app-in-browser';
import { screenshotter, shouldSkipBrowserTests } from './browser';

const CANDIDATE = { email: 'candidate@shortlist.test', name: 'Sam Okafor' };
const RECRUITER = 'recruiter@shortlist.test';

describe.skipIf(shouldSkipBrowserTests)("the candidate's data rights", () => {
  const session = useAppInBrowser();

  test('consent per proposal, given on accepting and withdrawn later; the export and its readable summary say so', async () => {
    const snap = screenshotter('data-rights');
    const setup = await signedInClient(session.app.url, RECRUITER);
    const { jobId, title } = await openJobFittingCandidate(setup, CANDIDATE.name, 'Platform Engineer (E2E consent)');
    const proposalGlobalId = await proposeThroughApi(setup, jobId, CANDIDATE.name);
    const proposalId = Buffer.from(proposalGlobalId, 'base64').toString('utf8').replace(/^Proposal:/, '');

    // Accepting asks whether the client may see the profile; the candidate says yes.
    const candidate = await session.signInAs(CANDIDATE.email);
    await candidate.getByRole('link', { name: title }).first().click();
    await candidate.getByRole('heading', { level: 1, name: title }).waitFor();
    await candidate.getByRole('group', { name: 'Pick an interview time' }).getByRole('radio').first().check();
    const share = candidate.getByRole('checkbox', { name: /^Share my profile with / });
    expect(await share.isChecked()).toBe(false);
    const clientName = (await share.evaluate((box) => box.closest('label')!.textContent!)).replace(/^\s*Share my profile with\s*/, '').trim();
    await share.check();
    await snap(candidate, 'accept-with-consent');
    await candidate.getByRole('button', { name: 'Accept and book this time' }).click();

    const sharing = candidate.getByRole('region', { name: 'Sharing your profile' });
    await expect.poll(() => sharing.textContent(), { timeout: 15_000 }).toContain(`You share your profile with ${clientName}`);
    await snap(candidate, 'accepted-sharing');

    // Later, on the proposal page, the candidate withdraws it.
    await candidate.reload();
    await sharing.waitFor();
    await sharing.getByRole('button', { name: `Stop sharing my profile with ${clientName}` }).click();
    await sharing.getByRole('status').filter({ hasText: `${clientName} can no longer see your profile.` }).waitFor();
    expect(await sharing.textContent()).toContain(`${clientName} does not see your profile; only the agency does.`);
    await snap(candidate, 'consent-withdrawn');

    // The export (JSON) holds the proposal with its consent, given then withdrawn.
    await candidate.getByRole('link', { name: 'Your data' }).first().click();
    await candidate.waitForURL((url) => url.pathname === '/me/data');
    const [download] = await Promise.all([candidate.waitForEvent('download'), candidate.getByRole('link', { name: 'Download my data (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe('my-shortlist-data.json');
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      tables: { Proposal: Array<{ id: string; clientSharingConsentAt: string | null; clientSharingConsentWithdrawnAt: string | null }>; User: Array<{ email: string }> };
    };
    expect(exported.tables.User.map((u) => u.email)).toEqual([CANDIDATE.email]);
    const proposal = exported.tables.Proposal.find((p) => p.id === proposalId);
    expect(proposal).toBeDefined();
    expect(proposal!.clientSharingConsentAt).not.toBeNull();
    expect(proposal!.clientSharingConsentWithdrawnAt).not.toBeNull();
    expect(new Date(proposal!.clientSharingConsentWithdrawnAt!).getTime()).toBeGreaterThan(new Date(proposal!.clientSharingConsentAt!).getTime());
    expect(JSON.stringify(exported)).not.toMatch(/passwordHash|"\$argon|"\$2[aby]\$/);

    // The readable summary lists the proposal's consent, by the job's name, in the candidate's zone.
    await candidate.getByRole('link', { name: 'Readable summary' }).click();
    await candidate.waitForURL((url) => url.pathname === '/me/data/summary');
    await candidate.getByRole('heading', { level: 1, name: 'Your data, readable' }).waitFor();
    const consent = candidate.getByRole('region', { name: 'Consent' });
    const line = consent.getByRole('listitem').filter({ hasText: `${title} at ${clientName}` });
    await line.waitFor();
    expect(await line.innerText()).toMatch(/: Given \w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d \(Europe\/Berlin\), withdrawn \w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d \(Europe\/Berlin\)$/);
    const proposals = candidate.getByRole('region', { name: 'Proposals and their history' });
    await proposals.getByRole('heading', { level: 3, name: `${title} at ${clientName}` }).waitFor();
    expect(await candidate.getByRole('region', { name: 'Your profile' }).innerText()).toContain(CANDIDATE.email);
    // Skills by their names (the export's rows hold only their keys).
    const skills = candidate.getByRole('region', { name: 'Skills and experience' });
    await expect.poll(() => skills.getByRole('cell', { name: 'PostgreSQL', exact: true }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(candidate)).toEqual([]);
    await snap(candidate, 'summary');

    // On paper: the document only, without the site's header or the buttons.
    await candidate.emulateMedia({ media: 'print' });
    expect(await candidate.locator('header.site-header').isVisible()).toBe(false);
    expect(await candidate.getByRole('button', { name: 'Print / Save as PDF' }).isVisible()).toBe(false);
    expect(await consent.isVisible()).toBe(true);
    await snap(candidate, 'summary-print');
    const pdf = await candidate.pdf({ format: 'A4', path: new URL('../test-artifacts/data-rights/summary.pdf', import.meta.url).pathname });
    expect(pdf.byteLength).toBeGreaterThan(1_000);
    await candidate.emulateMedia({ media: 'screen' });

    // On a phone the document reads without sideways scrolling.
    await candidate.setViewportSize({ width: 390, height: 844 });
    expect(await candidate.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousAccessibilityViolations(candidate)).toEqual([]);
    await snap(candidate, 'summary-phone');
  });
});

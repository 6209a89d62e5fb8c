// Issue 14, the right to be forgotten and the retention policy: an admin sets the agency's retention policy and grace
// period; the candidate asks for their data to be erased on /me/data, sees the date, and the admin sees the pending
// request; the candidate changes their mind and cancels; the consent-renewal page keeps the profile.
import { describe, expect, test } from 'vitest';
import { seriousAccessibilityViolations } from './axe';
import { useAppInBrowser } from './app-in-browser';
import { screenshotter, shouldSkipBrowserTests } from './browser';

describe.skipIf(shouldSkipBrowserTests)('erasure and retention', () => {
  const session = useAppInBrowser();

  test('the admin sets the policy; the candidate asks to be forgotten, sees when, and cancels; the admin sees the request meanwhile', async () => {
    const snap = screenshotter('erasure');
    const admin = await session.signInAs('admin@shortlist.test');
    await admin.goto('/admin/privacy');
    await admin.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
    const policy = admin.getByRole('form', { name: 'Retention policy' });
    await policy.getByLabel('Ask inactive candidates after (months)').fill('3');
    await policy.getByRole('button', { name: 'Save policy' }).click();
    await policy.getByText('Use 6 to 120 months, or leave it empty for no policy.').waitFor();
    await policy.getByLabel('Ask inactive candidates after (months)').fill('24');
    await policy.getByLabel('Grace period (days)').fill('21');
    await policy.getByRole('button', { name: 'Save policy' }).click();
    await admin.getByText('The policy is saved.').waitFor();
    expect(await admin.getByText('No one is waiting to be forgotten.').isVisible()).toBe(true);
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);
    await snap(admin, 'admin-policy');

    const candidate = await session.signInAs('candidate@shortlist.test');
    await candidate.goto('/me/data');
    const section = candidate.getByRole('region', { name: 'Delete my data' });
    await section.getByText(/21 days after you ask/).waitFor();
    await section.getByRole('button', { name: 'Delete my data' }).click();
    await section.getByText('Tick the box to confirm that you want your data erased.').waitFor();
    await section.getByRole('checkbox', { name: /my data will be erased/ }).check();
    await section.getByRole('button', { name: 'Delete my data' }).click();
    const pending = section.getByRole('status');
    await expect.poll(() => pending.textContent(), { timeout: 15_000 }).toContain('Your data will be erased on');
    expect(await seriousAccessibilityViolations(candidate)).toEqual([]);
    await snap(candidate, 'erasure-pending');

    await admin.reload();
    const row = admin.getByRole('row', { name: /Sam Okafor/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('the candidate');
    await snap(admin, 'admin-pending');

    await section.getByRole('button', { name: 'Cancel the erasure' }).click();
    await section.getByRole('button', { name: 'Delete my data' }).waitFor();
    await admin.reload();
    await admin.getByText('No one is waiting to be forgotten.').waitFor();

    // Where the retention e-mail leads: keeping the profile is one button.
    await candidate.goto('/me/consent');
    await candidate.getByRole('heading', { level: 1, name: 'Keep your profile' }).waitFor();
    await candidate.getByRole('button', { name: 'Keep my profile' }).click();
    await candidate.getByText(/keeps your profile/).first().waitFor();
    await candidate.getByText(/You last renewed your consent on/).waitFor();
    expect(await seriousAccessibilityViolations(candidate)).toEqual([]);
    await snap(candidate, 'consent-renewed');
  });
});

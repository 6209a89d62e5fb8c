import { describe, expect, test } from 'vitest';
import { seriousAccessibilityViolations } from './axe';
import { useAppInBrowser } from './app-in-browser';
import { screenshotter, shouldSkipBrowserTests } from './browser';

const ADMIN = 'admin@shortlist.test';
const CANDIDATE = 'candidate@shortlist.test';

// Issue 13, point 5: the admin's team, the invitation e-mail and its accept page, the cancellation policy, settings,
// and a candidate's time zone following the city they type.
describe.skipIf(shouldSkipBrowserTests)('admin: team, invitation, policy, settings and the zone from the city', () => {
  const session = useAppInBrowser({ defaultTimeoutMs: 30_000 });
  const snap = screenshotter('admin');

  test('the admin invites a recruiter; the e-mail’s link lets them set a password and land signed in as a recruiter', async () => {
    const admin = await session.signInAs(ADMIN);
    await admin.goto('/admin');
    await admin.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    await admin.getByRole('button', { name: 'Invite a team member' }).click();
    const form = admin.getByRole('form', { name: 'Invite a team member' });
    await form.getByLabel('Name').fill('Robin Invitee');
    await form.getByLabel('E-mail').fill('robin.invitee@example.test');
    await form.getByLabel('Role').selectOption('RECRUITER');
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByText('Invitation sent to robin.invitee@example.test.').waitFor();
    const row = admin.getByRole('row').filter({ hasText: 'robin.invitee@example.test' });
    expect(await row.textContent()).toContain('Invited');
    expect(await seriousAccessibilityViolations(admin, 'main')).toEqual([]);
    for (const [width, height] of [[1366, 900], [390, 844]] as const) {
      await admin.setViewportSize({ width, height });
      await snap(admin, `team-${width}`);
    }
    await admin.setViewportSize({ width: 1280, height: 900 });

    await admin.goto('/dev/mailbox');
    const subject = admin.getByRole('link', { name: 'Join Northwind Talent on Shortlist' });
    await subject.first().waitFor();
    await subject.first().click();
    const accept = admin.getByRole('link', { name: 'Accept the invitation', exact: true });
    const link = new URL((await accept.first().getAttribute('href')) ?? '');
    expect(link.pathname).toMatch(/^\/invitations\/[\w-]+$/);

    const invitee = await session.newPage();
    await invitee.goto(`${link.pathname}${link.search}`);
    await invitee.getByRole('heading', { level: 1, name: 'Join Northwind Talent' }).waitFor();
    expect(await invitee.getByText('as a recruiter').count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(invitee, 'main')).toEqual([]);
    await invitee.getByLabel('Password').fill('robins own password');
    await invitee.getByLabel('Your time zone').selectOption('Europe/Berlin');
    await invitee.getByRole('button', { name: 'Join Northwind Talent' }).click();
    await invitee.waitForURL((url) => url.pathname.startsWith('/recruiter'));
    const me = await invitee.evaluate(async () => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { email role timeZone } }' }) });
      return (await response.json()).data.me;
    });
    expect(me).toEqual({ email: 'robin.invitee@example.test', role: 'RECRUITER', timeZone: 'Europe/Berlin' });

    // The same link again: a clear page, not a form.
    const again = await session.newPage();
    await again.goto(`${link.pathname}${link.search}`);
    await again.getByRole('heading', { level: 1, name: 'This invitation has already been used' }).waitFor();
  });

  test('the admin edits the cancellation policy and the new value shows after a reload', async () => {
    const admin = await session.signInAs(ADMIN);
    await admin.goto('/admin/policy');
    await admin.getByRole('heading', { level: 1, name: 'Cancellation policy' }).waitFor();
    expect(await admin.getByRole('navigation', { name: 'Agency administration' }).getByRole('link', { name: 'Cancellation policy' }).getAttribute('aria-current')).toBe('page');
    await admin.getByLabel('Late-notice threshold (hours)').fill('36');
    await admin.getByLabel('No-show grace (minutes)').fill('20');
    await admin.getByRole('button', { name: 'Save policy' }).click();
    await admin.getByText('The policy is saved.', { exact: false }).waitFor();
    await admin.reload();
    await admin.getByRole('heading', { level: 1, name: 'Cancellation policy' }).waitFor();
    await expect.poll(() => admin.getByLabel('Late-notice threshold (hours)').inputValue()).toBe('36');
    expect(await admin.getByLabel('No-show grace (minutes)').inputValue()).toBe('20');
    expect(await seriousAccessibilityViolations(admin, 'main')).toEqual([]);
  });

  test('settings: the admin finds a zone by searching, saves it, and it stays', async () => {
    const admin = await session.signInAs(ADMIN);
    await admin.goto('/settings');
    await admin.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await admin.getByLabel('Find a time zone').fill('chicago');
    await admin.getByLabel('Time zone', { exact: true }).selectOption('America/Chicago');
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await admin.getByText('Your settings are saved.').waitFor();
    expect(await seriousAccessibilityViolations(admin, 'main')).toEqual([]);
    for (const [width, height] of [[1366, 900], [390, 844]] as const) {
      await admin.setViewportSize({ width, height });
      await snap(admin, `settings-${width}`);
    }
    await admin.reload();
    await expect.poll(() => admin.getByLabel('Time zone', { exact: true }).inputValue()).toBe('America/Chicago');
  });

  test('a candidate typing Berlin, Germany gets Europe/Berlin, and Chicago, United States gets America/Chicago', async () => {
    const candidate = await session.signInAs(CANDIDATE);
    await candidate.goto('/me/profile');
    const city = candidate.getByLabel('City');
    await city.waitFor();
    const zone = candidate.getByLabel('Time zone', { exact: true });
    await candidate.getByLabel('Country').selectOption('DE');
    await city.fill('Berlin');
    await expect.poll(() => zone.inputValue(), { timeout: 10_000 }).toBe('Europe/Berlin');
    await candidate.getByLabel('Country').selectOption('US');
    await city.fill('Chicago');
    await expect.poll(() => zone.inputValue(), { timeout: 10_000 }).toBe('America/Chicago');
    // Picked by hand, the zone stays whatever city is typed next.
    await zone.selectOption('America/Denver');
    await city.fill('Berlin');
    await candidate.waitForTimeout(1000);
    expect(await zone.inputValue()).toBe('America/Denver');
  });
});

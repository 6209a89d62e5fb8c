// Issue 12: e-mail settings per category, the RFC 8058 one-click unsubscribe (no sign-in), and the development
// mailbox that shows the outbox when no SMTP server is configured.
import nodemailer from 'nodemailer';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsubscribeLink } from '../src/modules/email/email-links.ts';
import { UNSUBSCRIBE_FAILURES } from '../src/modules/email/unsubscribe-route.ts';
import { createPartnerKey } from './factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from './start-test-server.ts';

const PREFERENCES = '{ emailPreferences { category frequency allowedFrequencies updatedAt } }';
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateEmailPreferencesInput!) {
    updateEmailPreferences(input: $input) {
      __typename
      ... on UpdateEmailPreferencesSuccess { preferences { category frequency } }
      ... on ValidationError { fieldErrors { field message } }
      ... on Error { message }
    }
  }`;
const MAILBOX = /* GraphQL */ `
  query Mailbox($id: ID!) {
    devMailbox {
      isAvailable
      offReason
      messages { id to subject kind status sentAt }
      message(id: $id) { subject text html headers { name value } attachments { filename contentType content } }
    }
  }`;

let server: TestServer;
let recruiter: TestBrowser;
let otherRecruiter: TestBrowser;
let candidate: TestBrowser;
let sam: { id: string; email: string; agencyId: string; unsubscribeToken: string };

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ recruiter, otherRecruiter, candidate } = await signInDemoUsers(server));
  sam = await server.db.prisma.user.findUniqueOrThrow({
    where: { email: 'candidate@shortlist.test' },
    select: { id: true, email: true, agencyId: true, unsubscribeToken: true },
  });
});
afterAll(() => server?.close());

/** The unsubscribe address an e-mail carries, on the test server's origin. */
function unsubscribeUrl(token: string, category: string) {
  const link = new URL(unsubscribeLink(token, category as never));
  return `${server.url}${link.pathname}${link.search}`;
}

/** What a mail client sends from List-Unsubscribe-Post: a form post, no cookie, no CSRF header. */
const oneClick = (url: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click', redirect: 'manual' });

const samsPreference = (category: 'NEW_PROPOSALS' | 'PROPOSAL_UPDATES' | 'INTERVIEWS' | 'REMINDERS') =>
  server.db.prisma.emailPreference.findUnique({ where: { userId_category: { userId: sam.id, category } } });

describe('one-click unsubscribe (RFC 8058)', () => {
  it('a mail client posting List-Unsubscribe=One-Click without a cookie turns the category off, and the settings say so', async () => {
    expect(await samsPreference('PROPOSAL_UPDATES')).toBeNull();
    const response = await oneClick(unsubscribeUrl(sam.unsubscribeToken, 'PROPOSAL_UPDATES'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ category: 'PROPOSAL_UPDATES', maskedEmail: 'c••••••••@shortlist.test' });
    expect((await samsPreference('PROPOSAL_UPDATES'))?.frequency).toBe('OFF');
    // The other categories are untouched.
    expect(await samsPreference('NEW_PROPOSALS')).toBeNull();

    const { body } = await candidate.graphql(PREFERENCES);
    expect(body.data.emailPreferences.find((p: any) => p.category === 'PROPOSAL_UPDATES')).toMatchObject({ frequency: 'OFF', updatedAt: expect.any(String) });
    // Twice is fine: the link in an older e-mail still answers.
    expect((await oneClick(unsubscribeUrl(sam.unsubscribeToken, 'PROPOSAL_UPDATES'))).status).toBe(200);
  });

  it('opening the link (GET, as a link scanner does) changes nothing', async () => {
    const url = unsubscribeUrl(sam.unsubscribeToken, 'REMINDERS');
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).not.toBe(200); // no web app here; in `npm start` it is the confirmation page
    const head = await fetch(url, { method: 'HEAD', redirect: 'manual' });
    expect(head.status).not.toBe(200);
    expect(await samsPreference('REMINDERS')).toBeNull();
  });

  it('an unknown token is refused without saying more, and changes nothing', async () => {
    const before = await server.db.prisma.emailPreference.count();
    const response = await oneClick(unsubscribeUrl(`${sam.unsubscribeToken.slice(0, -4)}0000`, 'INTERVIEWS'));
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).not.toContain('shortlist.test');
    expect(text).not.toMatch(/prisma|select|at \w+ \(/i);
    expect((await oneClick(unsubscribeUrl('', 'INTERVIEWS'))).status).toBe(404);
    expect(await server.db.prisma.emailPreference.count()).toBe(before);
  });

  it('a category that does not exist is refused, and changes nothing', async () => {
    const response = await oneClick(unsubscribeUrl(sam.unsubscribeToken, 'EVERYTHING'));
    expect(response.status).toBe(400);
    expect(await samsPreference('INTERVIEWS')).toBeNull();
  });
});

describe('e-mail settings', () => {
  it("every signed-in role sees its role's categories, immediately by default, with the choices each allows", async () => {
    for (const browser of [recruiter, otherRecruiter]) {
      const { body } = await browser.graphql(PREFERENCES);
      expect(body.data.emailPreferences).toEqual([
        { category: 'NEW_PROPOSALS', frequency: 'IMMEDIATELY', allowedFrequencies: ['IMMEDIATELY', 'DAILY_DIGEST', 'OFF'], updatedAt: null },
        { category: 'PROPOSAL_UPDATES', frequency: 'IMMEDIATELY', allowedFrequencies: ['IMMEDIATELY', 'DAILY_DIGEST', 'OFF'], updatedAt: null },
        { category: 'INTERVIEWS', frequency: 'IMMEDIATELY', allowedFrequencies: ['IMMEDIATELY', 'OFF'], updatedAt: null },
        { category: 'REMINDERS', frequency: 'IMMEDIATELY', allowedFrequencies: ['IMMEDIATELY', 'OFF'], updatedAt: null },
      ]);
    }
    const admin = server.browser();
    await admin.signIn('admin@shortlist.test');
    // Integration alerts (a webhook endpoint disabled) are for agency admins only.
    const adminsOwn = (await admin.graphql(PREFERENCES)).body.data.emailPreferences;
    expect(adminsOwn.map((p: any) => p.category)).toEqual(['NEW_PROPOSALS', 'PROPOSAL_UPDATES', 'INTERVIEWS', 'REMINDERS', 'INTEGRATIONS']);
    expect(adminsOwn.at(-1).allowedFrequencies).toEqual(['IMMEDIATELY', 'OFF']);
    const { body } = await recruiter.graphql(UPDATE, { input: { preferences: [{ category: 'INTEGRATIONS', frequency: 'OFF' }] } });
    expect(body.data.updateEmailPreferences.__typename).toBe('ValidationError');
    expect(body.data.updateEmailPreferences.fieldErrors).toEqual([{ field: 'preferences.0.category', message: 'Integration alerts go to agency admins only.' }]);
  });

  it('a candidate puts new proposals in the daily digest; it sticks and nobody else changes', async () => {
    const { body } = await candidate.graphql(UPDATE, { input: { preferences: [{ category: 'NEW_PROPOSALS', frequency: 'DAILY_DIGEST' }] } });
    expect(body.data.updateEmailPreferences.__typename).toBe('UpdateEmailPreferencesSuccess');
    expect(body.data.updateEmailPreferences.preferences[0]).toEqual({ category: 'NEW_PROPOSALS', frequency: 'DAILY_DIGEST' });
    expect((await samsPreference('NEW_PROPOSALS'))?.frequency).toBe('DAILY_DIGEST');
    const again = (await candidate.graphql(PREFERENCES)).body.data.emailPreferences;
    expect(again.find((p: any) => p.category === 'NEW_PROPOSALS').frequency).toBe('DAILY_DIGEST');
    // The recruiter's own settings are theirs alone.
    const theirs = (await recruiter.graphql(PREFERENCES)).body.data.emailPreferences;
    expect(theirs.find((p: any) => p.category === 'NEW_PROPOSALS').frequency).toBe('IMMEDIATELY');
  });

  it('invites and reminders cannot wait for the digest: a ValidationError per field, and nothing changes', async () => {
    const { body } = await candidate.graphql(UPDATE, {
      input: { preferences: [{ category: 'REMINDERS', frequency: 'OFF' }, { category: 'INTERVIEWS', frequency: 'DAILY_DIGEST' }] },
    });
    expect(body.data.updateEmailPreferences.__typename).toBe('ValidationError');
    expect(body.data.updateEmailPreferences.fieldErrors).toEqual([{ field: 'preferences.1.frequency', message: expect.stringContaining('immediately') }]);
    expect(await samsPreference('INTERVIEWS')).toBeNull();
    expect(await samsPreference('REMINDERS')).toBeNull();
  });

  it("one person's change never reaches another's settings (there is no way to name someone else)", async () => {
    const before = await server.db.prisma.emailPreference.findMany({ where: { userId: sam.id }, orderBy: { category: 'asc' } });
    for (const browser of [recruiter, otherRecruiter]) {
      const { body } = await browser.graphql(UPDATE, { input: { preferences: [{ category: 'NEW_PROPOSALS', frequency: 'OFF' }] } });
      expect(body.data.updateEmailPreferences.__typename).toBe('UpdateEmailPreferencesSuccess');
    }
    const after = await server.db.prisma.emailPreference.findMany({ where: { userId: sam.id }, orderBy: { category: 'asc' } });
    expect(after).toEqual(before);
  });

  it('signed out or with a partner key, settings are refused and nothing changes', async () => {
    const key = await createPartnerKey(server.db.prisma, sam.agencyId, ['JOBS_READ', 'CANDIDATES_READ', 'PROPOSALS_READ', 'JOBS_WRITE', 'CANDIDATES_WRITE', 'PROPOSALS_WRITE']);
    const before = await server.db.prisma.emailPreference.count();
    for (const headers of [undefined, key]) {
      const read = await server.graphql(PREFERENCES, undefined, headers);
      expect(read.body.data).toBeNull();
      expect(read.body.errors[0].message).toMatch(/not allowed/i);
      const write = await server.graphql(UPDATE, { input: { preferences: [{ category: 'REMINDERS', frequency: 'OFF' }] } }, headers);
      expect(write.body.data.updateEmailPreferences.__typename).toBe('NotAllowedError');
    }
    expect(await server.db.prisma.emailPreference.count()).toBe(before);
  });
});

describe('the development mailbox', () => {
  let messageId: string;

  beforeAll(async () => {
    // The RFC 822 source as the sender stores it (nodemailer's own composer), with a calendar invite.
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    const list = unsubscribeLink(sam.unsubscribeToken, 'NEW_PROPOSALS');
    const info = await transport.sendMail({
      from: 'Shortlist <no-reply@shortlist.local>',
      to: `Sam <${sam.email}>`,
      subject: 'Northwind proposes you for Senior Platform Engineer',
      text: 'Your recruiter thinks this job fits you. Open it: http://localhost:4000/me',
      html: '<p>Your recruiter thinks this job fits you.</p><script>alert(1)</script>',
      headers: { 'List-Unsubscribe': `<${list}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      icalEvent: { method: 'REQUEST', filename: 'invite.ics', content: 'BEGIN:VCALENDAR\nMETHOD:REQUEST\nEND:VCALENDAR\n' },
    });
    const older = new Date(Date.now() - 60_000);
    const [message] = await Promise.all([
      server.db.prisma.emailMessage.create({
        data: {
          agencyId: sam.agencyId,
          userId: sam.id,
          kind: 'notification',
          category: 'NEW_PROPOSALS',
          dedupeKey: `test:${randomUUID()}`,
          messageId: `<${randomUUID()}@test>`,
          status: 'SENT',
          sentAt: new Date(),
          subject: 'Northwind proposes you for Senior Platform Engineer',
          raw: (info.message as Buffer).toString('utf8'),
        },
      }),
      server.db.prisma.emailMessage.create({
        data: {
          agencyId: sam.agencyId,
          userId: sam.id,
          kind: 'reminder.interview.24h',
          category: 'REMINDERS',
          dedupeKey: `test:${randomUUID()}`,
          messageId: `<${randomUUID()}@test>`,
          status: 'CANCELLED',
          createdAt: older,
        },
      }),
    ]);
    messageId = message.id;
  });

  it("lists the agency's e-mails newest first and shows one: text, HTML, headers and the invite", async () => {
    const { body } = await recruiter.graphql(MAILBOX, { id: messageId });
    const mailbox = body.data.devMailbox;
    expect(mailbox).toMatchObject({ isAvailable: true, offReason: null });
    const ours = mailbox.messages.filter((m: any) => m.to.includes(sam.email));
    expect(ours.slice(0, 2)).toEqual([
      { id: messageId, to: expect.stringMatching(new RegExp(`^.+ <${sam.email}>$`)), subject: 'Northwind proposes you for Senior Platform Engineer', kind: 'notification', status: 'SENT', sentAt: expect.any(String) },
      expect.objectContaining({ kind: 'reminder.interview.24h', status: 'CANCELLED', subject: null, sentAt: null }),
    ]);
    const shown = mailbox.message;
    expect(shown.subject).toBe('Northwind proposes you for Senior Platform Engineer');
    expect(shown.text).toContain('Your recruiter thinks this job fits you.');
    expect(shown.html).toContain('<p>Your recruiter thinks this job fits you.</p>');
    expect(shown.headers).toEqual(
      expect.arrayContaining([
        { name: 'List-Unsubscribe', value: `<${unsubscribeLink(sam.unsubscribeToken, 'NEW_PROPOSALS')}>` },
        { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
      ]),
    );
    const invite = shown.attachments.find((a: any) => a.filename === 'invite.ics');
    expect(invite).toMatchObject({ contentType: expect.stringMatching(/ics|calendar/), content: expect.stringContaining('METHOD:REQUEST') });
  });

  it("another agency's people do not see these e-mails", async () => {
    const { body } = await otherRecruiter.graphql(MAILBOX, { id: messageId });
    expect(body.data.devMailbox.isAvailable).toBe(true);
    expect(body.data.devMailbox.message).toBeNull();
    expect(JSON.stringify(body.data.devMailbox.messages)).not.toContain(sam.email);
  });

  it('signed out or with a partner key, the mailbox is refused', async () => {
    const key = await createPartnerKey(server.db.prisma, sam.agencyId, ['CANDIDATES_READ']);
    for (const headers of [undefined, key]) {
      const { body } = await server.graphql(MAILBOX, { id: messageId }, headers);
      expect(body.data).toBeNull();
      expect(JSON.stringify(body)).not.toContain('Northwind proposes you');
    }
  });

  for (const [setting, env] of [
    ['SMTP_URL is set', { SMTP_URL: 'smtp://mail.example.com:587' }],
    ['the API runs in production', { NODE_ENV: 'production' }],
  ] as const) {
    it(`is off when ${setting}: no messages, and the page is told why`, async () => {
      const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
      Object.assign(process.env, env);
      try {
        const { body } = await recruiter.graphql(MAILBOX, { id: messageId });
        expect(body.data.devMailbox).toEqual({ isAvailable: false, offReason: expect.stringMatching(/off/), messages: null, message: null });
      } finally {
        for (const [name, value] of Object.entries(saved)) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }
    });
  }
});

// Last in the file: it uses up this address's allowance of wrong links.
describe('guessing unsubscribe tokens', () => {
  it('after a handful of wrong links an address waits (429 with Retry-After), even with a right one; nothing changes', async () => {
    const before = await samsPreference('INTERVIEWS');
    let status = 0;
    for (let attempt = 0; attempt < UNSUBSCRIBE_FAILURES.points + 1 && status !== 429; attempt++) {
      status = (await oneClick(unsubscribeUrl(randomUUID().replace(/-/g, ''), 'INTERVIEWS'))).status;
    }
    expect(status).toBe(429);
    const right = await oneClick(unsubscribeUrl(sam.unsubscribeToken, 'INTERVIEWS'));
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await samsPreference('INTERVIEWS')).toEqual(before);
  });
});

// Issue 12, point 1: e-mails leave the outbox. A proposal e-mails the candidate over a real SMTP server (smtp-server,
// parsed with mailparser); a transition that rolls back queues and sends nothing; the recipient's preference decides
// at send time (off: cancelled; daily digest: held, then one digest at 08:00 in their zone); two senders on one
// PostgreSQL database send each message once.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { pageId } from '../src/modules/email/email-links.ts';
import { simpleParser } from 'mailparser';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordActivity } from '../src/modules/activity/record-activity.ts';
import { writeDueDigests } from '../src/modules/email/digest.ts';
import { createMailTransport } from '../src/modules/email/mail-transport.ts';
import { queueEmails } from '../src/modules/email/queue-email.ts';
import { sendClaimedEmail } from '../src/modules/email/send-email.ts';
import { startEmail } from '../src/modules/email/start-email.ts';
import { apiDir } from './app-process.ts';
import { eventually, startSmtpReceiver, type SmtpReceiver } from './email-smtp-receiver.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from './start-test-server.ts';

const engine = inject('shortlistTestDb');
const DAY = 24 * 60 * 60 * 1000;
const clockDir = mkdtempSync(join(tmpdir(), 'shortlist-email-clock-'));
const clockFile = join(clockDir, 'offset-ms');
process.env.SHORTLIST_EMAIL_POLL_MS = '200';
process.env.SHORTLIST_TEST_CLOCK_FILE = clockFile;

let smtp: SmtpReceiver;
let server: TestServer;
let recruiter: TestBrowser;
let candidate: TestBrowser;
let sam: { userId: string; candidateId: string; agencyId: string; email: string };
const usedJobs = new Set<string>();

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  process.env.SMTP_URL = smtp.url;
  server = await startTestServer('demo');
  process.env.SHORTLIST_APP_URL = server.url;
  ({ recruiter, candidate } = await signInDemoUsers(server));
  const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' }, include: { candidateProfile: true } });
  sam = { userId: user.id, candidateId: user.candidateProfile!.id, agencyId: user.agencyId, email: user.email };
}, 60_000);
afterAll(async () => {
  await server?.close();
  await smtp?.close();
  delete process.env.SMTP_URL;
  delete process.env.SHORTLIST_APP_URL;
  rmSync(clockDir, { recursive: true, force: true });
});

/** The demo recruiter proposes Sam for an open job Sam has no proposal for yet; answers the proposal's database ID. */
async function propose(): Promise<string> {
  return (await proposeWithSlot()).proposalId;
}

async function proposeWithSlot(): Promise<{ proposalId: string; slotId: string }> {
  const job = await server.db.prisma.job.findFirstOrThrow({
    where: { agencyId: sam.agencyId, status: 'OPEN', id: { notIn: [...usedJobs] }, proposals: { none: { candidateId: sam.candidateId } } },
    orderBy: { id: 'asc' },
  });
  usedJobs.add(job.id);
  const { body } = await recruiter.graphql(
    `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { __typename ... on Error { message } ... on ProposeMatchSuccess { proposal { id slots { id } } } } }`,
    {
      input: {
        jobId: encodeGlobalID('Job', job.id),
        candidateId: encodeGlobalID('Candidate', sam.candidateId),
        message: 'Your Go and Postgres work fits this team well.',
        slots: [
          {
            startsAt: new Date(Date.now() + 3 * DAY).toISOString(),
            endsAt: new Date(Date.now() + 3 * DAY + 45 * 60 * 1000).toISOString(),
            timeZone: 'Europe/Berlin',
            format: 'VIDEO',
            location: 'https://meet.example.com/shortlist',
          },
        ],
      },
    },
  );
  expect(body.data.proposeMatch.__typename, JSON.stringify(body)).toBe('ProposeMatchSuccess');
  const { proposal } = body.data.proposeMatch;
  return { proposalId: decodeGlobalID(proposal.id).id, slotId: proposal.slots[0].id };
}

/** Sam's notification e-mails for one proposal (the planner's reminders aside). */
const samsEmailsFor = (proposalId: string) =>
  server.db.prisma.emailMessage.findMany({ where: { proposalId, userId: sam.userId, kind: 'notification' }, orderBy: { createdAt: 'asc' } });
const statusOf = async (id: string) => (await server.db.prisma.emailMessage.findUniqueOrThrow({ where: { id } })).status;
const receivedWithId = (messageId: string) => smtp.received.filter((email) => email.messageId === messageId);

describe('the e-mail sender', () => {
  it('e-mails the candidate once when a recruiter proposes them, with a link to the proposal’s page', async () => {
    const proposalId = await propose();
    const [row, ...others] = await samsEmailsFor(proposalId);
    expect(others).toEqual([]);
    expect(row).toMatchObject({ kind: 'notification', category: 'NEW_PROPOSALS', dedupeKey: `notification:${row!.notificationId}` });
    await eventually(() => receivedWithId(row!.messageId).length > 0, 'the proposal e-mail');
    const [email, ...repeats] = receivedWithId(row!.messageId);
    expect(repeats).toEqual([]);
    expect(email!.to).toEqual([sam.email]);
    expect(email!.parsed.from?.value).toEqual([{ name: 'Shortlist', address: 'no-reply@shortlist.local' }]);
    expect(email!.parsed.to).toMatchObject({ value: [{ address: sam.email }] });
    const notification = await server.db.prisma.notification.findUniqueOrThrow({ where: { id: row!.notificationId! } });
    expect(email!.parsed.subject).toBeTruthy();
    const link = `${server.url}/me/proposals/${pageId('Proposal', proposalId)}`;
    expect(email!.parsed.text).toContain(link);
    expect(email!.parsed.html).toContain(link);
    // One click unsubscribes from new proposals (RFC 8058), from the mail client's own button.
    const header = (name: string) => email!.parsed.headerLines.find((line) => line.key === name)?.line.replace(/\r?\n\s+/g, ' ');
    expect(header('list-unsubscribe')).toMatch(/^List-Unsubscribe: <http:\/\/127\.0\.0\.1:\d+\/unsubscribe\?token=\w+&category=NEW_PROPOSALS>$/);
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    // The test server serves no web build: the link's path is the web app's candidate proposal page, and the ID in
    // it is the one that page asks the API for (a global ID), which answers Sam with this proposal.
    const routes = readFileSync(join(apiDir, '../web/src/routes/routes.ts'), 'utf8');
    expect(routes).toContain("['/me/proposals/:proposalId', CandidateProposalPage]");
    const samBrowser = server.browser();
    await samBrowser.signIn(sam.email);
    const idInLink = decodeURIComponent(link.slice(link.lastIndexOf('/') + 1));
    const { body: opened } = await samBrowser.graphql('query ($id: ID!) { node(id: $id) { __typename ... on Proposal { status } } }', { id: idInLink });
    expect(opened.data.node).toEqual({ __typename: 'Proposal', status: 'PROPOSED' });
    // The outbox keeps what was sent.
    await eventually(async () => (await statusOf(row!.id)) === 'SENT', 'the row marked SENT');
    const sent = await server.db.prisma.emailMessage.findUniqueOrThrow({ where: { id: row!.id } });
    expect(sent).toMatchObject({ status: 'SENT', attemptCount: 1, subject: email!.parsed.subject, lastError: null });
    expect(sent.raw?.trimEnd()).toBe(email!.raw.trimEnd());
    expect(sent.sentAt).not.toBeNull();
    expect(notification.userId).toBe(sam.userId);
  });

  it('queues and sends nothing for a transition whose transaction rolls back after its history and notification were written', async () => {
    const title = `Rolled back ${randomUUID()}`;
    const proposal = await server.db.prisma.proposal.findFirstOrThrow({ where: { candidateId: sam.candidateId } });
    const recruiterUser = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
    await expect(
      server.db.prisma.$transaction(async (tx) => {
        await recordActivity(
          tx,
          { party: 'RECRUITER', actorKind: 'USER', actorUserId: recruiterUser.id, actorApiKeyId: null },
          { agencyId: proposal.agencyId, proposalId: proposal.id, action: 'proposal.offered', message: title },
          [{ userId: sam.userId, title, body: title }],
        );
        // Inside the transaction the e-mail is queued with its notification ...
        expect(await tx.emailMessage.count({ where: { notification: { title } } })).toBe(1);
        // ... and then the guarded write it belongs to fails (a lost race), so all of it rolls back.
        throw new Error('the guarded write matched no row');
      }),
    ).rejects.toThrow('the guarded write matched no row');
    // A later proposal's e-mail arrives (the sender ran after the rollback); the rolled-back one never does.
    const later = await propose();
    const [row] = await samsEmailsFor(later);
    await eventually(() => receivedWithId(row!.messageId).length > 0, 'the later e-mail');
    expect(await server.db.prisma.notification.count({ where: { title } })).toBe(0);
    expect(await server.db.prisma.emailMessage.count({ where: { userId: sam.userId, notificationId: null, kind: 'notification' } })).toBe(0);
    expect(smtp.received.filter((email) => email.raw.includes(title) || email.parsed.subject === title)).toEqual([]);
  });

  it('sends the candidate one e-mail when two withdrawals of one proposal race: the loser’s transaction leaves nothing', async () => {
    const proposalId = await propose();
    const withdraw = () =>
      recruiter.graphql(`mutation($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { __typename ... on Error { message } } }`, {
        input: { proposalId: encodeGlobalID('Proposal', proposalId), reason: 'TIMING', message: 'The client paused hiring for this role, sorry.' },
      });
    const results = (await Promise.all([withdraw(), withdraw()])).map((r) => r.body.data.withdrawProposal.__typename).sort();
    expect(results[1]).toBe('WithdrawProposalSuccess');
    expect(results[0]).not.toBe('WithdrawProposalSuccess');
    const rows = (await samsEmailsFor(proposalId)).filter((row) => row.category === 'PROPOSAL_UPDATES');
    expect(rows).toHaveLength(1);
    await eventually(async () => (await statusOf(rows[0]!.id)) === 'SENT', 'the withdrawal e-mail sent');
    expect(receivedWithId(rows[0]!.messageId)).toHaveLength(1);
  });

  it('keeps the message as the local mailbox without SMTP_URL; over SMTP retries a 4xx and fails at once on a 5xx, saying why without a stack', async () => {
    const recruiterUser = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
    // Rows due in ten days: the server's sender leaves them alone, this test sends them itself.
    const later = new Date(Date.now() + 10 * DAY);
    const queue = async () => {
      const key = randomUUID();
      await server.db.prisma.$transaction(async (tx) => {
        const notification = await tx.notification.create({ data: { agencyId: recruiterUser.agencyId, userId: recruiterUser.id, title: `Direct ${key}`, body: 'Sent by the test.' } });
        await queueEmails(tx, [
          { agencyId: recruiterUser.agencyId, userId: recruiterUser.id, kind: 'notification', category: 'INTERVIEWS', dedupeKey: `test:${key}`, notificationId: notification.id, dueAt: later },
        ]);
      });
      return server.db.prisma.emailMessage.findUniqueOrThrow({ where: { dedupeKey: `test:${key}` } });
    };
    const deps = (transport: ReturnType<typeof createMailTransport>) => ({ prisma: server.db.prisma, sql: server.db.sql, transport });

    const mailbox = createMailTransport({});
    expect(mailbox.kind).toBe('mailbox');
    const kept = await queue();
    expect(await sendClaimedEmail(deps(mailbox), { id: kept.id, attemptCount: 1 }, later)).toEqual({ status: 'SENT' });
    const keptRow = await server.db.prisma.emailMessage.findUniqueOrThrow({ where: { id: kept.id } });
    expect(keptRow).toMatchObject({ status: 'SENT', sentAt: later });
    const parsed = await simpleParser(keptRow.raw!);
    expect(parsed.messageId).toBe(kept.messageId);
    expect(parsed.to).toMatchObject({ value: [{ address: recruiterUser.email }] });
    expect(parsed.subject).toBe(keptRow.subject);
    expect(receivedWithId(kept.messageId)).toEqual([]);
    mailbox.close();

    const overSmtp = createMailTransport({ SMTP_URL: smtp.url });
    try {
      const refused = await queue();
      smtp.answers = [451];
      const retry = await sendClaimedEmail(deps(overSmtp), { id: refused.id, attemptCount: 1 }, later);
      expect(retry).toMatchObject({ status: 'RETRY' });
      const retryRow = await server.db.prisma.emailMessage.findUniqueOrThrow({ where: { id: refused.id } });
      expect(retryRow).toMatchObject({ status: 'PENDING', dueAt: new Date(later.getTime() + 5000), raw: null });
      expect(retryRow.lastError).toContain('451');
      expect(retryRow.lastError).not.toMatch(/\n|\bat .*\.(ts|js)/);
      expect(smtp.refused).toContain(refused.messageId);

      const rejected = await queue();
      smtp.answers = [550];
      expect(await sendClaimedEmail(deps(overSmtp), { id: rejected.id, attemptCount: 1 }, later)).toMatchObject({ status: 'FAILED' });
      const rejectedRow = await server.db.prisma.emailMessage.findUniqueOrThrow({ where: { id: rejected.id } });
      expect(rejectedRow).toMatchObject({ status: 'FAILED', raw: null, sentAt: null });
      expect(rejectedRow.lastError).toContain('550');
      expect(receivedWithId(rejected.messageId)).toEqual([]);
    } finally {
      smtp.answers = [];
      overSmtp.close();
    }
  });

  it('sends an interview’s invite as a calendar invite (text/calendar with METHOD:REQUEST, and the .ics) when the candidate picks a time', async () => {
    const { proposalId, slotId } = await proposeWithSlot();
    const { body } = await candidate.graphql(
      `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { __typename ... on Error { message } } }`,
      { input: { proposalId: encodeGlobalID('Proposal', proposalId), slotId } },
    );
    expect(body.data.acceptProposal.__typename, JSON.stringify(body)).toBe('AcceptProposalSuccess');
    // The planner queues the invites from the change log; the sender sends them.
    let invite: Awaited<ReturnType<typeof server.db.prisma.emailMessage.findFirst>> = null;
    await eventually(async () => {
      invite = await server.db.prisma.emailMessage.findFirst({ where: { proposalId, userId: sam.userId, kind: 'interview.invite', status: 'SENT' } });
      return invite !== null;
    }, 'the candidate’s invite sent');
    const [email, ...repeats] = receivedWithId(invite!.messageId);
    expect(repeats).toEqual([]);
    expect(email!.to).toEqual([sam.email]);
    expect(email!.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    const ics = email!.parsed.attachments.filter((a) => a.contentType.startsWith('text/calendar') || a.contentType.startsWith('application/ics'));
    expect(ics.length).toBeGreaterThanOrEqual(1);
    for (const part of ics) expect(part.content.toString('utf8')).toMatch(/METHOD:REQUEST[\s\S]*BEGIN:VEVENT/);
    // Scheduling itself is not e-mailed a second time as a notification.
    expect(await server.db.prisma.emailMessage.count({ where: { proposalId, userId: sam.userId, kind: 'notification', notification: { activityEvent: { action: 'interview.scheduled' } } } })).toBe(0);
  });

  it('cancels instead of sending when the recipient turned the category off', async () => {
    await server.db.prisma.emailPreference.create({ data: { userId: sam.userId, category: 'NEW_PROPOSALS', frequency: 'OFF' } });
    try {
      const proposalId = await propose();
      const [row] = await samsEmailsFor(proposalId);
      await eventually(
        async () => (await server.db.prisma.emailMessage.findUniqueOrThrow({ where: { id: row!.id } })).status === 'CANCELLED',
        'the e-mail cancelled',
      );
      expect(receivedWithId(row!.messageId)).toEqual([]);
      expect((await server.db.prisma.emailMessage.findUniqueOrThrow({ where: { id: row!.id } })).raw).toBeNull();
    } finally {
      await server.db.prisma.emailPreference.delete({ where: { userId_category: { userId: sam.userId, category: 'NEW_PROPOSALS' } } });
    }
  });

  it.skipIf(engine !== 'postgres')('sends each message once with three senders on one PostgreSQL database (the server’s and two more)', async () => {
    const log: string[] = [];
    const extra = [startEmail(server.db, { log: (line) => log.push(line) }), startEmail(server.db, { log: (line) => log.push(line) })];
    try {
      const recruiterUser = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
      const batch = randomUUID();
      await server.db.prisma.$transaction(async (tx) => {
        const notifications = await tx.notification.createManyAndReturn({
          data: Array.from({ length: 30 }, (_, i) => ({ agencyId: recruiterUser.agencyId, userId: recruiterUser.id, title: `Test ${i}`, body: `Batch ${batch}` })),
          select: { id: true },
        });
        await queueEmails(
          tx,
          notifications.map(({ id }, i) => ({
            agencyId: recruiterUser.agencyId,
            userId: recruiterUser.id,
            kind: 'notification' as const,
            category: 'INTERVIEWS' as const,
            dedupeKey: `test:${batch}:${i}`,
            notificationId: id,
          })),
        );
      });
      const rows = await server.db.prisma.emailMessage.findMany({ where: { dedupeKey: { startsWith: `test:${batch}:` } } });
      expect(rows).toHaveLength(30);
      await eventually(
        async () => (await server.db.prisma.emailMessage.count({ where: { dedupeKey: { startsWith: `test:${batch}:` }, status: 'SENT' } })) === 30,
        '30 messages sent',
      );
      for (const row of rows) expect(receivedWithId(row.messageId), row.messageId).toHaveLength(1);
      // The backlog gauge counts due, unsent messages (those of the other tests wait ten days): none now.
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      expect(/^shortlist_email_outbox_pending (\d+)$/m.exec(metrics)?.[1]).toBe('0');
      expect(await server.db.prisma.emailMessage.aggregate({ where: { id: { in: rows.map((r) => r.id) } }, _max: { attemptCount: true } })).toEqual({
        _max: { attemptCount: 1 },
      });
      expect(log).toEqual([]);
    } finally {
      await Promise.all(extra.map((workers) => workers.stop()));
    }
  });

  // Last: it moves this file's clock (the server's e-mail workers read it) to the next morning.
  it('holds new proposals for a daily digest and sends one digest at 08:00 in the recipient’s zone', async () => {
    // A zone where it is now between 00:00 and 06:59, so its 08:00 today is still ahead (and at least an hour away)
    // whatever the hour the test runs at: a fixed Tokyo failed from 23:00 UTC on (past 08:00 there, today's digest is due at once).
    const offsetHours = [...Array(27).keys()].map((i) => i - 12).find((o) => (new Date().getUTCHours() + o + 24) % 24 <= 6)!;
    const zone = offsetHours === 0 ? 'Etc/UTC' : `Etc/GMT${offsetHours > 0 ? '-' : '+'}${Math.abs(offsetHours)}`;
    await server.db.prisma.user.update({ where: { id: sam.userId }, data: { timeZone: zone } });
    await server.db.prisma.emailPreference.createMany({
      data: [
        { userId: sam.userId, category: 'NEW_PROPOSALS', frequency: 'DAILY_DIGEST' },
        { userId: sam.userId, category: 'PROPOSAL_UPDATES', frequency: 'DAILY_DIGEST' },
      ],
    });
    const proposals = [await propose(), await propose()];
    const held = (await Promise.all(proposals.map(samsEmailsFor))).flat();
    expect(held).toHaveLength(2);
    const isHeld = async () =>
      (await server.db.prisma.emailMessage.count({ where: { id: { in: held.map((r) => r.id) }, status: 'HELD_FOR_DIGEST' } })) === 2;
    await eventually(isHeld, 'both e-mails held for the digest');
    for (const row of held) expect(receivedWithId(row.messageId)).toEqual([]);

    // 08:01 there today (a fixed offset, no summer time), at least an hour away.
    const localNow = new Date(Date.now() + offsetHours * 60 * 60 * 1000);
    const morning = new Date(
      Date.UTC(localNow.getUTCFullYear(), localNow.getUTCMonth(), localNow.getUTCDate(), 8, 1) - offsetHours * 60 * 60 * 1000,
    );
    const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(morning);
    // At 07:30 there is no digest yet.
    expect(await writeDueDigests(server.db.sql, new Date(morning.getTime() - 31 * 60 * 1000))).toBe(0);
    expect(await isHeld()).toBe(true);

    writeFileSync(clockFile, String(morning.getTime() - Date.now()));
    const digestKey = `digest:${sam.userId}:${localDate}`;
    await eventually(
      async () => (await server.db.prisma.emailMessage.findUnique({ where: { dedupeKey: digestKey } }))?.status === 'SENT',
      'the digest sent',
    );
    const digest = await server.db.prisma.emailMessage.findUniqueOrThrow({ where: { dedupeKey: digestKey } });
    expect(digest).toMatchObject({ kind: 'digest', userId: sam.userId, data: { messageIds: held.map((r) => r.id) } });
    expect(receivedWithId(digest.messageId)).toHaveLength(1);
    expect(receivedWithId(digest.messageId)[0]!.to).toEqual([sam.email]);
    // It carries both held messages: a link to each proposal.
    for (const proposalId of proposals) expect(receivedWithId(digest.messageId)[0]!.parsed.text).toContain(`${server.url}/me/proposals/${pageId('Proposal', proposalId)}`);
    const carried = await server.db.prisma.emailMessage.findMany({ where: { id: { in: held.map((r) => r.id) } } });
    expect(carried.map((row) => [row.status, row.digestId])).toEqual(held.map(() => ['DIGESTED', digest.id]));
    for (const row of held) expect(receivedWithId(row.messageId)).toEqual([]);
    // One digest a day: the workers keep polling, and nothing more is written for that date.
    expect(await writeDueDigests(server.db.sql, new Date(morning.getTime() + 60 * 60 * 1000))).toBe(0);
    expect(await server.db.prisma.emailMessage.count({ where: { userId: sam.userId, kind: 'digest' } })).toBe(1);
  });
});

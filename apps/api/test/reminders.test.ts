// Issue 12, acceptance 2: reminders with a controllable clock, across a restart and with two processes on PostgreSQL.
// Two API processes share one database, one clock file (an offset every process adds to the time: see
// common/clock.ts) and a real SMTP server started here. The recruiter schedules three interviews through the API; the
// clock moves past each interview's T−24 h, one process is killed (SIGKILL) and started again, the clock moves past
// T−2 h. Each interview's candidate and recruiter receive exactly one 24 h and one 2 h reminder over SMTP, counted by
// the receiver and matched to the outbox by Message-ID.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { openDatabase, type Database } from '@shortlist/db/open-database';
import { simpleParser } from 'mailparser';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { describe, expect, inject, it } from 'vitest';
import { cleanups, freshDatabaseEnv, startAppProcess } from './app-process.ts';
import { createCandidateProfile, createProposal } from './factories.ts';
import { eventually } from './webhook-receiver.ts';

const engine = inject('shortlistTestDb');
const HOUR = 60 * 60 * 1000;
const INTERVIEWS = 3;
/** Rounds poll every 200 ms here; a sending round over SMTP takes well under this. */
const SETTLE_MS = 60_000;

interface ReceivedMail {
  messageId: string;
  to: string[];
}

/** A real SMTP server that keeps every message it accepts (no TLS, no auth: a local test receiver). */
async function startSmtpReceiver() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ messageId: mail.messageId ?? '', to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()) });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function graphql(url: string, cookie: string | null, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await response.json()) as any, setCookie: response.headers.get('set-cookie') };
}

async function signIn(url: string, email: string): Promise<string> {
  const { body, setCookie } = await graphql(url, null, 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', {
    input: { email, password: 'shortlist' },
  });
  expect(body.data.signIn.__typename).toBe('SignInSuccess');
  return setCookie!.split(';')[0]!;
}

describe.skipIf(engine !== 'postgres')('reminders across a restart and two processes (PostgreSQL only: PGlite is one process\'s embedded database)', () => {
  it('each interview\'s candidate and recruiter get exactly one 24 h and one 2 h reminder, with the clock moved forward, one process killed and started again', async () => {
    const clockDir = mkdtempSync(join(tmpdir(), 'shortlist-clock-'));
    cleanups.push(() => rmSync(clockDir, { recursive: true, force: true }));
    const clockFile = join(clockDir, 'offset-ms');
    const setClock = (offsetMs: number) => writeFileSync(clockFile, String(offsetMs));
    setClock(0);
    const smtp = await startSmtpReceiver();
    cleanups.push(() => smtp.close());

    const env: Record<string, string> = {
      ...(await freshDatabaseEnv()),
      SHORTLIST_TEST_CLOCK_FILE: clockFile,
      SHORTLIST_EMAIL_POLL_MS: '200',
      SMTP_URL: smtp.url,
    };
    const first = await startAppProcess(env); // migrates and seeds the demo agency
    const second = await startAppProcess(env);
    cleanups.push(() => second.stop());
    const db: Database = await openDatabase({ databaseUrl: env.DATABASE_URL });
    cleanups.push(() => db.close());
    const prisma = db.prisma;

    // Three accepted proposals of the demo recruiter, to candidates who have logins.
    const recruiter = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
    const jobs = await prisma.job.findMany({ where: { agencyId: recruiter.agencyId, status: 'OPEN' }, take: INTERVIEWS, orderBy: { id: 'asc' } });
    expect(jobs).toHaveLength(INTERVIEWS);
    const startOf = (i: number) => new Date(Date.now() + 48 * HOUR + i * 30 * 60 * 1000); // 48 h, 48.5 h, 49 h ahead
    const scheduled: Array<{ interviewId: string; candidateUserId: string; startsAt: Date }> = [];
    const cookies = [await signIn(first.url, recruiter.email), await signIn(second.url, recruiter.email)];
    for (let i = 0; i < INTERVIEWS; i++) {
      const user = await prisma.user.create({
        data: { agencyId: recruiter.agencyId, email: `reminded.${randomUUID()}@example.test`, name: `Reminded Candidate ${i}`, role: 'CANDIDATE', passwordHash: 'x', timeZone: 'Europe/Berlin' },
      });
      const candidate = await createCandidateProfile(prisma, recruiter.agencyId, [], { userId: user.id });
      const proposal = await createProposal(prisma, { agencyId: recruiter.agencyId, jobId: jobs[i]!.id, candidateId: candidate.id, recruiterId: recruiter.id }, { status: 'ACCEPTED' });
      const startsAt = startOf(i);
      // Alternate the processes: either one's change is planned by whichever holds the planner's cursor.
      const app = i % 2 === 0 ? first : second;
      const { body } = await graphql(
        app.url,
        cookies[i % 2]!,
        `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) {
           __typename ... on Error { message } ... on ScheduleInterviewSuccess { interview { id } } } }`,
        {
          input: {
            proposalId: encodeGlobalID('Proposal', proposal.id),
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
            timeZone: 'Europe/Berlin',
            format: 'VIDEO',
            location: 'https://meet.example.com/reminders',
          },
        },
      );
      expect(body.data?.scheduleInterview?.__typename, JSON.stringify(body)).toBe('ScheduleInterviewSuccess');
      const interview = await prisma.interview.findFirstOrThrow({ where: { proposalId: proposal.id } });
      scheduled.push({ interviewId: interview.id, candidateUserId: user.id, startsAt });
    }
    const interviewIds = scheduled.map((s) => s.interviewId);

    /** The outbox rows of these interviews whose Message-ID the SMTP server received, and how often each arrived. */
    const receivedRows = async (kind: string) => {
      const rows = await prisma.emailMessage.findMany({ where: { interviewId: { in: interviewIds }, kind } });
      const timesReceived = (messageId: string) => smtp.received.filter((mail) => mail.messageId === messageId).length;
      return rows.map((row) => ({ interviewId: row.interviewId!, userId: row.userId, status: row.status, times: timesReceived(row.messageId) }));
    };
    const waitForReceived = (kind: string) =>
      eventually(async () => {
        const rows = await receivedRows(kind);
        return rows.length === 2 * INTERVIEWS && rows.every((row) => row.status === 'SENT' && row.times >= 1) && rows;
      }, `${2 * INTERVIEWS} ${kind} e-mails received`, SETTLE_MS);
    const expected = scheduled.flatMap((s) => [s.candidateUserId, recruiter.id].map((userId) => ({ interviewId: s.interviewId, userId }))).sort(byKey);

    // The invites go at once; no reminder is due yet.
    await waitForReceived('interview.invite');
    expect(await prisma.emailMessage.count({ where: { interviewId: { in: interviewIds }, kind: { startsWith: 'reminder.' }, status: { not: 'PENDING' } } })).toBe(0);

    // Past every T−24 h (24 h, 24.5 h, 25 h ahead) but before any T−2 h: the 24 h reminders go, each once.
    setClock(25.5 * HOUR);
    const after24h = await waitForReceived('reminder.interview.24h');
    expect(await prisma.emailMessage.count({ where: { interviewId: { in: interviewIds }, kind: 'reminder.interview.2h', status: 'PENDING' } })).toBe(2 * INTERVIEWS);

    // A crash and a restart of one process.
    expect(await first.kill('SIGKILL')).toBe('SIGKILL');
    const restarted = await startAppProcess(env);
    cleanups.push(() => restarted.stop());

    // Past every T−2 h (46 h, 46.5 h, 47 h ahead), before any start: the 2 h reminders go, each once.
    setClock(47.5 * HOUR);
    const after2h = await waitForReceived('reminder.interview.2h');
    // A few more rounds of both processes (poll 200 ms) must not send anything again.
    await new Promise((resolve) => setTimeout(resolve, 3000));

    for (const [kind, before] of [['reminder.interview.24h', after24h], ['reminder.interview.2h', after2h]] as const) {
      const rows = await receivedRows(kind);
      expect(rows.map(({ interviewId, userId }) => ({ interviewId, userId })).sort(byKey), kind).toEqual(expected);
      expect(rows.map((row) => row.times), `${kind}: times each reminder arrived`).toEqual(rows.map(() => 1));
      expect(rows.length).toBe(before.length);
    }
    // Every reminder went to its own recipient, and the receiver got no reminder the outbox does not know of.
    const emailOf = new Map((await prisma.user.findMany({ where: { id: { in: expected.map((e) => e.userId) } } })).map((u) => [u.id, u.email.toLowerCase()]));
    const reminders = await prisma.emailMessage.findMany({ where: { interviewId: { in: interviewIds }, kind: { startsWith: 'reminder.' } } });
    for (const row of reminders) expect(smtp.received.find((mail) => mail.messageId === row.messageId)?.to).toEqual([emailOf.get(row.userId)]);
    const known = new Set((await prisma.emailMessage.findMany({ select: { messageId: true } })).map((m) => m.messageId));
    expect(smtp.received.filter((mail) => !known.has(mail.messageId))).toEqual([]);
    console.log(`reminders: ${smtp.received.length} messages over SMTP, ${reminders.length} reminders for ${INTERVIEWS} interviews, each received once`);
  }, 240_000);
});

function byKey(a: { interviewId: string; userId: string }, b: { interviewId: string; userId: string }) {
  return `${a.interviewId}:${a.userId}`.localeCompare(`${b.interviewId}:${b.userId}`);
}

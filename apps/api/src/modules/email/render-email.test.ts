// The e-mails as their recipients read them, rendered from outbox rows over a real database on each engine: the words
// in the reader's zone, the page to act on as a button (and as a URL in the plain text), the unsubscribe link, the
// calendar invite, and nothing at all when a reminder is no longer true.
import type { EmailCategory, Prisma } from '@shortlist/db/prisma';
import { pageId } from './email-links.ts';
import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import ical, { type VEvent } from 'node-ical';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createCandidateProfile, createClientCompany, createInterview, createJob, createProposal } from '../../../test/factories.ts';
import type { EmailKind } from './queue-email.ts';
import { newMessageId } from './queue-email.ts';
import { renderEmail } from './render-email.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let db: TestDatabase;
let agencyId: string;
let agencyName: string;
let jobId: string;
let recruiter: { id: string; email: string; unsubscribeToken: string };

beforeAll(async () => {
  db = await createTestDatabase('migrated');
  const agency = await createAgency(db.prisma);
  ({ id: agencyId, name: agencyName } = agency);
  const client = await createClientCompany(db.prisma, agencyId, `Kestrel Logistics ${randomUUID().slice(0, 4)}`);
  jobId = (await createJob(db.prisma, agencyId, client.id)).id;
  recruiter = await createUser('RECRUITER', 'Europe/London');
});
afterAll(async () => {
  await db?.close();
});

function createUser(role: 'RECRUITER' | 'CANDIDATE', timeZone: string) {
  return db.prisma.user.create({
    data: { agencyId, email: `${role.toLowerCase()}.${randomUUID()}@example.test`, name: `${role === 'CANDIDATE' ? 'Sam' : 'Riley'} ${randomUUID().slice(0, 4)}`, role, passwordHash: 'x', timeZone },
  });
}

/** A candidate with a login in Berlin, proposed for the job by the London recruiter. */
async function candidateProposal(overrides: Prisma.ProposalUncheckedCreateInput | object = { status: 'INTERVIEWING' }) {
  const user = await createUser('CANDIDATE', 'Europe/Berlin');
  const profile = await createCandidateProfile(db.prisma, agencyId, [], { userId: user.id, fullName: user.name, email: user.email });
  const proposal = await createProposal(db.prisma, { agencyId, jobId, candidateId: profile.id, recruiterId: recruiter.id }, overrides);
  return { user, proposal };
}

function outbox(userId: string, kind: EmailKind, category: EmailCategory, refs: { notificationId?: string; proposalId?: string; interviewId?: string }, data: Prisma.InputJsonValue = {}) {
  return db.prisma.emailMessage.create({
    data: { agencyId, userId, kind, category, dedupeKey: `${kind}:${randomUUID()}`, messageId: newMessageId(), data, ...refs },
  });
}

/** 14:00 UTC some days ahead, in December: 15:00 in Berlin, 14:00 in London. */
function winterAfternoon(daysAhead: number): Date {
  const day = new Date(Date.now() + daysAhead * DAY);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 14, 0));
}

describe('a notification e-mail', () => {
  it('has the title as subject, the whole body, a button to the reader’s proposal page and the unsubscribe link, with the links as URLs in the plain text', async () => {
    const { user, proposal } = await candidateProposal({ status: 'PROPOSED' });
    const body = `${'We think this role fits you. '.repeat(80)}The end of a long message.`;
    const notification = await db.prisma.notification.create({ data: { agencyId, userId: user.id, proposalId: proposal.id, title: 'New proposal: Kestrel Logistics', body } });
    const message = await outbox(user.id, 'notification', 'NEW_PROPOSALS', { notificationId: notification.id, proposalId: proposal.id });

    const email = await renderEmail(db.prisma, message);
    expect(email).not.toBeNull();
    expect(email!.to.address).toBe(user.email);
    expect(email!.subject).toBe('New proposal: Kestrel Logistics');
    expect(email!.text).toContain(agencyName);
    expect(email!.text).toContain('The end of a long message.');
    expect(email!.html).toContain('The end of a long message.');
    const page = `/me/proposals/${pageId('Proposal', proposal.id)}`;
    expect(email!.html).toContain(page);
    expect(email!.text).toMatch(new RegExp(`Open the proposal\\s+\\[?https?://[^\\s\\]]+${page}`));
    expect(email!.unsubscribeUrl).toContain(`token=${user.unsubscribeToken}`);
    expect(email!.unsubscribeUrl).toContain('category=NEW_PROPOSALS');
    expect(email!.text).toContain(email!.unsubscribeUrl!);
    expect(email!.html).toContain(email!.unsubscribeUrl!.replaceAll('&', '&amp;'));
    expect(email!.text).toContain('/settings/notifications');
  });

  it('links staff to the recruiter’s page of the proposal', async () => {
    const { proposal } = await candidateProposal({ status: 'PROPOSED' });
    const notification = await db.prisma.notification.create({ data: { agencyId, userId: recruiter.id, proposalId: proposal.id, title: 'Sam accepted', body: 'Sam picked a time.' } });
    const email = await renderEmail(db.prisma, await outbox(recruiter.id, 'notification', 'PROPOSAL_UPDATES', { notificationId: notification.id, proposalId: proposal.id }));
    expect(email!.text).toContain(`/recruiter/proposals/${pageId('Proposal', proposal.id)}`);
    expect(email!.text).not.toContain('/me/proposals/');
  });
});

describe('an interview invite', () => {
  it('shows the candidate in Berlin the Berlin time and the recruiter in London the London time, with a REQUEST invite for the same instant', async () => {
    const { user, proposal } = await candidateProposal();
    const startsAt = winterAfternoon(6);
    const interview = await createInterview(db.prisma, proposal, startsAt);
    const data = { sequence: interview.calendarSequence, reason: 'scheduled' };
    // The candidate took the time the recruiter offered.
    await db.prisma.activityEvent.create({
      data: { agencyId, proposalId: proposal.id, interviewId: interview.id, actorKind: 'USER', actorUserId: user.id, actorParty: 'CANDIDATE', action: 'interview.scheduled', toStatus: 'SCHEDULED' },
    });

    const toCandidate = await renderEmail(db.prisma, await outbox(user.id, 'interview.invite', 'INTERVIEWS', { interviewId: interview.id, proposalId: proposal.id }, data));
    const toRecruiter = await renderEmail(db.prisma, await outbox(recruiter.id, 'interview.invite', 'INTERVIEWS', { interviewId: interview.id, proposalId: proposal.id }, data));

    expect(toCandidate!.text).toContain('15:00–15:45 (Europe/Berlin)');
    expect(toCandidate!.text).not.toContain('Europe/London');
    expect(toRecruiter!.text).toContain('14:00–14:45 (Europe/London)');
    expect(toRecruiter!.text).not.toContain('15:00');
    expect(toCandidate!.text).toMatch(/You picked \w+day, .+ for your interview with Kestrel Logistics/);
    expect(toRecruiter!.text).toContain(`${user.name} picked `);
    expect(toRecruiter!.text).toMatch(/for their interview with Kestrel Logistics .*It is confirmed\./);
    // The candidate's ways out: their interview's page; the recruiter acts on the proposal's.
    expect(toCandidate!.text).toContain(`/me/interviews/${pageId('Interview', interview.id)}`);
    expect(toCandidate!.text).toMatch(/ask for a new time or cancel properly/);
    expect(toRecruiter!.text).toContain(`/recruiter/proposals/${pageId('Proposal', proposal.id)}`);
    expect(toCandidate!.unsubscribeUrl).toContain('category=INTERVIEWS');

    for (const email of [toCandidate!, toRecruiter!]) {
      expect(email.calendar?.method).toBe('REQUEST');
      const event = Object.values(ical.sync.parseICS(email.calendar!.content)).find((c): c is VEvent => c?.type === 'VEVENT')!;
      expect(event.start.toISOString()).toBe(startsAt.toISOString());
    }
  });

  it('says the interview moved, from when to when, with the reason and message, by the recruiter', async () => {
    const { user, proposal } = await candidateProposal();
    const old = await createInterview(db.prisma, proposal, winterAfternoon(5));
    await db.prisma.interview.update({ where: { id: old.id }, data: { status: 'NEEDS_RESCHEDULING' } });
    await db.prisma.activityEvent.create({
      data: { agencyId, proposalId: proposal.id, interviewId: old.id, actorKind: 'USER', actorUserId: recruiter.id, actorParty: 'RECRUITER', action: 'interview.reschedule_requested', reasonText: 'The hiring manager is travelling', message: 'Sorry for the change, same call link.' },
    });
    const moved = await db.prisma.interview.create({
      data: { agencyId, proposalId: proposal.id, rescheduledFromId: old.id, startsAt: winterAfternoon(8), endsAt: new Date(winterAfternoon(8).getTime() + HOUR), timeZone: 'Europe/Berlin', format: 'VIDEO', location: 'https://meet.example.com/x', calendarUid: old.calendarUid, calendarSequence: old.calendarSequence + 1 },
    });
    const email = await renderEmail(db.prisma, await outbox(user.id, 'interview.invite', 'INTERVIEWS', { interviewId: moved.id }, { sequence: moved.calendarSequence, reason: 'moved' }));
    expect(email!.subject).toMatch(/^Interview moved: /);
    expect(email!.text).toMatch(/moved your interview with Kestrel Logistics .* to a new time/);
    expect(email!.text).toContain('15:00–16:00 (Europe/Berlin)');
    expect(email!.text).toContain('15:00–15:45 (Europe/Berlin)'); // the old time, under "Was"
    expect(email!.text).toContain('Reason: The hiring manager is travelling');
    expect(email!.text).toContain('Sorry for the change, same call link.');
  });
});

describe('a cancellation', () => {
  it('carries a METHOD CANCEL and says who cancelled, why, with their message', async () => {
    const { user, proposal } = await candidateProposal();
    const interview = await createInterview(db.prisma, proposal, winterAfternoon(4));
    await db.prisma.interview.update({
      where: { id: interview.id },
      data: { status: 'CANCELLED', cancelledBy: 'RECRUITER', cancellationReason: 'INTERVIEWER_UNAVAILABLE', cancellationMessage: 'The panel is unavailable; we will propose new times.', cancelledAt: new Date(), noticeGivenMinutes: 4 * 24 * 60, isLateCancellation: false, calendarSequence: { increment: 1 } },
    });
    await db.prisma.activityEvent.create({ data: { agencyId, proposalId: proposal.id, interviewId: interview.id, actorKind: 'USER', actorUserId: recruiter.id, actorParty: 'RECRUITER', action: 'interview.cancelled' } });
    const email = await renderEmail(db.prisma, await outbox(user.id, 'interview.cancel', 'INTERVIEWS', { interviewId: interview.id }, { sequence: interview.calendarSequence + 1 }));
    expect(email!.subject).toMatch(/^Interview cancelled: /);
    expect(email!.text).toMatch(/Riley \w+ cancelled your interview/);
    expect(email!.text).toContain('The panel is unavailable; we will propose new times.');
    expect(email!.text).toContain(`Notice given: 4 days before the start: within ${agencyName}'s 24-hour policy.`);
    expect(email!.calendar?.method).toBe('CANCEL');
    expect(email!.calendar!.content).toContain('STATUS:CANCELLED');
  });
});

describe('reminders', () => {
  it('remind the candidate a day before in their zone, with the way to ask for a new time or cancel, and render nothing once the interview moved or was cancelled', async () => {
    const { user, proposal } = await candidateProposal();
    const startsAt = winterAfternoon(3);
    const interview = await createInterview(db.prisma, proposal, startsAt);
    const reminder = await outbox(user.id, 'reminder.interview.24h', 'REMINDERS', { interviewId: interview.id }, { startsAt: startsAt.toISOString(), sequence: 0 });

    const email = await renderEmail(db.prisma, reminder);
    expect(email!.subject).toMatch(/^Tomorrow at 15:00: your interview with Kestrel Logistics/);
    expect(email!.text).toContain(`/me/interviews/${pageId('Interview', interview.id)}`);
    expect(email!.unsubscribeUrl).toContain('category=REMINDERS');

    await db.prisma.interview.update({ where: { id: interview.id }, data: { startsAt: new Date(startsAt.getTime() + DAY), endsAt: new Date(startsAt.getTime() + DAY + HOUR) } });
    expect(await renderEmail(db.prisma, reminder)).toBeNull();

    const other = await createInterview(db.prisma, (await candidateProposal()).proposal, startsAt);
    const twoHours = await outbox(recruiter.id, 'reminder.interview.2h', 'REMINDERS', { interviewId: other.id }, { startsAt: startsAt.toISOString(), sequence: 0 });
    expect(await renderEmail(db.prisma, twoHours)).not.toBeNull();
    await db.prisma.interview.update({ where: { id: other.id }, data: { status: 'CANCELLED' } });
    expect(await renderEmail(db.prisma, twoHours)).toBeNull();
  });

  it('remind the candidate to answer a proposal by its respond-by in their zone, and not once they answered', async () => {
    const respondBy = winterAfternoon(2);
    const { user, proposal } = await candidateProposal({ status: 'PROPOSED', respondBy });
    const reminder = await outbox(user.id, 'reminder.respond_by', 'REMINDERS', { proposalId: proposal.id }, { expiresAt: respondBy.toISOString() });
    const email = await renderEmail(db.prisma, reminder);
    expect(email!.subject).toContain('15:00 (Europe/Berlin)');
    expect(email!.text).toContain(`/me/proposals/${pageId('Proposal', proposal.id)}`);

    await db.prisma.proposal.update({ where: { id: proposal.id }, data: { status: 'ACCEPTED' } });
    expect(await renderEmail(db.prisma, reminder)).toBeNull();
  });
});

describe('a digest', () => {
  it('lists each held message with its subject and link, and is nothing when none of them is still true', async () => {
    const { user, proposal } = await candidateProposal({ status: 'PROPOSED' });
    const notification = await db.prisma.notification.create({ data: { agencyId, userId: user.id, proposalId: proposal.id, title: 'New proposal: Kestrel Logistics', body: 'Have a look.' } });
    const held = await outbox(user.id, 'notification', 'NEW_PROPOSALS', { notificationId: notification.id, proposalId: proposal.id });
    const digest = await outbox(user.id, 'digest', 'NEW_PROPOSALS', {}, { messageIds: [held.id] });
    const email = await renderEmail(db.prisma, digest);
    expect(email!.subject).toContain('New proposal: Kestrel Logistics');
    expect(email!.text).toContain(`/me/proposals/${pageId('Proposal', proposal.id)}`);
    expect(email!.unsubscribeUrl).toBeTruthy();

    expect(await renderEmail(db.prisma, await outbox(user.id, 'digest', 'NEW_PROPOSALS', {}, { messageIds: [] }))).toBeNull();
  });
});

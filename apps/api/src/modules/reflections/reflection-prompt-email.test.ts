// "How did it go?" by e-mail: the planner queues the prompt for the candidate an hour after the interview ends, and the
// sender renders it with a link to the reflection page that names the interview as the web app reads it; once the
// reflection is written (or the interview did not take place) it is no longer sent.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { appendChanges } from '@shortlist/db/change-log/append-changes';
import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAgency, createCandidateProfile, createClientCompany, createInterview, createJob, createProposal } from '../../../test/factories.ts';
import { ensureEmailConsumer, planEmails } from '../email/plan-emails.ts';
import { renderEmail } from '../email/render-email.ts';

const engine = inject('shortlistTestDb');
const HOUR = 60 * 60 * 1000;
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase('migrated');
  await ensureEmailConsumer(db.sql);
}, 120_000);
afterAll(async () => {
  await db?.close();
});

async function scheduledInterview(startsAt: Date) {
  const agency = await createAgency(db.prisma);
  const client = await createClientCompany(db.prisma, agency.id, 'Acme');
  const job = await createJob(db.prisma, agency.id, client.id, { title: 'Platform Engineer' });
  const user = (role: 'RECRUITER' | 'CANDIDATE') =>
    db.prisma.user.create({ data: { agencyId: agency.id, email: `${role.toLowerCase()}.${randomUUID()}@example.test`, name: `A ${role}`, role, passwordHash: 'x' } });
  const recruiter = await user('RECRUITER');
  const candidateUser = await user('CANDIDATE');
  const candidate = await createCandidateProfile(db.prisma, agency.id, [], { userId: candidateUser.id });
  const proposal = await createProposal(db.prisma, { agencyId: agency.id, jobId: job.id, candidateId: candidate.id, recruiterId: recruiter.id }, { status: 'INTERVIEWING' });
  const interview = await createInterview(db.prisma, proposal, startsAt);
  await appendChanges(db.prisma, [{ agencyId: agency.id, entity: 'INTERVIEW', entityId: interview.id, kind: 'interview.scheduled', actorUserId: recruiter.id }]);
  return { interview, candidate, candidateUser };
}

async function planAll(now: Date) {
  for (;;) if ((await planEmails(db.sql, now)).entriesRead === 0) return;
}

describe(`the reflection prompt e-mail (${engine})`, () => {
  it('is queued for the candidate an hour after the end and renders "How did it go?" with a link to the reflection page', async () => {
    const { interview, candidate, candidateUser } = await scheduledInterview(new Date(Date.now() + 2 * 24 * HOUR));
    await planAll(new Date());
    const prompt = await db.prisma.emailMessage.findFirstOrThrow({ where: { interviewId: interview.id, kind: 'reflection.prompt' } });
    expect(prompt).toMatchObject({ userId: candidateUser.id, category: 'REMINDERS', status: 'PENDING', dueAt: new Date(interview.endsAt.getTime() + HOUR) });

    // Not true before the interview has ended.
    expect(await renderEmail(db.prisma, prompt, new Date())).toBeNull();
    const due = new Date(interview.endsAt.getTime() + HOUR);
    const rendered = await renderEmail(db.prisma, prompt, due);
    expect(rendered?.subject).toBe('How did it go? Your interview for Platform Engineer at Acme');
    expect(rendered?.text).toContain('every interview is practice');
    const link = rendered!.actionUrl!;
    const match = /\/me\/interviews\/([^/]+)\/reflection$/.exec(link);
    expect(match).not.toBeNull();
    expect(decodeGlobalID(decodeURIComponent(match![1]!))).toEqual({ typename: 'Interview', id: interview.id });
    expect(rendered!.html).toContain(link.replace(/&/g, '&amp;'));

    // Written already: nothing to ask.
    await db.prisma.interviewReflection.create({ data: { agencyId: interview.agencyId, interviewId: interview.id, candidateId: candidate.id, feeling: 'GOOD' } });
    expect(await renderEmail(db.prisma, prompt, due)).toBeNull();
  });

  it('is cancelled with the interview, and is not sent for one that did not take place', async () => {
    const { interview } = await scheduledInterview(new Date(Date.now() + 2 * 24 * HOUR));
    await planAll(new Date());
    await db.prisma.interview.update({ where: { id: interview.id }, data: { status: 'CANCELLED' } });
    await appendChanges(db.prisma, [{ agencyId: interview.agencyId, entity: 'INTERVIEW', entityId: interview.id, kind: 'interview.cancelled', actorUserId: null }]);
    await planAll(new Date());
    const prompt = await db.prisma.emailMessage.findFirstOrThrow({ where: { interviewId: interview.id, kind: 'reflection.prompt' } });
    expect(prompt.status).toBe('CANCELLED');
    expect(await renderEmail(db.prisma, prompt, new Date(interview.endsAt.getTime() + HOUR))).toBeNull();
  });
});

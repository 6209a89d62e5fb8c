// The e-mail planner as a change-log consumer, on each engine: the entries the interview and proposal mutations write
// (appended here as they do, over rows made by the factories) become calendar invites and cancellations to both sides
// and reminders due 24 h and 2 h before an interview and 24 h before a respond-by; later entries cancel reminders that
// no longer hold; a repeated or crashed round queues nothing twice.
import { appendChanges, type ChangeInput } from '@shortlist/db/change-log/append-changes';
import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAgency, createCandidateProfile, createClientCompany, createInterview, createJob, createProposal } from '../../../test/factories.ts';
import type { SqlRunner } from '../webhooks/sql-over-prisma.ts';
import { EMAIL_CONSUMER, ensureEmailConsumer, planEmails } from './plan-emails.ts';

const engine = inject('shortlistTestDb');
const HOUR = 60 * 60 * 1000;

let db: TestDatabase;
let agencyId: string;
let jobId: string;
let recruiterId: string;
let adminId: string;

beforeAll(async () => {
  db = await createTestDatabase('migrated');
  await ensureEmailConsumer(db.sql); // as a running process would have: changes from here on are planned
  const agency = await createAgency(db.prisma);
  agencyId = agency.id;
  const client = await createClientCompany(db.prisma, agencyId);
  jobId = (await createJob(db.prisma, agencyId, client.id)).id;
  recruiterId = (await createUser('RECRUITER')).id;
  adminId = (await createUser('ADMIN')).id;
});
afterAll(async () => {
  await db?.close();
});

function createUser(role: 'ADMIN' | 'RECRUITER' | 'CANDIDATE', inAgency = () => agencyId) {
  return db.prisma.user.create({ data: { agencyId: inAgency(), email: `${role.toLowerCase()}.${randomUUID()}@example.test`, name: `A ${role}`, role, passwordHash: 'x' } });
}

/** A proposal to a candidate who has a login (or not), optionally with overrides such as its respond-by. */
async function proposal(options: { hasLogin?: boolean; respondBy?: Date } = {}) {
  const candidateUser = options.hasLogin === false ? null : await createUser('CANDIDATE');
  const candidate = await createCandidateProfile(db.prisma, agencyId, [], candidateUser ? { userId: candidateUser.id } : {});
  const created = await createProposal(
    db.prisma,
    { agencyId, jobId, candidateId: candidate.id, recruiterId },
    { status: 'INTERVIEWING', ...(options.respondBy ? { respondBy: options.respondBy, status: 'PROPOSED' } : {}) },
  );
  return { ...created, candidateUserId: candidateUser?.id ?? null };
}

async function change(entity: ChangeInput['entity'], entityId: string, kind: string, actorUserId: string | null = recruiterId) {
  await appendChanges(db.prisma, [{ agencyId, entity, entityId, kind, actorUserId }]);
}

/** Plans until the log is read to its end; returns the rows queued. */
async function plan(now = new Date(), sql: SqlRunner = db.sql) {
  let queued = 0;
  for (;;) {
    const result = await planEmails(sql, now);
    expect(result.hasRun).toBe(true);
    queued += result.emailsQueued;
    if (result.entriesRead === 0) return queued;
  }
}

const outboxOf = (where: { interviewId?: string; proposalId?: string }) =>
  db.prisma.emailMessage.findMany({ where, orderBy: [{ kind: 'asc' }, { dueAt: 'asc' }, { userId: 'asc' }] });

/** kind → recipient user IDs (sorted), for the rows in a status. */
async function mailOf(where: { interviewId?: string; proposalId?: string }, status = 'PENDING') {
  const byKind: Record<string, string[]> = {};
  for (const row of await outboxOf(where)) if (row.status === status) (byKind[row.kind] ??= []).push(row.userId);
  for (const users of Object.values(byKind)) users.sort();
  return byKind;
}
const both = (p: { candidateUserId: string | null }) => [p.candidateUserId!, recruiterId].sort();

describe(`planning invites and reminders from the change log (${engine})`, () => {
  it('a scheduled interview sends both sides an invite now and plans a 24 h and a 2 h reminder for each, in the outbox\'s categories', async () => {
    const p = await proposal();
    const startsAt = new Date(Date.now() + 3 * 24 * HOUR);
    const interview = await createInterview(db.prisma, p, startsAt);
    await change('INTERVIEW', interview.id, 'interview.scheduled');
    const now = new Date();
    await plan(now);

    const rows = await outboxOf({ interviewId: interview.id });
    expect(await mailOf({ interviewId: interview.id })).toEqual({
      'interview.invite': both(p),
      'reminder.interview.24h': both(p),
      'reminder.interview.2h': both(p),
      'reflection.prompt': [p.candidateUserId],
    });
    for (const row of rows) {
      expect(row).toMatchObject({ agencyId, proposalId: p.id, status: 'PENDING' });
      if (row.kind === 'reflection.prompt') {
        // "How did it go?": the candidate only, an hour after the end, once per interview and time.
        expect(row).toMatchObject({ category: 'REMINDERS', dueAt: new Date(interview.endsAt.getTime() + HOUR), data: { startsAt: startsAt.toISOString(), sequence: 0 } });
        expect(row.dedupeKey).toBe(`reflection.prompt:${interview.id}:${startsAt.toISOString()}`);
      } else if (row.kind === 'interview.invite') {
        expect(row).toMatchObject({ category: 'INTERVIEWS', dueAt: now, data: { sequence: 0, reason: 'scheduled' } });
        expect(row.dedupeKey).toBe(`invite:${interview.calendarUid}:0:${row.userId}`);
      } else {
        const lead = row.kind === 'reminder.interview.24h' ? 24 * HOUR : 2 * HOUR;
        expect(row).toMatchObject({ category: 'REMINDERS', dueAt: new Date(startsAt.getTime() - lead), data: { startsAt: startsAt.toISOString(), sequence: 0 } });
        expect(row.dedupeKey).toBe(`${row.kind}:${interview.id}:${startsAt.toISOString()}:${row.userId}`);
      }
    }
  });

  it('an interview scheduled 3 hours ahead gets only the 2 h reminder, one starting within 2 hours none, and nobody without a login is mailed', async () => {
    const soon = await proposal();
    const soonInterview = await createInterview(db.prisma, soon, new Date(Date.now() + 3 * HOUR));
    const sooner = await proposal();
    const soonerInterview = await createInterview(db.prisma, sooner, new Date(Date.now() + 90 * 60 * 1000));
    const noLogin = await proposal({ hasLogin: false });
    const noLoginInterview = await createInterview(db.prisma, noLogin, new Date(Date.now() + 3 * 24 * HOUR));
    for (const id of [soonInterview.id, soonerInterview.id, noLoginInterview.id]) await change('INTERVIEW', id, 'interview.scheduled');
    await plan();

    expect(await mailOf({ interviewId: soonInterview.id })).toEqual({ 'interview.invite': both(soon), 'reminder.interview.2h': both(soon), 'reflection.prompt': [soon.candidateUserId] });
    expect(await mailOf({ interviewId: soonerInterview.id })).toEqual({ 'interview.invite': both(sooner), 'reflection.prompt': [sooner.candidateUserId] });
    expect(await mailOf({ interviewId: noLoginInterview.id })).toEqual({
      'interview.invite': [recruiterId],
      'reminder.interview.24h': [recruiterId],
      'reminder.interview.2h': [recruiterId],
    });
  });

  it('judges lateness on the planner\'s clock: a day ahead of the database (a test clock), an interview 3 hours ahead of it gets only the 2 h reminder', async () => {
    const planner = new Date(Date.now() + 25 * HOUR);
    const p = await proposal();
    const interview = await createInterview(db.prisma, p, new Date(planner.getTime() + 3 * HOUR));
    await change('INTERVIEW', interview.id, 'interview.scheduled');
    await plan(planner);
    expect(await mailOf({ interviewId: interview.id })).toEqual({ 'interview.invite': both(p), 'reminder.interview.2h': both(p), 'reflection.prompt': [p.candidateUserId] });
  });

  it('whoever scheduled it gets the invite too (an admin acting for the recruiter), but not the reminders; another agency\'s user gets nothing', async () => {
    const p = await proposal();
    const interview = await createInterview(db.prisma, p, new Date(Date.now() + 3 * 24 * HOUR));
    await change('INTERVIEW', interview.id, 'interview.scheduled', adminId);
    const other = await createAgency(db.prisma);
    const outsider = await createUser('ADMIN', () => other.id);
    const p2 = await proposal();
    const interview2 = await createInterview(db.prisma, p2, new Date(Date.now() + 3 * 24 * HOUR));
    await change('INTERVIEW', interview2.id, 'interview.scheduled', outsider.id);
    await plan();

    expect(await mailOf({ interviewId: interview.id })).toEqual({
      'interview.invite': [...both(p), adminId].sort(),
      'reminder.interview.24h': both(p),
      'reminder.interview.2h': both(p),
      'reflection.prompt': [p.candidateUserId],
    });
    expect((await mailOf({ interviewId: interview2.id }))['interview.invite']).toEqual(both(p2));
  });

  it('a move (a new interview carrying the calendar UID with SEQUENCE+1) invites both sides again and replaces the old reminders', async () => {
    const p = await proposal();
    const old = await createInterview(db.prisma, p, new Date(Date.now() + 3 * 24 * HOUR));
    await change('INTERVIEW', old.id, 'interview.scheduled');
    await plan();

    const newStart = new Date(Date.now() + 5 * 24 * HOUR);
    await db.prisma.interview.update({ where: { id: old.id }, data: { status: 'NEEDS_RESCHEDULING' } });
    const moved = await db.prisma.interview.create({
      data: { ...pick(old), startsAt: newStart, endsAt: new Date(newStart.getTime() + HOUR), rescheduledFromId: old.id, calendarUid: old.calendarUid, calendarSequence: 1 },
    });
    await change('INTERVIEW', old.id, 'interview.reschedule_requested');
    await change('INTERVIEW', moved.id, 'interview.rescheduled');
    await plan();

    expect(await mailOf({ interviewId: old.id }, 'CANCELLED')).toEqual({
      'reminder.interview.24h': both(p),
      'reminder.interview.2h': both(p),
      'reflection.prompt': [p.candidateUserId],
    });
    expect(await mailOf({ interviewId: old.id })).toEqual({ 'interview.invite': both(p) }); // already on its way: not taken back
    expect(await mailOf({ interviewId: moved.id })).toEqual({
      'interview.invite': both(p),
      'reminder.interview.24h': both(p),
      'reminder.interview.2h': both(p),
      'reflection.prompt': [p.candidateUserId],
    });
    const invites = await db.prisma.emailMessage.findMany({ where: { interviewId: moved.id, kind: 'interview.invite' } });
    for (const invite of invites) {
      expect(invite.data).toEqual({ sequence: 1, reason: 'rescheduled' });
      expect(invite.dedupeKey).toBe(`invite:${old.calendarUid}:1:${invite.userId}`);
    }
    const reminder = await db.prisma.emailMessage.findFirstOrThrow({ where: { interviewId: moved.id, kind: 'reminder.interview.2h' } });
    expect(reminder.dueAt).toEqual(new Date(newStart.getTime() - 2 * HOUR));
  });

  it('a cancellation sends both sides the calendar cancellation and cancels the pending reminders and the reflection prompt; completed and no-show cancel the reminders but keep the prompt', async () => {
    const p = await proposal();
    const interview = await createInterview(db.prisma, p, new Date(Date.now() + 3 * 24 * HOUR));
    await change('INTERVIEW', interview.id, 'interview.scheduled');
    await plan();
    await db.prisma.interview.update({ where: { id: interview.id }, data: { status: 'CANCELLED', calendarSequence: 1 } });
    await change('INTERVIEW', interview.id, 'interview.cancelled', p.candidateUserId);
    await plan();

    expect(await mailOf({ interviewId: interview.id })).toEqual({ 'interview.invite': both(p), 'interview.cancel': both(p) });
    expect(await mailOf({ interviewId: interview.id }, 'CANCELLED')).toEqual({
      'reminder.interview.24h': both(p),
      'reminder.interview.2h': both(p),
      'reflection.prompt': [p.candidateUserId],
    });
    const cancels = await db.prisma.emailMessage.findMany({ where: { interviewId: interview.id, kind: 'interview.cancel' } });
    for (const cancel of cancels) {
      expect(cancel).toMatchObject({ category: 'INTERVIEWS', data: { sequence: 1 }, dedupeKey: `cancel:${interview.calendarUid}:1:${cancel.userId}` });
    }

    for (const [status, kind] of [['COMPLETED', 'interview.completed'], ['NO_SHOW', 'interview.no_show']] as const) {
      const q = await proposal();
      const done = await createInterview(db.prisma, q, new Date(Date.now() + 3 * 24 * HOUR));
      await change('INTERVIEW', done.id, 'interview.scheduled');
      await plan();
      await db.prisma.interview.update({ where: { id: done.id }, data: { status } });
      await change('INTERVIEW', done.id, kind);
      await plan();
      // Every interview that took place is practice, whatever happened: the candidate is still asked how it went.
      expect(await mailOf({ interviewId: done.id })).toEqual({ 'interview.invite': both(q), 'reflection.prompt': [q.candidateUserId] });
      expect(await mailOf({ interviewId: done.id }, 'CANCELLED')).toEqual({ 'reminder.interview.24h': both(q), 'reminder.interview.2h': both(q) });
    }
  });

  it('an interview scheduled and cancelled before the planner ran gets only the cancellation, and no reminders', async () => {
    const p = await proposal();
    const interview = await createInterview(db.prisma, p, new Date(Date.now() + 3 * 24 * HOUR));
    await change('INTERVIEW', interview.id, 'interview.scheduled');
    await db.prisma.interview.update({ where: { id: interview.id }, data: { status: 'CANCELLED', calendarSequence: 1 } });
    await change('INTERVIEW', interview.id, 'interview.cancelled');
    await plan();
    expect(await mailOf({ interviewId: interview.id })).toEqual({ 'interview.cancel': both(p) });
    expect(await mailOf({ interviewId: interview.id }, 'CANCELLED')).toEqual({});
  });

  it('a proposal answerable for 7 days reminds the candidate 24 h before its respond-by; an answer cancels it; a window under a day gets none', async () => {
    const respondBy = new Date(Date.now() + 7 * 24 * HOUR);
    const p = await proposal({ respondBy });
    await change('PROPOSAL', p.id, 'proposal.proposed');
    const short = await proposal({ respondBy: new Date(Date.now() + 20 * HOUR) });
    await change('PROPOSAL', short.id, 'proposal.proposed');
    await plan();

    const [reminder, ...others] = await outboxOf({ proposalId: p.id });
    expect(others).toEqual([]);
    expect(reminder).toMatchObject({
      kind: 'reminder.respond_by',
      category: 'REMINDERS',
      userId: p.candidateUserId,
      status: 'PENDING',
      dueAt: new Date(respondBy.getTime() - 24 * HOUR),
      data: { expiresAt: respondBy.toISOString() },
      dedupeKey: `reminder.respond_by:${p.id}:${respondBy.toISOString()}:${p.candidateUserId}`,
    });
    expect(await outboxOf({ proposalId: short.id })).toEqual([]);

    await db.prisma.proposal.update({ where: { id: p.id }, data: { status: 'DECLINED' } });
    await change('PROPOSAL', p.id, 'proposal.declined', p.candidateUserId);
    await plan();
    expect(await mailOf({ proposalId: p.id }, 'CANCELLED')).toEqual({ 'reminder.respond_by': [p.candidateUserId] });
  });

  it('a proposal that closes (withdrawn) cancels its interview\'s reminders as well', async () => {
    const p = await proposal();
    const interview = await createInterview(db.prisma, p, new Date(Date.now() + 3 * 24 * HOUR));
    await change('INTERVIEW', interview.id, 'interview.scheduled');
    await plan();
    await db.prisma.proposal.update({ where: { id: p.id }, data: { status: 'WITHDRAWN' } });
    await change('PROPOSAL', p.id, 'proposal.withdrawn');
    await plan();
    expect(await mailOf({ interviewId: interview.id }, 'CANCELLED')).toEqual({ 'reminder.interview.24h': both(p), 'reminder.interview.2h': both(p) });
  });

  it('a round that crashes before commit queues nothing and keeps its cursor; the next round plans the same entries once, and another round nothing more', async () => {
    const p = await proposal();
    const interview = await createInterview(db.prisma, p, new Date(Date.now() + 3 * 24 * HOUR));
    await change('INTERVIEW', interview.id, 'interview.scheduled');
    const cursorBefore = await cursor();
    const crashing: SqlRunner = {
      query: (sql, params) => db.sql.query(sql, params),
      transaction: (fn) =>
        db.sql.transaction(async (tx) => {
          await fn(tx);
          throw new Error('process died before commit');
        }),
    };
    await expect(planEmails(crashing, new Date())).rejects.toThrow('process died before commit');
    expect(await outboxOf({ interviewId: interview.id })).toEqual([]);
    expect(await cursor()).toBe(cursorBefore);

    expect(await plan()).toBe(7);
    expect(await cursor()).not.toBe(cursorBefore);
    const planned = await outboxOf({ interviewId: interview.id });
    expect(planned).toHaveLength(7);

    // The same entries read again (a cursor moved back, as after restoring a backup) change nothing.
    await db.sql.query(`UPDATE "ChangeConsumer" SET "position" = $2::bigint WHERE "name" = $1`, [EMAIL_CONSUMER, cursorBefore]);
    expect(await plan()).toBe(0);
    expect(await outboxOf({ interviewId: interview.id })).toEqual(planned);
  });
});

const cursor = async () =>
  (await db.sql.query<{ position: string }>(`SELECT "position"::text AS "position" FROM "ChangeConsumer" WHERE "name" = $1`, [EMAIL_CONSUMER]))[0]!.position;

function pick(interview: { agencyId: string; proposalId: string; timeZone: string; format: 'VIDEO' | 'PHONE' | 'ONSITE'; location: string | null }) {
  const { agencyId, proposalId, timeZone, format, location } = interview;
  return { agencyId, proposalId, timeZone, format, location };
}

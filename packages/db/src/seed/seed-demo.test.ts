import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchResult } from '@shortlist/domain/matching';
import { verifyPassword } from '../auth/verify-password.ts';
import { InterviewStatus, ProposalStatus } from '../generated/prisma/enums.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { DEMO_PASSWORD } from './seed-demo.ts';

let db: TestDatabase;
const now = new Date();
beforeAll(async () => {
  db = await createTestDatabase('demo');
});
afterAll(async () => {
  await db?.close();
});

describe('the demo data', () => {
  it('has the documented logins, with their roles and agencies, and the password "shortlist" signs each of them in', async () => {
    const logins = await db.prisma.user.findMany({
      where: { email: { in: ['recruiter@shortlist.test', 'admin@shortlist.test', 'candidate@shortlist.test', 'recruiter@otheragency.test'] } },
      include: { agency: true, candidateProfile: true },
      orderBy: { email: 'asc' },
    });
    expect(logins.map((u) => [u.email, u.role, u.agency.name])).toEqual([
      ['admin@shortlist.test', 'ADMIN', 'Northwind Talent'],
      ['candidate@shortlist.test', 'CANDIDATE', 'Northwind Talent'],
      ['recruiter@otheragency.test', 'RECRUITER', 'Harbor & Finch Staffing'],
      ['recruiter@shortlist.test', 'RECRUITER', 'Northwind Talent'],
    ]);
    for (const user of logins) expect(await verifyPassword(DEMO_PASSWORD, user.passwordHash), user.email).toBe(true);
    expect(await verifyPassword('not-the-password', logins[0]!.passwordHash)).toBe(false);
    const candidate = logins.find((u) => u.role === 'CANDIDATE')!;
    expect(candidate.candidateProfile).toMatchObject({ fullName: 'Sam Okafor', timeZone: 'Europe/Berlin', agencyId: candidate.agencyId });
  });

  it('has two agencies with their cancellation policies, about ten clients, sixty jobs and three hundred candidates', async () => {
    const agencies = await db.prisma.agency.findMany({ include: { cancellationPolicy: true }, orderBy: { slug: 'asc' } });
    expect(agencies.map((a) => [a.slug, a.cancellationPolicy?.lateNoticeMinutes, a.cancellationPolicy?.noShowGraceMinutes])).toEqual([
      ['harbor-finch', 720, 15],
      ['northwind', 1440, 15],
    ]);
    const perAgency = async (count: (agencyId: string) => Promise<number>) => Promise.all(agencies.map((a) => count(a.id)));
    expect(await perAgency((agencyId) => db.prisma.clientCompany.count({ where: { agencyId } }))).toEqual([3, 7]);
    const [harborJobs, northwindJobs] = await perAgency((agencyId) => db.prisma.job.count({ where: { agencyId } }));
    expect(northwindJobs).toBeGreaterThanOrEqual(40);
    expect(harborJobs).toBeGreaterThanOrEqual(12);
    const [harborCandidates, northwindCandidates] = await perAgency((agencyId) => db.prisma.candidateProfile.count({ where: { agencyId } }));
    expect(northwindCandidates).toBeGreaterThanOrEqual(220);
    expect(harborCandidates).toBeGreaterThanOrEqual(50);
    expect(await db.prisma.clientContact.count()).toBeGreaterThanOrEqual(10);
    expect(await db.prisma.user.count({ where: { role: 'RECRUITER' } })).toBe(5);
  });

  it('has the skill taxonomy with aliases, related skills and parents', async () => {
    expect(await db.prisma.skill.count()).toBeGreaterThanOrEqual(300);
    const kubernetes = await db.prisma.skill.findUniqueOrThrow({ where: { id: 'kubernetes' } });
    expect(kubernetes.aliases).toContain('k8s');
    const mysqlToPostgres = await db.prisma.skillLink.findMany({ where: { skillId: 'mysql', linkedSkillId: 'postgresql' } });
    expect(mysqlToPostgres.map((l) => l.kind)).toEqual(['RELATED']);
    expect(mysqlToPostgres[0]!.weight).toBeGreaterThan(0);
    expect(mysqlToPostgres[0]!.weight).toBeLessThan(1);
    const parents = await db.prisma.skillLink.findMany({ where: { kind: 'PARENT' } });
    expect(parents.length).toBeGreaterThan(100);
    expect(parents.every((l) => l.weight === 1)).toBe(true);
  });

  it('has jobs in every status, published unless drafts, with two to five must-haves each', async () => {
    const jobs = await db.prisma.job.findMany({ include: { skills: true } });
    expect(new Set(jobs.map((j) => j.status))).toEqual(new Set(['DRAFT', 'OPEN', 'ON_HOLD', 'FILLED', 'CLOSED']));
    for (const job of jobs) {
      expect(job.publishedAt === null, job.title).toBe(job.status === 'DRAFT');
      const mustHaves = job.skills.filter((s) => s.requirement === 'MUST_HAVE');
      expect(mustHaves.length, job.title).toBeGreaterThanOrEqual(2);
      expect(mustHaves.length, job.title).toBeLessThanOrEqual(5);
      expect(mustHaves.every((s) => s.minLevel! >= 2 && s.minLevel! <= 4)).toBe(true);
    }
    expect(jobs.filter((j) => j.status === 'OPEN').length).toBeGreaterThan(jobs.length / 2);
    expect(new Set(jobs.map((j) => j.currency)).size).toBeGreaterThanOrEqual(5);
  });

  it('has candidates with 5 to 15 skills, seniority that follows experience, and unique e-mails per agency', async () => {
    const candidates = await db.prisma.candidateProfile.findMany({ include: { _count: { select: { skills: true, experiences: true } } } });
    for (const c of candidates) {
      expect(c._count.skills, c.fullName).toBeGreaterThanOrEqual(5);
      expect(c._count.skills, c.fullName).toBeLessThanOrEqual(15);
      expect(c._count.experiences, c.fullName).toBeGreaterThanOrEqual(1);
      if (c.yearsExperience <= 2) expect(c.seniority).toBe('JUNIOR');
      if (c.yearsExperience >= 15) expect(c.seniority).toBe('PRINCIPAL');
    }
    expect(new Set(candidates.map((c) => `${c.agencyId}:${c.email}`)).size).toBe(candidates.length);
    expect(new Set(candidates.map((c) => c.timeZone.split('/')[0])).size).toBeGreaterThanOrEqual(5);
  });

  it('shows every proposal status and every interview status somewhere in the pipeline', async () => {
    const proposals = await db.prisma.proposal.groupBy({ by: ['status'], _count: true });
    expect(proposals.map((p) => p.status).sort()).toEqual(Object.values(ProposalStatus).sort());
    const interviews = await db.prisma.interview.groupBy({ by: ['status'], _count: true });
    expect(interviews.map((i) => i.status).sort()).toEqual(Object.values(InterviewStatus).sort());
    const withdrawers = await db.prisma.proposal.findMany({ where: { status: 'WITHDRAWN' }, distinct: ['withdrawnBy'], select: { withdrawnBy: true } });
    expect(withdrawers.map((w) => w.withdrawnBy).sort()).toEqual(['CANDIDATE', 'RECRUITER']);
    const noShows = await db.prisma.interview.findMany({ where: { status: 'NO_SHOW' }, distinct: ['noShowParty'], select: { noShowParty: true } });
    expect(noShows.map((n) => n.noShowParty).sort()).toEqual(['CANDIDATE', 'CLIENT']);
  });

  it('records a late cancellation as late, with less notice than the policy, and one with ample notice as not late', async () => {
    const cancelled = await db.prisma.interview.findMany({ where: { status: 'CANCELLED' }, include: { agency: { include: { cancellationPolicy: true } } } });
    const late = cancelled.filter((i) => i.isLateCancellation);
    const inTime = cancelled.filter((i) => i.isLateCancellation === false);
    expect(late.length).toBeGreaterThan(0);
    expect(inTime.length).toBeGreaterThan(0);
    for (const interview of cancelled) {
      const policy = interview.agency.cancellationPolicy!.lateNoticeMinutes;
      expect(interview.noticeGivenMinutes).toBe(Math.round((interview.startsAt.getTime() - interview.cancelledAt!.getTime()) / 60_000));
      expect(interview.isLateCancellation).toBe(interview.noticeGivenMinutes! < policy);
      expect(interview.cancellationReason).not.toBeNull();
      expect(interview.cancellationMessage).toMatch(/\w{3,}/);
    }
  });

  it('links each rescheduled interview to the new one that replaces it, and leaves the pending requests without one', async () => {
    const moved = await db.prisma.interview.findMany({ where: { status: 'NEEDS_RESCHEDULING' }, include: { rescheduledTo: true, proposal: true } });
    const replaced = moved.filter((i) => i.rescheduledTo !== null);
    expect(replaced.length).toBeGreaterThan(0);
    for (const interview of moved) {
      expect(interview.rescheduleReason).toMatch(/\w{3,}/);
      if (interview.rescheduledTo) expect(interview.rescheduledTo).toMatchObject({ status: 'SCHEDULED', proposalId: interview.proposalId });
      else expect(interview.proposal.status).toBe('INTERVIEWING');
    }
  });

  it("gives the demo recruiter something of each urgent kind on Today, at any hour of the UTC day", async () => {
    const riley = { recruiter: { email: 'recruiter@shortlist.test' } };
    const endOfDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
    const startOfDay = new Date(endOfDay.getTime() - 24 * 3_600_000);
    // An interview that ended before today began, not marked.
    expect(await db.prisma.interview.count({ where: { proposal: riley, status: 'SCHEDULED', endsAt: { lte: startOfDay } } })).toBeGreaterThan(0);
    // A reschedule request with no new time yet.
    expect(await db.prisma.interview.count({ where: { proposal: riley, status: 'NEEDS_RESCHEDULING', rescheduledTo: null } })).toBeGreaterThan(0);
    // An answer due by midnight tonight: within 24 hours whatever the hour.
    expect(await db.prisma.proposal.count({ where: { ...riley, status: 'PROPOSED', respondBy: { gt: now, lte: endOfDay } } })).toBeGreaterThan(0);
    // A late cancellation by the candidate in the last days.
    const week = new Date(startOfDay.getTime() - 7 * 24 * 3_600_000);
    expect(await db.prisma.interview.count({ where: { proposal: riley, status: 'CANCELLED', isLateCancellation: true, cancelledBy: 'CANDIDATE', cancelledAt: { gte: week } } })).toBeGreaterThan(0);
  });

  it('pairs every proposal with a job, a candidate and a recruiter of its own agency, at most once per job and candidate', async () => {
    const proposals = await db.prisma.proposal.findMany({
      select: { agencyId: true, jobId: true, candidateId: true, job: { select: { agencyId: true } }, candidate: { select: { agencyId: true } }, recruiter: { select: { agencyId: true } } },
    });
    expect(proposals.length).toBeGreaterThanOrEqual(150);
    for (const p of proposals) expect([p.job.agencyId, p.candidate.agencyId, p.recruiter.agencyId]).toEqual([p.agencyId, p.agencyId, p.agencyId]);
    expect(new Set(proposals.map((p) => `${p.jobId}:${p.candidateId}`)).size).toBe(proposals.length);
    const interviews = await db.prisma.interview.findMany({ select: { agencyId: true, proposal: { select: { agencyId: true } } } });
    expect(interviews.filter((i) => i.agencyId !== i.proposal.agencyId)).toEqual([]);
  });

  it('gives the demo candidate an upcoming interview, an open proposal with slots, and proposals in several states', async () => {
    const sam = await db.prisma.candidateProfile.findFirstOrThrow({
      where: { user: { email: 'candidate@shortlist.test' } },
      include: { proposals: { include: { slots: true, interviews: true } } },
    });
    const upcoming = sam.proposals.flatMap((p) => p.interviews).filter((i) => i.status === 'SCHEDULED' && i.startsAt > now);
    expect(upcoming.length).toBeGreaterThan(0);
    const open = sam.proposals.filter((p) => p.status === 'PROPOSED' && p.respondBy > now);
    expect(open.length).toBeGreaterThan(0);
    expect(open[0]!.slots.filter((s) => s.startsAt > now)).toHaveLength(3);
    const readsExpired = sam.proposals.filter((p) => p.status === 'PROPOSED' && p.respondBy < now);
    expect(readsExpired).toHaveLength(1);
    expect(new Set(sam.proposals.map((p) => p.status))).toEqual(new Set(['PROPOSED', 'INTERVIEWING', 'OFFERED', 'DECLINED']));
    const declined = sam.proposals.find((p) => p.status === 'DECLINED')!;
    expect(declined).toMatchObject({ declineReason: 'LOCATION_OR_COMMUTE', openToFutureRoles: true });
    expect(declined.declineMessage).toMatch(/Thank you/);
  });

  it('leaves unread notifications waiting for the demo candidate and the demo recruiter', async () => {
    for (const email of ['candidate@shortlist.test', 'recruiter@shortlist.test']) {
      const unread = await db.prisma.notification.count({ where: { user: { email }, readAt: null } });
      expect(unread, email).toBeGreaterThan(0);
    }
    expect(await db.prisma.notification.count({ where: { readAt: { not: null } } })).toBeGreaterThan(0);
  });

  it('gives every proposal a history in time order, from proposal.proposed to its current status', async () => {
    const proposals = await db.prisma.proposal.findMany({ include: { activityEvents: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } } });
    for (const p of proposals) {
      const history = p.activityEvents;
      expect(history[0]).toMatchObject({ action: 'proposal.proposed', toStatus: 'PROPOSED', actorParty: 'RECRUITER' });
      const proposalSteps = history.filter((e) => e.action.startsWith('proposal.'));
      expect(proposalSteps.at(-1)!.toStatus, p.id).toBe(p.status);
      for (let i = 1; i < proposalSteps.length; i++) expect(proposalSteps[i]!.fromStatus).toBe(proposalSteps[i - 1]!.toStatus);
      for (const e of history.filter((e) => ['proposal.declined', 'proposal.withdrawn', 'interview.cancelled'].includes(e.action))) {
        expect(e.reason, e.action).not.toBeNull();
        expect(e.message, e.action).toMatch(/\w{3,}/);
      }
    }
  });

  it('stores with every proposal the match as it was: its scores in their columns too, with evidence sentences', async () => {
    const proposals = await db.prisma.proposal.findMany({
      select: { matchScore: true, matchForwardScore: true, matchReverseScore: true, matchSnapshot: true, jobId: true, candidateId: true },
    });
    for (const p of proposals) {
      const match = p.matchSnapshot as unknown as MatchResult;
      expect([p.matchScore, p.matchForwardScore, p.matchReverseScore]).toEqual([match.score, match.forwardScore, match.reverseScore]);
      expect(match).toMatchObject({ jobId: p.jobId, candidateId: p.candidateId });
      const evidence = match.categories.flatMap((c) => c.evidence);
      expect(evidence.length).toBeGreaterThan(0);
      expect(evidence.every((sentence) => /\w+ \w+/.test(sentence))).toBe(true);
    }
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { seedDemo, seedIfEmpty } from './seed-demo.ts';

const opened: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});
async function freshDatabase() {
  const db = await createTestDatabase('migrated');
  opened.push(db);
  return db;
}

async function rowCounts(db: TestDatabase) {
  const p = db.prisma;
  return {
    agencies: await p.agency.count(),
    users: await p.user.count(),
    skills: await p.skill.count(),
    jobs: await p.job.count(),
    candidates: await p.candidateProfile.count(),
    proposals: await p.proposal.count(),
    interviews: await p.interview.count(),
    activityEvents: await p.activityEvent.count(),
    notifications: await p.notification.count(),
  };
}

/** Ids and the columns a person would notice, ordered by id, so two databases can be compared row for row. */
async function fingerprint(db: TestDatabase) {
  const p = db.prisma;
  return {
    users: await p.user.findMany({ select: { id: true, email: true, role: true, agencyId: true }, orderBy: { id: 'asc' } }),
    jobs: await p.job.findMany({ select: { id: true, title: true, status: true, salaryMin: true, publishedAt: true }, orderBy: { id: 'asc' } }),
    candidates: await p.candidateProfile.findMany({ select: { id: true, fullName: true, email: true, timeZone: true, minSalary: true }, orderBy: { id: 'asc' } }),
    candidateSkills: await p.candidateSkill.findMany({ orderBy: [{ candidateId: 'asc' }, { skillId: 'asc' }] }),
    proposals: await p.proposal.findMany({ select: { id: true, status: true, matchScore: true, respondBy: true, createdAt: true }, orderBy: { id: 'asc' } }),
    interviews: await p.interview.findMany({ select: { id: true, status: true, startsAt: true, rescheduledFromId: true }, orderBy: { id: 'asc' } }),
    activityEvents: await p.activityEvent.findMany({ select: { id: true, action: true, createdAt: true }, orderBy: { id: 'asc' } }),
    notifications: await p.notification.findMany({ select: { id: true, userId: true, readAt: true }, orderBy: { id: 'asc' } }),
  };
}

describe('seeding a fresh database', () => {
  it('seeds once: the second seedIfEmpty says it did nothing and every count stays the same', async () => {
    const db = await freshDatabase();
    const now = new Date('2026-03-10T15:30:00Z');
    const first = await seedIfEmpty(db.prisma, { now });
    expect(first.seeded).toBe(true);
    expect(first.summary).toMatchObject({ agencies: 2, clientCompanies: 10, jobs: 60, candidates: 300, skills: 613 });
    const counts = await rowCounts(db);
    expect(counts).toMatchObject({ agencies: first.summary!.agencies, proposals: first.summary!.proposals, users: first.summary!.users });

    const second = await seedIfEmpty(db.prisma, { now: new Date('2026-03-11T08:00:00Z') });
    expect(second).toEqual({ seeded: false });
    expect(await rowCounts(db)).toEqual(counts);
  }, 90_000);

  it('gives identical rows in two fresh databases seeded on the same day', async () => {
    const [a, b] = [await freshDatabase(), await freshDatabase()];
    // Two different moments of the same UTC day: the seed only depends on the day.
    await seedDemo(a.prisma, { now: new Date('2026-03-10T06:00:00Z') });
    await seedDemo(b.prisma, { now: new Date('2026-03-10T21:45:00Z') });
    const [left, right] = [await fingerprint(a), await fingerprint(b)];
    expect(left.proposals.length).toBeGreaterThan(100);
    expect(right).toEqual(left);
  }, 90_000);

  it('leaves nothing behind when seeding fails half-way', async () => {
    const db = await freshDatabase();
    // Someone already took the demo admin's e-mail: the users insert fails after skills and agencies went in.
    const agency = await db.prisma.agency.create({ data: { name: 'Early Bird Recruiting', slug: 'early-bird' } });
    await db.prisma.user.create({ data: { agencyId: agency.id, email: 'admin@shortlist.test', name: 'Early Bird', role: 'ADMIN', passwordHash: 'x' } });
    await expect(seedDemo(db.prisma, { now: new Date('2026-03-10T12:00:00Z') })).rejects.toThrow();
    expect(await rowCounts(db)).toMatchObject({ agencies: 1, users: 1, skills: 0, jobs: 0, candidates: 0, proposals: 0 });
  }, 90_000);
});

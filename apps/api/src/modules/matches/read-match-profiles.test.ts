import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAgency, createCandidateProfile, createClientCompany, createJob } from '../../../test/factories.ts';
import { readCandidateProfiles, type ProfileRows } from './read-candidate-profiles.ts';
import { readJobProfiles } from './read-job-profiles.ts';
import { candidateProfileSelect, toCandidateProfile } from './to-candidate-profile.ts';
import { jobProfileSelect, toJobProfile } from './to-job-profile.ts';

const engine = inject('shortlistTestDb');
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase('demo');
  // Values the demo may lack, each a way a hand-written mapping can drift from Prisma's: a REAL that is not exact in
  // binary, dates, NULLs, array elements with commas and quotes, a requirement without level or weight.
  const [first, second, third] = await db.prisma.skill.findMany({ select: { id: true }, orderBy: { id: 'desc' }, take: 3 });
  const agency = await createAgency(db.prisma);
  const company = await createClientCompany(db.prisma, agency.id);
  await createCandidateProfile(db.prisma, agency.id, [], {
    city: null,
    minSalary: null,
    earliestStart: new Date('2027-02-28T00:00:00.000Z'),
    preferredLocations: ['Frankfurt, Main', 'Den "Haag"', 'Zürich'],
    employmentTypes: ['CONTRACT', 'FULL_TIME'],
    skills: {
      create: [
        { skillId: first!.id, level: 4, years: 3.3, lastUsedYear: 2019 },
        { skillId: second!.id, level: 2, years: 0.1, lastUsedYear: null },
        { skillId: third!.id, level: 5, years: 12.75 },
      ],
    },
  });
  await createCandidateProfile(db.prisma, agency.id, [], { employmentTypes: [] });
  await createJob(db.prisma, agency.id, company.id, {
    startDate: new Date('2027-01-01T00:00:00.000Z'),
    minTimeZoneOverlapHours: 3,
    salaryMin: null,
    city: null,
    skills: {
      create: [
        { skillId: first!.id, requirement: 'NICE_TO_HAVE', weight: null },
        { skillId: second!.id, requirement: 'MUST_HAVE', minLevel: null },
        { skillId: third!.id, requirement: 'MUST_HAVE', minLevel: 4 },
      ],
    },
  });
  await createJob(db.prisma, agency.id, company.id, { status: 'DRAFT' });
});
afterAll(() => db?.close());

/** Every page of a keyset read, with a small page so the test crosses many page boundaries. */
async function readAllPages<Row extends { profile: { id: string } }>(
  read: (sql: TestDatabase['sql'], rows: ProfileRows) => Promise<Row[]>,
  scope: { agencyId?: string; upTo?: string } = {},
  start: string | null = null,
): Promise<Row[]> {
  const all: Row[] = [];
  for (let after: string | null = start; ; ) {
    const page = await read(db.sql, { page: { after, limit: 7, ...scope } });
    all.push(...page);
    if (page.length < 7) return all;
    after = page.at(-1)!.profile.id;
  }
}

describe(`the lean read of match profiles gives what the Prisma mapping gives (${engine})`, () => {
  it('for every candidate, read page by page, by agency and by ID', async () => {
    const rows = await db.prisma.candidateProfile.findMany({ select: candidateProfileSelect, orderBy: { id: 'asc' } });
    expect(rows.length).toBeGreaterThan(20);
    const expected = rows.map((row) => ({ agencyId: row.agencyId, profile: toCandidateProfile(row) }));

    expect(await readAllPages(readCandidateProfiles)).toStrictEqual(expected);
    // The two halves of the key range, as the start-up build reads them side by side on PostgreSQL.
    const half = '7fffffff-ffff-ffff-ffff-ffffffffffff';
    const halves = [...(await readAllPages(readCandidateProfiles, { upTo: half })), ...(await readAllPages(readCandidateProfiles, {}, half))];
    expect(halves).toStrictEqual(expected);
    for (const agencyId of new Set(rows.map((row) => row.agencyId))) {
      expect(await readAllPages(readCandidateProfiles, { agencyId })).toStrictEqual(expected.filter((e) => e.agencyId === agencyId));
    }
    const some = [expected[3]!, expected[0]!, expected.at(-1)!];
    const byId = await readCandidateProfiles(db.sql, { ids: [...some.map((e) => e.profile.id), '00000000-0000-4000-8000-000000000000'] });
    expect(byId).toStrictEqual([...some].sort((a, b) => a.profile.id.localeCompare(b.profile.id)));
  });

  it('for every open job read page by page, and for a job of any status read by ID', async () => {
    const rows = await db.prisma.job.findMany({ select: jobProfileSelect, orderBy: { id: 'asc' } });
    const open = rows.filter((row) => row.status === 'OPEN');
    expect(open.length).toBeGreaterThan(5);
    expect(rows.length).toBeGreaterThan(open.length);
    const expected = (list: typeof rows) => list.map((row) => ({ agencyId: row.agencyId, status: row.status, profile: toJobProfile(row) }));

    expect(await readAllPages(readJobProfiles)).toStrictEqual(expected(open));
    for (const agencyId of new Set(rows.map((row) => row.agencyId))) {
      expect(await readAllPages(readJobProfiles, { agencyId })).toStrictEqual(expected(open.filter((row) => row.agencyId === agencyId)));
    }
    expect(await readJobProfiles(db.sql, { ids: rows.map((row) => row.id) })).toStrictEqual(expected(rows));
  });
});

import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../../test/factories.ts';
import { estimateIndexSizes } from './estimate-index-sizes.ts';

let db: TestDatabase;
let big: { id: string };
let small: { id: string };

beforeAll(async () => {
  db = await createTestDatabase('demo');
  big = await createAgency(db.prisma);
  small = await createAgency(db.prisma);
  const [skill] = await db.prisma.skill.findMany({ select: { id: true }, take: 1 });
  // Beside the demo agencies: 3,000 candidates with 2 skills each in one agency, 600 with none in another.
  for (const [agencyId, count, withSkills] of [[big.id, 3000, true], [small.id, 600, false]] as const) {
    await db.sql.query(
      `INSERT INTO "CandidateProfile" ("id", "agencyId", "fullName", "email", "headline", "summary", "yearsExperience", "seniority", "country", "timeZone",
                                       "salaryCurrency", "remotePreference", "noticePeriodDays", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1::uuid, 'Candidate ' || i, 'c' || i || '-' || $1 || '@example.test', '', '', 3, 'MID', 'DE', 'Europe/Berlin',
              'EUR', 'REMOTE', 30, now(), now()
         FROM generate_series(1, $2::int) AS i`,
      [agencyId, count],
    );
    if (withSkills && skill) {
      await db.sql.query(
        `INSERT INTO "CandidateSkill" ("candidateId", "skillId", "level", "years")
         SELECT c."id", s."id", 3, 2 FROM "CandidateProfile" c CROSS JOIN (SELECT "id" FROM "Skill" ORDER BY "id" LIMIT 2) s WHERE c."agencyId" = $1::uuid`,
        [agencyId],
      );
    }
  }
});
afterAll(() => db?.close());

describe('estimating the size of each agency’s match index', () => {
  it('after ANALYZE, gives each agency its candidates and their skills, with room to spare', async () => {
    await db.sql.exec('ANALYZE "CandidateProfile"; ANALYZE "CandidateSkill"');
    const sizes = await estimateIndexSizes(db.sql);
    const bigSize = sizes.get(big.id)!;
    expect(bigSize.candidates).toBeGreaterThanOrEqual(3000);
    expect(bigSize.candidates).toBeLessThan(3000 * 1.3);
    // Skills per candidate are the tables' average (the small agency's have none, the demo's several): over one each.
    expect(bigSize.skills).toBeGreaterThan(bigSize.candidates);
    expect(sizes.get(small.id)!.candidates).toBeGreaterThanOrEqual(600);
  });
});

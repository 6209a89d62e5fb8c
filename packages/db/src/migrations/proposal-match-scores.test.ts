import type { MatchResult } from '@shortlist/domain/matching';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { applyMigrations, readMigrations } from './apply-migrations.ts';

const MIGRATION = 'proposal_match_scores';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('demo');
});
afterAll(() => db.close());

describe('the migration that stores proposal match scores as columns', () => {
  it("fills each existing proposal's forward and reverse score from its stored snapshot, and requires them from then on", async () => {
    const migration = (await readMigrations()).find((m) => m.name.endsWith(`_${MIGRATION}`));
    expect(migration).toBeDefined();
    // The demo database as it was before this migration: its proposals have snapshots and no score columns.
    await db.sql.exec(`ALTER TABLE "Proposal" DROP COLUMN "matchForwardScore", DROP COLUMN "matchReverseScore"`);
    await db.sql.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, [migration!.name]);

    expect((await applyMigrations(db.sql)).applied).toEqual([migration!.name]);

    const proposals = await db.prisma.proposal.findMany({ select: { matchScore: true, matchForwardScore: true, matchReverseScore: true, matchSnapshot: true } });
    expect(proposals.length).toBeGreaterThan(10);
    for (const proposal of proposals) {
      const snapshot = proposal.matchSnapshot as unknown as MatchResult;
      expect({ score: proposal.matchScore, forward: proposal.matchForwardScore, reverse: proposal.matchReverseScore }).toEqual({
        score: snapshot.score,
        forward: snapshot.forwardScore,
        reverse: snapshot.reverseScore,
      });
    }
    const nullable = await db.sql.query<{ column_name: string; is_nullable: string }>(
      `SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = 'Proposal' AND column_name LIKE 'match%Score' ORDER BY column_name`,
    );
    expect(nullable).toEqual([
      { column_name: 'matchForwardScore', is_nullable: 'NO' },
      { column_name: 'matchReverseScore', is_nullable: 'NO' },
      { column_name: 'matchScore', is_nullable: 'NO' },
    ]);
  });
});

import { Prisma, type PrismaClient } from '@shortlist/db/prisma';
import type { InsightScope } from './insight-scope.ts';
import { proposalCohortSql } from './proposal-cohort-sql.ts';

export interface ScoreBucket {
  /** Lowest score in the bucket (inclusive). */
  minScore: number;
  /** Highest score in the bucket (exclusive); null for the top bucket. */
  maxScore: number | null;
  label: string;
  proposals: number;
  accepted: number;
  hired: number;
}

/** The buckets' lower bounds: under 50, then each ten up to 90 and above. */
const BOUNDS = [0, 50, 60, 70, 80, 90] as const;

function labelOf(index: number): string {
  if (index === 0) return 'Under 50';
  if (index === BOUNDS.length - 1) return `${BOUNDS[index]}+`;
  return `${BOUNDS[index]}–${BOUNDS[index + 1]! - 1}`;
}

/** The range's proposals by their match score when proposed: how many, and how many were accepted and hired. */
export async function readScoreVersusOutcome(prisma: PrismaClient, scope: InsightScope): Promise<ScoreBucket[]> {
  const rows = await prisma.$queryRaw<{ bucket: number; proposals: number; accepted: number; hired: number }[]>(Prisma.sql`
    WITH cohort AS (${proposalCohortSql(scope)})
    SELECT
      (CASE WHEN "matchScore" < 50 THEN 0 WHEN "matchScore" < 60 THEN 1 WHEN "matchScore" < 70 THEN 2
            WHEN "matchScore" < 80 THEN 3 WHEN "matchScore" < 90 THEN 4 ELSE 5 END)::int AS bucket,
      count(*)::int AS proposals,
      count(*) FILTER (WHERE accepted)::int AS accepted,
      count(*) FILTER (WHERE hired)::int AS hired
    FROM cohort
    GROUP BY 1`);
  return BOUNDS.map((minScore, index) => {
    const row = rows.find((r) => r.bucket === index);
    return {
      minScore,
      maxScore: index === BOUNDS.length - 1 ? null : BOUNDS[index + 1]!,
      label: labelOf(index),
      proposals: row?.proposals ?? 0,
      accepted: row?.accepted ?? 0,
      hired: row?.hired ?? 0,
    };
  });
}

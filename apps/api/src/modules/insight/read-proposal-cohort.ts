import { PLAN_EACH_CALL } from '@shortlist/db/open-database';
import { Prisma, type PrismaClient } from '@shortlist/db/prisma';
import type { InsightScope } from './insight-scope.ts';
import { proposalCohortSql } from './proposal-cohort-sql.ts';

/** The lower bounds of the match-score buckets: under 50, then each ten up to 90 and above. */
export const SCORE_BOUNDS = [0, 50, 60, 70, 80, 90] as const;

/** The range's proposals counted per score bucket and, for the declined ones, per decline reason and kind. */
export interface CohortCounts {
  /** Index into SCORE_BOUNDS. */
  bucket: number;
  /** The decline reason of declined proposals in this group; null for every other group. */
  declineReason: string | null;
  /** With a decline reason: whether the offer (not the proposal) was declined; null otherwise. */
  isOfferDecline: boolean | null;
  proposed: number;
  accepted: number;
  interviewing: number;
  offered: number;
  hired: number;
  declined: number;
  withdrawn: number;
  rejected: number;
  expired: number;
}

/**
 * One pass over the range's proposals (see proposalCohortSql) for the funnel, the score buckets and the decline
 * reasons: each group is a score bucket, split further by decline reason for the declined; the readers sum the groups
 * they need. Before, each of the three read the proposals (and probed their interviews) on its own.
 */
export async function readProposalCohort(prisma: PrismaClient, scope: InsightScope): Promise<CohortCounts[]> {
  return prisma.$queryRaw<CohortCounts[]>(Prisma.sql`${Prisma.raw(PLAN_EACH_CALL)}
    WITH cohort AS (${proposalCohortSql(scope)})
    SELECT
      (CASE WHEN "matchScore" < 50 THEN 0 WHEN "matchScore" < 60 THEN 1 WHEN "matchScore" < 70 THEN 2
            WHEN "matchScore" < 80 THEN 3 WHEN "matchScore" < 90 THEN 4 ELSE 5 END)::int AS bucket,
      "declineReason",
      "isOfferDecline",
      count(*)::int AS proposed,
      count(*) FILTER (WHERE accepted)::int AS accepted,
      count(*) FILTER (WHERE interviewing)::int AS interviewing,
      count(*) FILTER (WHERE offered)::int AS offered,
      count(*) FILTER (WHERE hired)::int AS hired,
      count(*) FILTER (WHERE status = 'DECLINED')::int AS declined,
      count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS withdrawn,
      count(*) FILTER (WHERE status = 'REJECTED')::int AS rejected,
      count(*) FILTER (WHERE expired)::int AS expired
    FROM cohort
    GROUP BY 1, 2, 3`);
}

/** The sum of one count over groups. */
export function sumOf(rows: readonly CohortCounts[], key: Exclude<keyof CohortCounts, 'bucket' | 'declineReason' | 'isOfferDecline'>): number {
  return rows.reduce((sum, row) => sum + row[key], 0);
}

import { Prisma, type PrismaClient } from '@shortlist/db/prisma';
import type { InsightScope } from './insight-scope.ts';
import { proposalCohortSql } from './proposal-cohort-sql.ts';

export type FunnelStageName = 'PROPOSED' | 'ACCEPTED' | 'INTERVIEWING' | 'OFFERED' | 'HIRED';

export interface FunnelStage {
  stage: FunnelStageName;
  count: number;
  /** count / the previous stage's count; null for Proposed, and when the previous stage is 0. */
  conversionFromPrevious: number | null;
}

export interface Funnel {
  stages: FunnelStage[];
  declined: number;
  withdrawn: number;
  rejected: number;
  expired: number;
}

interface FunnelRow {
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

/** One aggregate over the range's proposals: how many reached each stage, and how many closed each way. */
export async function readFunnel(prisma: PrismaClient, scope: InsightScope): Promise<Funnel> {
  const [row] = await prisma.$queryRaw<FunnelRow[]>(Prisma.sql`
    WITH cohort AS (${proposalCohortSql(scope)})
    SELECT
      count(*)::int AS proposed,
      count(*) FILTER (WHERE accepted)::int AS accepted,
      count(*) FILTER (WHERE interviewing)::int AS interviewing,
      count(*) FILTER (WHERE offered)::int AS offered,
      count(*) FILTER (WHERE hired)::int AS hired,
      count(*) FILTER (WHERE status = 'DECLINED')::int AS declined,
      count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS withdrawn,
      count(*) FILTER (WHERE status = 'REJECTED')::int AS rejected,
      count(*) FILTER (WHERE expired)::int AS expired
    FROM cohort`);
  const counts = row!;
  const order: FunnelStageName[] = ['PROPOSED', 'ACCEPTED', 'INTERVIEWING', 'OFFERED', 'HIRED'];
  const countOf = (stage: FunnelStageName) => counts[stage.toLowerCase() as keyof FunnelRow];
  return {
    stages: order.map((stage, index) => {
      const previous = index === 0 ? null : countOf(order[index - 1]!);
      return { stage, count: countOf(stage), conversionFromPrevious: previous ? countOf(stage) / previous : null };
    }),
    declined: counts.declined,
    withdrawn: counts.withdrawn,
    rejected: counts.rejected,
    expired: counts.expired,
  };
}

import type { PrismaClient } from '@shortlist/db/prisma';
import type { InsightScope } from './insight-scope.ts';
import { declineReasonsOf } from './read-decline-reasons.ts';
import { funnelOf } from './read-funnel.ts';
import { readInterviewReliability } from './read-interview-reliability.ts';
import { readProposalCohort } from './read-proposal-cohort.ts';
import { scoreBucketsOf } from './read-score-versus-outcome.ts';
import { readTimeToFill } from './read-time-to-fill.ts';

export type Insight = Awaited<ReturnType<typeof readInsight>>;

/**
 * Every insight number for the scope: three aggregate statements, run side by side (the range's proposals, once,
 * for the funnel, the score buckets and the decline reasons; the jobs' times; the interviews); only their groups come
 * back to Node.
 */
export async function readInsight(prisma: PrismaClient, scope: InsightScope) {
  const [cohort, times, reliability] = await Promise.all([readProposalCohort(prisma, scope), readTimeToFill(prisma, scope), readInterviewReliability(prisma, scope)]);
  return {
    from: scope.from,
    to: scope.to,
    funnel: funnelOf(cohort),
    ...times,
    declineReasons: declineReasonsOf(cohort),
    ...reliability,
    scoreVersusOutcome: scoreBucketsOf(cohort),
  };
}

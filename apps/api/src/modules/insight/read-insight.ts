import type { PrismaClient } from '@shortlist/db/prisma';
import type { InsightScope } from './insight-scope.ts';
import { readDeclineReasons } from './read-decline-reasons.ts';
import { readFunnel } from './read-funnel.ts';
import { readInterviewReliability } from './read-interview-reliability.ts';
import { readScoreVersusOutcome } from './read-score-versus-outcome.ts';
import { readTimeToFill } from './read-time-to-fill.ts';

export type Insight = Awaited<ReturnType<typeof readInsight>>;

/** Every insight number for the scope: five aggregate statements, run side by side; no rows come back to Node. */
export async function readInsight(prisma: PrismaClient, scope: InsightScope) {
  const [funnel, times, declineReasons, reliability, scoreVersusOutcome] = await Promise.all([
    readFunnel(prisma, scope),
    readTimeToFill(prisma, scope),
    readDeclineReasons(prisma, scope),
    readInterviewReliability(prisma, scope),
    readScoreVersusOutcome(prisma, scope),
  ]);
  return { from: scope.from, to: scope.to, funnel, ...times, declineReasons, ...reliability, scoreVersusOutcome };
}

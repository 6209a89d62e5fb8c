import { Prisma, type PrismaClient } from '@shortlist/db/prisma';
import { REASON_LABELS } from '@shortlist/domain/interviews';
import type { InsightScope } from './insight-scope.ts';
import { proposalFilterSql } from './proposal-filter-sql.ts';

export type DeclineKind = 'PROPOSAL' | 'OFFER';

export interface DeclineReasonCount {
  kind: DeclineKind;
  reason: string;
  label: string;
  count: number;
}

/**
 * Why the range's proposals were declined: the candidate's reason, per kind (the proposal itself, or the offer
 * after it: an offered proposal declined is an offer decline), most frequent first, in the reason picker's words.
 */
export async function readDeclineReasons(prisma: PrismaClient, scope: InsightScope): Promise<DeclineReasonCount[]> {
  const rows = await prisma.$queryRaw<{ isOffer: boolean; reason: string; count: number }[]>(Prisma.sql`
    SELECT (p."offeredAt" IS NOT NULL) AS "isOffer", p."declineReason"::text AS reason, count(*)::int AS count
    FROM "Proposal" p
    WHERE ${proposalFilterSql(scope)} AND p."createdAt" >= ${scope.from} AND p."createdAt" < ${scope.to}
      AND p.status = 'DECLINED' AND p."declineReason" IS NOT NULL
    GROUP BY 1, 2
    ORDER BY count DESC, 2, 1`);
  return rows.map(({ isOffer, reason, count }) => {
    const labels: Record<string, string> = isOffer ? REASON_LABELS.declineOffer : REASON_LABELS.decline;
    return { kind: isOffer ? 'OFFER' : 'PROPOSAL', reason, label: labels[reason] ?? reason, count };
  });
}

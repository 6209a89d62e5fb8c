import { Prisma } from '@shortlist/db/prisma';
import type { InsightScope } from './insight-scope.ts';
import { proposalFilterSql } from './proposal-filter-sql.ts';

/**
 * The proposals made in the range (createdAt in [from, to)) matching the filter, each with how far it got. A stage
 * counts as reached when the proposal is in it or beyond, or its columns show it passed through (an accept sets
 * respondedAt, an offer offeredAt, a hire hiredAt; an interview row means it was interviewing), so a proposal
 * withdrawn after its interview still counts as having reached Interviewing. Reaching a stage implies every earlier one.
 */
export function proposalCohortSql(scope: InsightScope): Prisma.Sql {
  return Prisma.sql`
    SELECT
      p.status,
      p."matchScore",
      (p."respondBy" <= ${scope.now} AND p.status = 'PROPOSED') OR p.status = 'EXPIRED' AS expired,
      (p."hiredAt" IS NOT NULL OR p.status = 'HIRED') AS hired,
      (p."hiredAt" IS NOT NULL OR p."offeredAt" IS NOT NULL OR p.status IN ('OFFERED', 'HIRED')) AS offered,
      (p."hiredAt" IS NOT NULL OR p."offeredAt" IS NOT NULL OR p.status IN ('INTERVIEWING', 'OFFERED', 'HIRED')
        OR EXISTS (SELECT 1 FROM "Interview" i WHERE i."proposalId" = p.id)) AS interviewing,
      (p."hiredAt" IS NOT NULL OR p."offeredAt" IS NOT NULL OR p.status IN ('ACCEPTED', 'INTERVIEWING', 'OFFERED', 'HIRED', 'REJECTED')
        OR (p."respondedAt" IS NOT NULL AND p.status <> 'DECLINED')
        OR EXISTS (SELECT 1 FROM "Interview" i WHERE i."proposalId" = p.id)) AS accepted
    FROM "Proposal" p
    WHERE ${proposalFilterSql(scope)} AND p."createdAt" >= ${scope.from} AND p."createdAt" < ${scope.to}`;
}

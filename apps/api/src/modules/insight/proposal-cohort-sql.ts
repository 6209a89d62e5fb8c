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
  // The interview probe runs once per proposal (the inner select), not once per stage that reads it.
  return Prisma.sql`
    SELECT
      c.status,
      c."matchScore",
      (c."respondBy" <= ${scope.now} AND c.status = 'PROPOSED') OR c.status = 'EXPIRED' AS expired,
      (c."hiredAt" IS NOT NULL OR c.status = 'HIRED') AS hired,
      (c."hiredAt" IS NOT NULL OR c."offeredAt" IS NOT NULL OR c.status IN ('OFFERED', 'HIRED')) AS offered,
      (c."hiredAt" IS NOT NULL OR c."offeredAt" IS NOT NULL OR c.status IN ('INTERVIEWING', 'OFFERED', 'HIRED') OR c.has_interview) AS interviewing,
      (c."hiredAt" IS NOT NULL OR c."offeredAt" IS NOT NULL OR c.status IN ('ACCEPTED', 'INTERVIEWING', 'OFFERED', 'HIRED', 'REJECTED')
        OR (c."respondedAt" IS NOT NULL AND c.status <> 'DECLINED') OR c.has_interview) AS accepted
    FROM (
      SELECT p.status, p."matchScore", p."respondBy", p."respondedAt", p."offeredAt", p."hiredAt",
        EXISTS (SELECT 1 FROM "Interview" i WHERE i."proposalId" = p.id) AS has_interview
      FROM "Proposal" p
      WHERE ${proposalFilterSql(scope)} AND p."createdAt" >= ${scope.from} AND p."createdAt" < ${scope.to}
    ) c`;
}

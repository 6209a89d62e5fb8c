import { Prisma } from '@shortlist/db/prisma';
import type { InsightScope } from './insight-scope.ts';
import { proposalFilterSql } from './proposal-filter-sql.ts';

/**
 * The proposals made in the range (createdAt in [from, to)) matching the filter, each with how far it got. A stage
 * counts as reached when the proposal is in it or beyond, or its columns show it passed through (an accept sets
 * respondedAt, an offer offeredAt, a hire hiredAt; an interview row means it was interviewing), so a proposal
 * withdrawn after its interview still counts as having reached Interviewing. Reaching a stage implies every earlier one.
 * Also its decline, when it ended declined: the reason, and whether it was the offer that was declined.
 */
export function proposalCohortSql(scope: InsightScope): Prisma.Sql {
  // OFFSET 0 keeps the inner select from being merged into the outer one, where its EXISTS was copied into both stages
  // that read it and probed twice per proposal. Probed once per proposal (an index-only lookup each), it cost less CPU
  // at 100k candidates (30,000 proposals) than reading the agency's interviews whole and hashing them by proposal.
  return Prisma.sql`
    SELECT
      c.status,
      c."matchScore",
      (c."respondBy" <= ${scope.now} AND c.status = 'PROPOSED') OR c.status = 'EXPIRED' AS expired,
      (c."hiredAt" IS NOT NULL OR c.status = 'HIRED') AS hired,
      (c."hiredAt" IS NOT NULL OR c."offeredAt" IS NOT NULL OR c.status IN ('OFFERED', 'HIRED')) AS offered,
      (c."hiredAt" IS NOT NULL OR c."offeredAt" IS NOT NULL OR c.status IN ('INTERVIEWING', 'OFFERED', 'HIRED') OR c.has_interview) AS interviewing,
      (c."hiredAt" IS NOT NULL OR c."offeredAt" IS NOT NULL OR c.status IN ('ACCEPTED', 'INTERVIEWING', 'OFFERED', 'HIRED', 'REJECTED')
        OR (c."respondedAt" IS NOT NULL AND c.status <> 'DECLINED') OR c.has_interview) AS accepted,
      CASE WHEN c.status = 'DECLINED' THEN c."declineReason"::text END AS "declineReason",
      CASE WHEN c.status = 'DECLINED' AND c."declineReason" IS NOT NULL THEN c."offeredAt" IS NOT NULL END AS "isOfferDecline"
    FROM (
      SELECT p.status, p."matchScore", p."respondBy", p."respondedAt", p."offeredAt", p."hiredAt", p."declineReason",
        EXISTS (SELECT 1 FROM "Interview" i WHERE i."proposalId" = p.id) AS has_interview
      FROM "Proposal" p
      WHERE ${proposalFilterSql(scope)} AND p."createdAt" >= ${scope.from} AND p."createdAt" < ${scope.to}
      OFFSET 0
    ) c`;
}

import { Prisma } from '@shortlist/db/prisma';
import type { InsightScope } from './insight-scope.ts';

/**
 * The conditions on a proposal (aliased `p`) for the recruiter, client and job of the scope, without the date range.
 * The client is a semi-join on the job's client (Job's clientCompanyId index), so no statement joins Job for it.
 */
export function proposalFilterSql(scope: InsightScope): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`p."agencyId" = ${scope.agencyId}::uuid`];
  if (scope.recruiterId) conditions.push(Prisma.sql`p."recruiterId" = ${scope.recruiterId}::uuid`);
  if (scope.jobId) conditions.push(Prisma.sql`p."jobId" = ${scope.jobId}::uuid`);
  if (scope.clientCompanyId) {
    conditions.push(Prisma.sql`p."jobId" IN (SELECT j2.id FROM "Job" j2 WHERE j2."clientCompanyId" = ${scope.clientCompanyId}::uuid)`);
  }
  return Prisma.join(conditions, ' AND ');
}

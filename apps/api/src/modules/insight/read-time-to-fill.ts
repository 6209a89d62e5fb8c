import { PLAN_EACH_CALL } from '@shortlist/db/open-database';
import { Prisma, type PrismaClient } from '@shortlist/db/prisma';
import type { InsightScope } from './insight-scope.ts';

export interface DurationStats {
  jobs: number;
  medianDays: number | null;
  p90Days: number | null;
}

interface Row {
  proposedJobs: number;
  firstMedian: number | null;
  firstP90: number | null;
  filledJobs: number;
  fillMedian: number | null;
  fillP90: number | null;
}

/**
 * The jobs published in the range (matching the client and job filters): days from publishing to their first
 * proposal, and to their first hire, as median and 90th percentile over the jobs that got one. With a recruiter
 * filter, only that recruiter's proposals and hires count.
 */
export async function readTimeToFill(prisma: PrismaClient, scope: InsightScope): Promise<{ timeToFirstProposal: DurationStats; timeToFill: DurationStats }> {
  const jobConditions: Prisma.Sql[] = [
    Prisma.sql`j."agencyId" = ${scope.agencyId}::uuid`,
    Prisma.sql`j."publishedAt" >= ${scope.from}`,
    Prisma.sql`j."publishedAt" < ${scope.to}`,
  ];
  if (scope.jobId) jobConditions.push(Prisma.sql`j.id = ${scope.jobId}::uuid`);
  if (scope.clientCompanyId) jobConditions.push(Prisma.sql`j."clientCompanyId" = ${scope.clientCompanyId}::uuid`);
  const byRecruiter = scope.recruiterId ? Prisma.sql`AND p."recruiterId" = ${scope.recruiterId}::uuid` : Prisma.empty;
  const [row] = await prisma.$queryRaw<Row[]>(Prisma.sql`${Prisma.raw(PLAN_EACH_CALL)}
    SELECT
      count(first_days)::int AS "proposedJobs",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY first_days) AS "firstMedian",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY first_days) AS "firstP90",
      count(fill_days)::int AS "filledJobs",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY fill_days) AS "fillMedian",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY fill_days) AS "fillP90"
    FROM (
      SELECT
        extract(epoch FROM min(p."createdAt") - j."publishedAt")::float8 / 86400 AS first_days,
        extract(epoch FROM min(p."hiredAt") - j."publishedAt")::float8 / 86400 AS fill_days
      FROM "Job" j
      JOIN "Proposal" p ON p."jobId" = j.id ${byRecruiter}
      WHERE ${Prisma.join(jobConditions, ' AND ')}
      GROUP BY j.id, j."publishedAt"
    ) per_job`);
  const r = row!;
  const num = (value: number | null) => (value == null ? null : Number(value));
  return {
    timeToFirstProposal: { jobs: r.proposedJobs, medianDays: num(r.firstMedian), p90Days: num(r.firstP90) },
    timeToFill: { jobs: r.filledJobs, medianDays: num(r.fillMedian), p90Days: num(r.fillP90) },
  };
}

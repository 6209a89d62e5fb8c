import type { ProposalStatus } from '@shortlist/db/prisma';
import type { Context } from '../../context.ts';

export type PipelineCount = { status: ProposalStatus; count: number };

type Batch = { jobIds: Set<string>; result: Promise<Map<string, PipelineCount[]>> };
const pendingBatches = new WeakMap<Context, Batch>();

/**
 * Proposals per effective status for a job. Every job asked for in the same tick of one request is answered by
 * the same query (PROPOSED rows past respondBy count as EXPIRED), so a list of jobs costs one query whatever its
 * length or the number of proposals.
 */
export async function loadPipelineCounts(ctx: Context, jobId: string): Promise<PipelineCount[]> {
  let batch = pendingBatches.get(ctx);
  if (!batch) {
    const jobIds = new Set<string>();
    const result = Promise.resolve().then(() => {
      pendingBatches.delete(ctx);
      return countByEffectiveStatus(ctx, [...jobIds]);
    });
    batch = { jobIds, result };
    pendingBatches.set(ctx, batch);
  }
  batch.jobIds.add(jobId);
  return (await batch.result).get(jobId) ?? [];
}

const COUNT_BY_EFFECTIVE_STATUS = `SELECT "jobId"::text AS "jobId",
       CASE WHEN "status" = 'PROPOSED' AND "respondBy" < $2 THEN 'EXPIRED' ELSE "status"::text END AS "status",
       count(*)::int AS "count"
FROM "Proposal"
WHERE "jobId" = ANY($1::uuid[])
GROUP BY 1, 2`;

async function countByEffectiveStatus(ctx: Context, jobIds: string[]): Promise<Map<string, PipelineCount[]>> {
  // One statement, one round trip: the effective status is the stored one, except PROPOSED past respondBy. Plain SQL,
  // not Prisma's $queryRaw: on every job page, and Prisma's request path cost more CPU than the statement's own work.
  const rows = await ctx.sql.query<{ jobId: string; status: ProposalStatus; count: number }>(COUNT_BY_EFFECTIVE_STATUS, [jobIds, new Date()]);
  const result = new Map<string, PipelineCount[]>();
  for (const { jobId, status, count } of rows) result.set(jobId, [...(result.get(jobId) ?? []), { status, count }]);
  for (const counts of result.values()) counts.sort((a, b) => a.status.localeCompare(b.status));
  return result;
}

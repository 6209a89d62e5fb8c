import type { ProposalStatus } from '@shortlist/db/prisma';
import type { Context } from '../../context.ts';

export type PipelineCount = { status: ProposalStatus; count: number };

type Batch = { jobIds: Set<string>; result: Promise<Map<string, PipelineCount[]>> };
const pendingBatches = new WeakMap<Context, Batch>();

/**
 * Proposals per effective status for a job. Every job asked for in the same tick of one request is answered by
 * the same two queries (stored statuses grouped, and PROPOSED rows past respondBy, which read as EXPIRED), so a
 * list of jobs costs two queries whatever its length or the number of proposals.
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

async function countByEffectiveStatus(ctx: Context, jobIds: string[]): Promise<Map<string, PipelineCount[]>> {
  const now = new Date();
  const [stored, expired] = await Promise.all([
    ctx.prisma.proposal.groupBy({ by: ['jobId', 'status'], where: { jobId: { in: jobIds } }, _count: { _all: true } }),
    ctx.prisma.proposal.groupBy({
      by: ['jobId'],
      where: { jobId: { in: jobIds }, status: 'PROPOSED', respondBy: { lt: now } },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map<string, Map<ProposalStatus, number>>();
  const add = (jobId: string, status: ProposalStatus, n: number) => {
    const byStatus = counts.get(jobId) ?? new Map<ProposalStatus, number>();
    byStatus.set(status, (byStatus.get(status) ?? 0) + n);
    counts.set(jobId, byStatus);
  };
  for (const row of stored) add(row.jobId, row.status, row._count._all);
  for (const row of expired) {
    add(row.jobId, 'PROPOSED', -row._count._all);
    add(row.jobId, 'EXPIRED', row._count._all);
  }
  const result = new Map<string, PipelineCount[]>();
  for (const [jobId, byStatus] of counts) {
    result.set(
      jobId,
      [...byStatus].filter(([, count]) => count > 0).map(([status, count]) => ({ status, count })).sort((a, b) => a.status.localeCompare(b.status)),
    );
  }
  return result;
}

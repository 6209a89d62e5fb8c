import type { ProposalStatus } from '../../gql/graphql';

/** A proposal's status as it reads in a count: "3 proposed", "1 interviewing". In lifecycle order. */
const pipelineStatusInWords = {
  PROPOSED: 'proposed',
  ACCEPTED: 'accepted',
  INTERVIEWING: 'interviewing',
  OFFERED: 'offered',
  HIRED: 'hired',
  DECLINED: 'declined',
  WITHDRAWN: 'withdrawn',
  REJECTED: 'rejected by the client',
  EXPIRED: 'expired',
} as const satisfies Record<ProposalStatus, string>;

const lifecycleOrder = Object.keys(pipelineStatusInWords) as ProposalStatus[];

/**
 * "3 proposed · 1 interviewing · 1 hired": a job's pipeline in lifecycle order, statuses without proposals left
 * out; "No proposals yet" when there are none.
 */
export function describePipelineCounts(counts: ReadonlyArray<{ status: ProposalStatus; count: number }>): string {
  const byStatus = new Map(counts.map(({ status, count }) => [status, count]));
  const parts = lifecycleOrder.flatMap((status) => {
    const count = byStatus.get(status) ?? 0;
    return count > 0 ? [`${count} ${pipelineStatusInWords[status]}`] : [];
  });
  return parts.length > 0 ? parts.join(' · ') : 'No proposals yet';
}

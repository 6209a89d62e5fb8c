import type { ProposalStatus } from './types.ts';

/**
 * The status a proposal has right now. A proposal still PROPOSED after its respond-by time is EXPIRED, whether or
 * not a job has written that yet, so no cron is needed for the rules to hold. At exactly respond-by it is still
 * open: the deadline is inclusive.
 */
export function effectiveProposalStatus(proposal: { status: ProposalStatus; respondBy: Date }, now: Date): ProposalStatus {
  if (proposal.status === 'PROPOSED' && now.getTime() > proposal.respondBy.getTime()) return 'EXPIRED';
  return proposal.status;
}

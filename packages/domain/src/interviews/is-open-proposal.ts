import type { ProposalStatus } from './types.ts';

/** The statuses of a proposal still in flight, for a database WHERE (stored PROPOSED may have lapsed: re-check). */
export const OPEN_PROPOSAL_STATUSES = ['PROPOSED', 'ACCEPTED', 'INTERVIEWING', 'OFFERED'] as const satisfies readonly ProposalStatus[];

const OPEN_STATUSES: ReadonlySet<ProposalStatus> = new Set(OPEN_PROPOSAL_STATUSES);

/**
 * Whether a proposal is still in flight. Pass the *effective* status (see effectiveProposalStatus), or a lapsed
 * proposal that was never marked EXPIRED will count as open.
 */
export function isOpenProposal(status: ProposalStatus): boolean {
  return OPEN_STATUSES.has(status);
}

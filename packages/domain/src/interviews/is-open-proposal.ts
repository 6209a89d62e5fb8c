import type { ProposalStatus } from './types.ts';

const OPEN_STATUSES: ReadonlySet<ProposalStatus> = new Set(['PROPOSED', 'ACCEPTED', 'INTERVIEWING', 'OFFERED']);

/**
 * Whether a proposal is still in flight. Pass the *effective* status (see effectiveProposalStatus), or a lapsed
 * proposal that was never marked EXPIRED will count as open.
 */
export function isOpenProposal(status: ProposalStatus): boolean {
  return OPEN_STATUSES.has(status);
}

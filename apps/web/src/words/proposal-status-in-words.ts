import type { ProposalStatus } from '../gql/graphql';

/** Proposal statuses as the recruiter reads them. The client's "rejected" is shown as "Not selected". */
export const proposalStatusInWords = {
  PROPOSED: 'Proposed',
  ACCEPTED: 'Accepted',
  INTERVIEWING: 'Interviewing',
  OFFERED: 'Offered',
  HIRED: 'Hired',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  EXPIRED: 'Expired',
  REJECTED: 'Not selected',
} as const satisfies Record<ProposalStatus, string>;

/** The pipeline's order: the way a proposal moves, then the ways it ends. */
export const PIPELINE_STATUSES = Object.keys(proposalStatusInWords) as ProposalStatus[];

/** Statuses as the candidate reads them: what the proposal means for them now. */
export const proposalStatusInCandidateWords = {
  PROPOSED: 'Waiting for your answer',
  ACCEPTED: 'Accepted',
  INTERVIEWING: 'Interviewing',
  OFFERED: 'Offer made',
  HIRED: 'Hired',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  REJECTED: 'Not selected',
  EXPIRED: 'Expired',
} as const satisfies Record<ProposalStatus, string>;

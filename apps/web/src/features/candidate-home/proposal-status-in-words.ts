import type { ProposalStatus } from '../../gql/graphql';

/** Statuses as the candidate reads them: what the proposal means for them now. */
export const proposalStatusInWords = {
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

import type { ProposalStatus, Seniority } from '../../gql/graphql';

// The product's words for the enums a recruiter reads and picks (levels and employment types: candidate-profile/profile-words).

export const seniorityInWords = {
  JUNIOR: 'Junior',
  MID: 'Mid-level',
  SENIOR: 'Senior',
  LEAD: 'Lead',
  PRINCIPAL: 'Principal',
} as const satisfies Record<Seniority, string>;

/** A proposal's status as it reads in a count: "3 proposed", "1 interviewing". In lifecycle order. */
export const pipelineStatusInWords = {
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

/** A proposal's status on its own, e.g. in a candidate's list of proposals. */
export const proposalStatusInWords = {
  PROPOSED: 'Proposed',
  ACCEPTED: 'Accepted',
  INTERVIEWING: 'Interviewing',
  OFFERED: 'Offered',
  HIRED: 'Hired',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  REJECTED: 'Rejected by the client',
  EXPIRED: 'Expired',
} as const satisfies Record<ProposalStatus, string>;

/** How much a nice-to-have skill counts, 1-5. */
export const skillWeightInWords: Readonly<Record<number, string>> = {
  1: 'Counts a little',
  2: 'Counts somewhat',
  3: 'Counts moderately',
  4: 'Counts a lot',
  5: 'Counts the most',
};

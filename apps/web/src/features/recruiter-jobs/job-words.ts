import type { EmploymentType, ProposalStatus, Seniority } from '../../gql/graphql';

// The product's words for the enums a recruiter reads and picks, in one place for the jobs and candidates screens.

export const seniorityInWords = {
  JUNIOR: 'Junior',
  MID: 'Mid-level',
  SENIOR: 'Senior',
  LEAD: 'Lead',
  PRINCIPAL: 'Principal',
} as const satisfies Record<Seniority, string>;

export const employmentTypeInWords = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACT: 'Contract',
  TEMPORARY: 'Temporary',
  INTERNSHIP: 'Internship',
} as const satisfies Record<EmploymentType, string>;

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

/** Skill levels 1-5, as the taxonomy means them. */
export const skillLevelInWords: Readonly<Record<number, string>> = {
  1: 'Basic',
  2: 'Working knowledge',
  3: 'Proficient',
  4: 'Advanced',
  5: 'Expert',
};

/** How much a nice-to-have skill counts, 1-5. */
export const skillWeightInWords: Readonly<Record<number, string>> = {
  1: 'Counts a little',
  2: 'Counts somewhat',
  3: 'Counts moderately',
  4: 'Counts a lot',
  5: 'Counts the most',
};

export const SKILL_LEVELS = [1, 2, 3, 4, 5] as const;

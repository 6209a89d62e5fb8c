import type { ReasonedActionKind, ReasonFor } from './types.ts';

/**
 * What the reason picker shows, per kind. Worded for the person choosing: the candidate for decline, declineOffer
 * and cancel; either side for withdraw (so the wording is neutral where both could pick it); the recruiter or
 * client for reject.
 */
export const REASON_LABELS = {
  decline: {
    SALARY_TOO_LOW: 'The salary is below what I need',
    LOCATION_OR_COMMUTE: "The location or commute doesn't work for me",
    REMOTE_POLICY: "The remote-work policy doesn't suit me",
    ROLE_NOT_A_FIT: "The role isn't a good fit for me",
    SENIORITY_MISMATCH: "The level doesn't match my experience",
    COMPANY_NOT_A_FIT: "The company isn't a good fit for me",
    TIMING: "The timing isn't right",
    ACCEPTED_ANOTHER_OFFER: "I've accepted another offer",
    STAYING_IN_CURRENT_ROLE: "I'm staying in my current role",
    OTHER: 'Something else',
  },
  declineOffer: {
    SALARY_TOO_LOW: 'The salary is below what I need',
    LOCATION_OR_COMMUTE: "The location or commute doesn't work for me",
    REMOTE_POLICY: "The remote-work policy doesn't suit me",
    ROLE_NOT_A_FIT: "The role isn't a good fit for me",
    SENIORITY_MISMATCH: "The level doesn't match my experience",
    COMPANY_NOT_A_FIT: "The company isn't a good fit for me",
    TIMING: "The timing isn't right",
    ACCEPTED_ANOTHER_OFFER: "I've accepted another offer",
    STAYING_IN_CURRENT_ROLE: "I'm staying in my current role",
    OTHER: 'Something else',
  },
  withdraw: {
    ACCEPTED_ANOTHER_OFFER: 'Accepted another offer',
    ROLE_NOT_A_FIT: "The role isn't a good fit",
    PERSONAL_CIRCUMSTANCES: 'Personal circumstances',
    TIMING: "The timing isn't right",
    POSITION_FILLED: 'The position has been filled',
    POSITION_CANCELLED: 'The position has been cancelled',
    CANDIDATE_UNRESPONSIVE: "The candidate hasn't responded",
    OTHER: 'Something else',
  },
  cancel: {
    ILLNESS_OR_EMERGENCY: 'Illness or an emergency',
    SCHEDULE_CONFLICT: 'A scheduling conflict',
    ACCEPTED_ANOTHER_OFFER: 'Accepted another offer',
    NO_LONGER_INTERESTED: 'No longer interested in the role',
    POSITION_FILLED: 'The position has been filled',
    POSITION_CANCELLED: 'The position has been cancelled',
    INTERVIEWER_UNAVAILABLE: 'The interviewer is unavailable',
    OTHER: 'Something else',
  },
  reject: {
    SKILLS_GAP: "Some required skills aren't there yet",
    EXPERIENCE_LEVEL: "The experience level doesn't match",
    CULTURE_OR_TEAM_FIT: 'Another profile fits the team better',
    POSITION_FILLED: 'The position has been filled',
    POSITION_CANCELLED: 'The position has been cancelled',
    OTHER: 'Something else',
  },
} as const satisfies { readonly [K in ReasonedActionKind]: Readonly<Record<ReasonFor<K>, string>> };

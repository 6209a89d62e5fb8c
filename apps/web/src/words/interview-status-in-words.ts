import type { InterviewStatus } from '../gql/graphql';

/** Interview statuses as the recruiter reads them. */
export const interviewStatusInWords = {
  SCHEDULED: 'Scheduled',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  NEEDS_RESCHEDULING: 'Needs a new time',
  NO_SHOW: 'No-show',
} as const satisfies Record<InterviewStatus, string>;

/** Interview statuses as the candidate reads them: what it means for them, not the recruiter's bookkeeping. */
export const interviewStatusInCandidateWords = {
  SCHEDULED: 'Scheduled',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  NEEDS_RESCHEDULING: 'Waiting for a new time',
  NO_SHOW: 'Missed',
} as const satisfies Record<InterviewStatus, string>;

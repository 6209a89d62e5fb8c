import type { InterviewFormat, InterviewStatus } from '../../gql/graphql';

export const interviewFormatInWords = {
  VIDEO: 'Video call',
  PHONE: 'Phone call',
  ONSITE: 'In person',
} as const satisfies Record<InterviewFormat, string>;

/** Interview statuses as the candidate reads them. */
export const interviewStatusInWords = {
  SCHEDULED: 'Scheduled',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  NEEDS_RESCHEDULING: 'Waiting for a new time',
  NO_SHOW: 'Missed',
} as const satisfies Record<InterviewStatus, string>;

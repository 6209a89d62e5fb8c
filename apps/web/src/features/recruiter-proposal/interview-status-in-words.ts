import type { InterviewStatus, Party } from '../../gql/graphql';

export const interviewStatusInWords = {
  SCHEDULED: 'Scheduled',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  NEEDS_RESCHEDULING: 'Needs a new time',
  NO_SHOW: 'No-show',
} as const satisfies Record<InterviewStatus, string>;

export const partyInWords = {
  CANDIDATE: 'the candidate',
  RECRUITER: 'the recruiter',
  CLIENT: 'the client',
} as const satisfies Record<Party, string>;

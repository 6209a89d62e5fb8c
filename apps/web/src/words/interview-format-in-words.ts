import type { InterviewFormat } from '../gql/graphql';

/** Interview formats as the recruiter picks them. */
export const interviewFormatInWords = {
  VIDEO: 'Video call',
  PHONE: 'Phone call',
  ONSITE: 'Onsite, in person',
} as const satisfies Record<InterviewFormat, string>;

export const INTERVIEW_FORMATS = Object.keys(interviewFormatInWords) as InterviewFormat[];

/** Interview formats as the candidate reads them. */
export const interviewFormatInCandidateWords = {
  VIDEO: 'Video call',
  PHONE: 'Phone call',
  ONSITE: 'In person',
} as const satisfies Record<InterviewFormat, string>;

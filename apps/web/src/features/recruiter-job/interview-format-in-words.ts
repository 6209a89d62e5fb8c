import type { InterviewFormat } from '../../gql/graphql';

export const interviewFormatInWords = {
  VIDEO: 'Video call',
  PHONE: 'Phone call',
  ONSITE: 'Onsite, in person',
} as const satisfies Record<InterviewFormat, string>;

export const INTERVIEW_FORMATS = Object.keys(interviewFormatInWords) as InterviewFormat[];

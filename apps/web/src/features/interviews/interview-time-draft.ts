import type { InterviewFormat } from '../../gql/graphql';

/** One interview time as the recruiter is filling it in: the start is a wall-clock reading in their zone. */
export type InterviewTimeDraft = {
  key: string;
  start: string;
  lengthMinutes: number;
  format: InterviewFormat;
  location: string;
};

export const INTERVIEW_LENGTHS = [30, 45, 60, 90] as const;
export const DEFAULT_INTERVIEW_LENGTH = 60;

let drafts = 0;
export function newInterviewTimeDraft(overrides: Partial<Omit<InterviewTimeDraft, 'key'>> = {}): InterviewTimeDraft {
  drafts += 1;
  return { key: `time-${drafts}`, start: '', lengthMinutes: DEFAULT_INTERVIEW_LENGTH, format: 'VIDEO', location: '', ...overrides };
}

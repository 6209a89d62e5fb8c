/**
 * Shared vocabulary of the proposal and interview lifecycles. The string literals are the Prisma and GraphQL enum
 * values, so a row can be passed in and a result persisted without mapping.
 */

export const PROPOSAL_STATUSES = [
  'PROPOSED',
  'ACCEPTED',
  'INTERVIEWING',
  'OFFERED',
  'HIRED',
  'DECLINED',
  'WITHDRAWN',
  'REJECTED',
  'EXPIRED',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const INTERVIEW_STATUSES = ['SCHEDULED', 'COMPLETED', 'CANCELLED', 'NEEDS_RESCHEDULING', 'NO_SHOW'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export const PARTIES = ['CANDIDATE', 'RECRUITER', 'CLIENT'] as const;
export type Party = (typeof PARTIES)[number];

/** Who performs a transition: one of the parties, or Shortlist itself (expiry). */
export const ACTORS = [...PARTIES, 'SYSTEM'] as const;
export type Actor = (typeof ACTORS)[number];

export const INTERVIEW_FORMATS = ['VIDEO', 'PHONE', 'ONSITE'] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

export const DECLINE_REASONS = [
  'SALARY_TOO_LOW',
  'LOCATION_OR_COMMUTE',
  'REMOTE_POLICY',
  'ROLE_NOT_A_FIT',
  'SENIORITY_MISMATCH',
  'COMPANY_NOT_A_FIT',
  'TIMING',
  'ACCEPTED_ANOTHER_OFFER',
  'STAYING_IN_CURRENT_ROLE',
  'OTHER',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const WITHDRAWAL_REASONS = [
  'ACCEPTED_ANOTHER_OFFER',
  'ROLE_NOT_A_FIT',
  'PERSONAL_CIRCUMSTANCES',
  'TIMING',
  'POSITION_FILLED',
  'POSITION_CANCELLED',
  'CANDIDATE_UNRESPONSIVE',
  'OTHER',
] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

export const REJECTION_REASONS = [
  'SKILLS_GAP',
  'EXPERIENCE_LEVEL',
  'CULTURE_OR_TEAM_FIT',
  'POSITION_FILLED',
  'POSITION_CANCELLED',
  'OTHER',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const CANCELLATION_REASONS = [
  'ILLNESS_OR_EMERGENCY',
  'SCHEDULE_CONFLICT',
  'ACCEPTED_ANOTHER_OFFER',
  'NO_LONGER_INTERESTED',
  'POSITION_FILLED',
  'POSITION_CANCELLED',
  'INTERVIEWER_UNAVAILABLE',
  'OTHER',
] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

/** The actions that need a reason and a message to the other side. */
export const REASONED_ACTION_KINDS = ['decline', 'withdraw', 'cancel', 'reject', 'declineOffer'] as const;
export type ReasonedActionKind = (typeof REASONED_ACTION_KINDS)[number];

/** Each kind's fixed list of reasons. Declining an offer uses the same reasons as declining a proposal. */
export const REASONS_BY_KIND = {
  decline: DECLINE_REASONS,
  withdraw: WITHDRAWAL_REASONS,
  cancel: CANCELLATION_REASONS,
  reject: REJECTION_REASONS,
  declineOffer: DECLINE_REASONS,
} as const satisfies Record<ReasonedActionKind, readonly string[]>;
export type ReasonFor<K extends ReasonedActionKind> = (typeof REASONS_BY_KIND)[K][number];

/**
 * An expected refusal, for the API to return as a typed result. `message` is a sentence for the person who
 * tried; `code` is for clients to switch on.
 */
export type LifecycleError<Code extends string = string> = { code: Code; message: string };

export type TransitionResult<Status extends string, Code extends string> =
  | { ok: true; from: Status; to: Status }
  | { ok: false; error: LifecycleError<Code> };

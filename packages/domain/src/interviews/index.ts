export {
  ACTORS,
  CANCELLATION_REASONS,
  DECLINE_REASONS,
  INTERVIEW_FORMATS,
  INTERVIEW_STATUSES,
  PARTIES,
  PROPOSAL_STATUSES,
  REASONED_ACTION_KINDS,
  REASONS_BY_KIND,
  REJECTION_REASONS,
  WITHDRAWAL_REASONS,
} from './types.ts';
export type {
  Actor,
  CancellationReason,
  DeclineReason,
  InterviewFormat,
  InterviewStatus,
  LifecycleError,
  Party,
  ProposalStatus,
  ReasonedActionKind,
  ReasonFor,
  RejectionReason,
  TransitionResult,
  WithdrawalReason,
} from './types.ts';
export { effectiveProposalStatus } from './effective-proposal-status.ts';
export { isOpenProposal, OPEN_PROPOSAL_STATUSES } from './is-open-proposal.ts';
export type {
  ProposalEvent,
  ProposalRule,
  ProposalTransitionErrorCode,
  ProposalTransitionResult,
} from './proposal-transitions.ts';
export { PROPOSAL_EVENTS, PROPOSAL_TRANSITIONS, transitionProposal } from './proposal-transitions.ts';
export type {
  InterviewEvent,
  InterviewRule,
  InterviewTiming,
  InterviewTransitionErrorCode,
  InterviewTransitionResult,
} from './interview-transitions.ts';
export {
  DEFAULT_NO_SHOW_GRACE_MINUTES,
  INTERVIEW_EVENTS,
  INTERVIEW_TRANSITIONS,
  transitionInterview,
} from './interview-transitions.ts';
export { formatInZone } from './format-in-zone.ts';
export { dayInZone, firstRespondByDay, lastRespondByDay, RESPOND_BY_HOUR, respondByAt } from './respond-by-at.ts';
export { computeCancellationNotice, DEFAULT_LATE_NOTICE_MINUTES } from './compute-cancellation-notice.ts';
export { describeNotice } from './describe-notice.ts';
export type { SchedulingNotice } from './assess-scheduling-notice.ts';
export { assessSchedulingNotice, describeSchedulingNotice, describeSchedulingNoticeGiven } from './assess-scheduling-notice.ts';
export { NO_SHOW_NOTE_MAX_LENGTH, NO_SHOW_NOTE_MIN_LENGTH, validateNoShowNote } from './validate-no-show-note.ts';
export type { NoShowContestErrorCode } from './decide-no-show-contest.ts';
export { decideNoShowContest } from './decide-no-show-contest.ts';
export type { AgencyReliabilitySummary } from './summarize-agency-reliability.ts';
export { summarizeAgencyReliability } from './summarize-agency-reliability.ts';
export { REASON_LABELS } from './reason-labels.ts';
export type {
  FieldError,
  ReasonedActionField,
  ReasonedActionValidation,
  ValidReasonedAction,
} from './validate-reasoned-action.ts';
export {
  MESSAGE_MAX_LENGTH,
  MESSAGE_MIN_LENGTH,
  REASON_TEXT_MAX_LENGTH,
  REASON_TEXT_MIN_LENGTH,
  validateReasonedAction,
} from './validate-reasoned-action.ts';
export type { PoliteMessageInput, PoliteMessageKind } from './compose-polite-message.ts';
export { composePoliteMessage } from './compose-polite-message.ts';
export type { CascadeStep } from './plan-offer-cascade.ts';
export { planOfferCascade } from './plan-offer-cascade.ts';
export type { PortfolioSummary } from './summarize-portfolio.ts';
export { summarizePortfolio } from './summarize-portfolio.ts';
export type { ReliabilitySummary } from './summarize-reliability.ts';
export { summarizeReliability } from './summarize-reliability.ts';
export type {
  InterviewSlot,
  InterviewSlotError,
  InterviewSlotField,
  InterviewSlotValidation,
} from './validate-interview-slots.ts';
export {
  MAX_INTERVIEW_MINUTES,
  MAX_INTERVIEW_SLOTS,
  MIN_INTERVIEW_MINUTES,
  validateInterviewSlots,
} from './validate-interview-slots.ts';
export { refuseSecondHire } from './refuse-second-hire.ts';
export { CLOSABLE_JOB_STATUSES, JOB_CLOSING_REASONS, planJobClosing } from './plan-job-closing.ts';
export type { JobClosingOutcome, JobClosingReason, JobClosingStep, PlannedInterviewCancellation } from './plan-job-closing.ts';

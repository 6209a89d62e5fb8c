import { composePoliteMessage } from './compose-polite-message.ts';
import { computeCancellationNotice } from './compute-cancellation-notice.ts';
import { effectiveProposalStatus } from './effective-proposal-status.ts';
import { isOpenProposal } from './is-open-proposal.ts';
import type { ProposalStatus, WithdrawalReason } from './types.ts';

/** How a job ends: its places are taken (FILLED), or the client stopped the search (CLOSED). */
export type JobClosingOutcome = 'FILLED' | 'CLOSED';

/** The withdrawal reason each outcome gives the candidates still in the pipeline (the recruiter's reason list). */
export const JOB_CLOSING_REASONS = {
  FILLED: 'POSITION_FILLED',
  CLOSED: 'POSITION_CANCELLED',
} as const satisfies Record<JobClosingOutcome, WithdrawalReason>;

export type JobClosingReason = (typeof JOB_CLOSING_REASONS)[JobClosingOutcome];

/** The job statuses a job can be filled or closed from; FILLED and CLOSED are final. */
export const CLOSABLE_JOB_STATUSES = ['DRAFT', 'OPEN', 'ON_HOLD'] as const;

export type PlannedInterviewCancellation = {
  interviewId: string;
  startsAt: Date;
  /** Whole minutes of notice the candidate gets if the job closes now. */
  noticeGivenMinutes: number;
  /** Less notice than the agency's policy: recorded as the agency's late cancellation. */
  isLate: boolean;
};

export type JobClosingStep = {
  proposalId: string;
  /** The effective status the proposal is withdrawn from. */
  status: ProposalStatus;
  reason: JobClosingReason;
  /** A prefilled, editable message from the proposal's recruiter to the candidate. */
  message: string;
  interviews: PlannedInterviewCancellation[];
};

/**
 * When a job is filled or closed: what to tell each candidate still in its pipeline (the reverse of the candidate's
 * offer cascade). Every open proposal (effective status, so lapsed ones are left alone) is withdrawn by its recruiter
 * with the outcome's reason and a polite default message, and its live interviews are cancelled with the notice
 * they get, late under the agency's policy or not. In the order given, for the recruiter to review before sending.
 */
export function planJobClosing(input: {
  outcome: JobClosingOutcome;
  jobTitle: string;
  companyName: string;
  proposals: Array<{
    id: string;
    status: ProposalStatus;
    respondBy: Date;
    candidateName: string;
    recruiterName: string;
    isOpenToFutureRoles?: boolean;
    liveInterviews: Array<{ id: string; startsAt: Date }>;
  }>;
  now: Date;
  lateNoticeMinutes: number;
}): JobClosingStep[] {
  const reason = JOB_CLOSING_REASONS[input.outcome];
  const steps: JobClosingStep[] = [];
  for (const proposal of input.proposals) {
    const status = effectiveProposalStatus(proposal, input.now);
    if (!isOpenProposal(status)) continue;
    steps.push({
      proposalId: proposal.id,
      status,
      reason,
      message: composePoliteMessage('withdrawByRecruiter', {
        reason,
        candidateName: proposal.candidateName,
        recruiterName: proposal.recruiterName,
        jobTitle: input.jobTitle,
        companyName: input.companyName,
        ...(proposal.isOpenToFutureRoles === undefined ? {} : { isOpenToFutureRoles: proposal.isOpenToFutureRoles }),
      }),
      interviews: proposal.liveInterviews.map((interview) => ({
        interviewId: interview.id,
        startsAt: interview.startsAt,
        ...computeCancellationNotice({ cancelledAt: input.now, startsAt: interview.startsAt, lateNoticeMinutes: input.lateNoticeMinutes }),
      })),
    });
  }
  return steps;
}

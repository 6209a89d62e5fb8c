import { transitionProposal, type ProposalEvent } from '@shortlist/domain/interviews';
import type { InterviewStatus, ProposalStatus } from '../../gql/graphql';

export type ProposalAction = 'schedule' | 'offer' | 'hire' | 'reject' | 'withdraw';

export type InterviewState = { id?: string; status: InterviewStatus; rescheduledTo?: { id: string } | null };

/** Booked, or waiting for a new time that has not been set yet (a moved interview lives on as its replacement). */
export function isLiveInterview(interview: InterviewState): boolean {
  return interview.status === 'SCHEDULED' || (interview.status === 'NEEDS_RESCHEDULING' && !interview.rescheduledTo);
}

/** Which of the recruiter's proposal actions the lifecycle allows now (the domain's table decides, not the page). */
export function availableProposalActions(
  proposal: { status: ProposalStatus; respondBy: string; interviews: ReadonlyArray<InterviewState> },
  now: Date,
): ProposalAction[] {
  const allows = (event: ProposalEvent) =>
    transitionProposal({ status: proposal.status, respondBy: new Date(proposal.respondBy) }, event, 'RECRUITER', { now }).ok;
  const hasLiveInterview = proposal.interviews.some(isLiveInterview);
  const actions: ProposalAction[] = [];
  if (allows('scheduleInterview') && !hasLiveInterview) actions.push('schedule');
  if (allows('makeOffer')) actions.push('offer');
  // The candidate's yes to the offer, recorded by staff (the candidate can also accept it themselves).
  if (allows('recordHire')) actions.push('hire');
  if (allows('reject')) actions.push('reject');
  if (allows('withdraw')) actions.push('withdraw');
  return actions;
}


import { composePoliteMessage } from './compose-polite-message.ts';
import { effectiveProposalStatus } from './effective-proposal-status.ts';
import { isOpenProposal } from './is-open-proposal.ts';
import type { ProposalStatus } from './types.ts';

export type CascadeStep = {
  proposalId: string;
  /**
   * The transition to apply: a proposal the candidate has not answered yet is *declined* (a candidate cannot
   * withdraw it); an open offer is *declined as an offer* (the client made one: it is answered, not walked away
   * from); one accepted or interviewing is withdrawn.
   */
  event: 'decline' | 'declineOffer' | 'withdraw';
  reason: 'ACCEPTED_ANOTHER_OFFER';
  /** A prefilled, editable message to that proposal's recruiter. */
  message: string;
};

/**
 * After an offer is accepted: what to do with each of the candidate's *other* open proposals (effective status,
 * so lapsed ones are left alone), in the order given, for the candidate to review before anything is sent.
 */
export function planOfferCascade(input: {
  acceptedProposalId: string;
  candidateName: string;
  proposals: Array<{
    id: string;
    status: ProposalStatus;
    respondBy: Date;
    jobTitle: string;
    companyName: string;
    recruiterName: string;
  }>;
  now: Date;
}): CascadeStep[] {
  const steps: CascadeStep[] = [];
  for (const proposal of input.proposals) {
    if (proposal.id === input.acceptedProposalId) continue;
    const status = effectiveProposalStatus(proposal, input.now);
    if (!isOpenProposal(status)) continue;
    const people = {
      reason: 'ACCEPTED_ANOTHER_OFFER',
      candidateName: input.candidateName,
      recruiterName: proposal.recruiterName,
      jobTitle: proposal.jobTitle,
      companyName: proposal.companyName,
    } as const;
    const event = status === 'PROPOSED' ? 'decline' : status === 'OFFERED' ? 'declineOffer' : 'withdraw';
    const messageKind = event === 'withdraw' ? 'withdrawByCandidate' : event;
    steps.push({ proposalId: proposal.id, event, reason: 'ACCEPTED_ANOTHER_OFFER', message: composePoliteMessage(messageKind, people) });
  }
  return steps;
}

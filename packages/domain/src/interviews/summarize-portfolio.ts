import { effectiveProposalStatus } from './effective-proposal-status.ts';
import { isOpenProposal } from './is-open-proposal.ts';
import type { InterviewStatus, ProposalStatus } from './types.ts';

export type PortfolioSummary = {
  /** Open proposals, by effective status. */
  inFlight: number;
  target: number;
  /** Scheduled interviews that have not started yet. */
  upcomingInterviews: number;
  /** "2 of 3 in flight.", "3 of 3 in flight. Nice.", or above target "4 in flight, one more than your target. Nice." */
  headline: string;
  /** A short, honest prompt when below target; null at or above it. */
  nudge: string | null;
};

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function moreDoors(missing: number): string {
  const count = NUMBER_WORDS[missing] ?? String(missing);
  return `keep ${count} more door${missing === 1 ? '' : 's'} open.`;
}

/** The candidate's "keep interviewing" view: how many opportunities are in flight against their own target. */
export function summarizePortfolio(input: {
  proposals: Array<{ status: ProposalStatus; respondBy: Date }>;
  interviews: Array<{ status: InterviewStatus; startsAt: Date }>;
  targetOpportunities: number;
  now: Date;
}): PortfolioSummary {
  const target = Number.isFinite(input.targetOpportunities) ? Math.max(0, Math.floor(input.targetOpportunities)) : 0;
  const inFlight = input.proposals.filter((p) => isOpenProposal(effectiveProposalStatus(p, input.now))).length;
  const upcomingInterviews = input.interviews.filter(
    (i) => i.status === 'SCHEDULED' && i.startsAt.getTime() > input.now.getTime(),
  ).length;

  const isOnTarget = inFlight >= target;
  const headline = describeInFlight(inFlight, target);
  let nudge: string | null = null;
  if (!isOnTarget) {
    nudge = inFlight === 0 ? `0 of ${target}: a good time to say yes to a conversation.` : `${inFlight} of ${target}: ${moreDoors(target - inFlight)}`;
  }
  return { inFlight, target, upcomingInterviews, headline, nudge };
}

function describeInFlight(inFlight: number, target: number): string {
  if (target === 0) return `${inFlight} in flight.`;
  if (inFlight > target) {
    const extra = inFlight - target;
    return `${inFlight} in flight, ${NUMBER_WORDS[extra] ?? extra} more than your target. Nice.`;
  }
  return `${inFlight} of ${target} in flight.${inFlight === target ? ' Nice.' : ''}`;
}

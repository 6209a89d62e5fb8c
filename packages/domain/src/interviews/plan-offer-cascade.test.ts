import { describe, expect, it } from 'vitest';
import { planOfferCascade } from './plan-offer-cascade.ts';
import { transitionProposal } from './proposal-transitions.ts';
import type { ProposalStatus } from './types.ts';

const NOW = new Date('2026-12-01T09:00:00Z');
const NEXT_WEEK = new Date('2026-12-08T09:00:00Z');
const YESTERDAY = new Date('2026-11-30T09:00:00Z');

let sequence = 0;
const proposal = (status: ProposalStatus, overrides: { respondBy?: Date; companyName?: string } = {}) => {
  sequence += 1;
  return {
    id: `proposal-${sequence}`,
    status,
    respondBy: overrides.respondBy ?? NEXT_WEEK,
    jobTitle: `Role ${sequence}`,
    companyName: overrides.companyName ?? `Company ${sequence}`,
    recruiterName: `Recruiter ${sequence}`,
  };
};

describe('planOfferCascade', () => {
  const accepted = proposal('HIRED');
  const interviewing = proposal('INTERVIEWING', { companyName: 'Globex' });
  const fresh = proposal('PROPOSED');
  const lapsed = proposal('PROPOSED', { respondBy: YESTERDAY });
  const closed = [proposal('DECLINED'), proposal('WITHDRAWN'), proposal('REJECTED'), proposal('EXPIRED')];
  const offered = proposal('OFFERED');
  const plan = planOfferCascade({
    acceptedProposalId: accepted.id,
    candidateName: 'Alex Morgan',
    proposals: [accepted, interviewing, fresh, lapsed, ...closed, offered],
    now: NOW,
  });

  it('includes only the candidate’s other open, unexpired proposals, in order', () => {
    expect(plan.map((step) => step.proposalId)).toEqual([interviewing.id, fresh.id, offered.id]);
  });

  it('gives each the reason "accepted another offer" and a polite message to its recruiter', () => {
    const [first] = plan;
    expect(first).toMatchObject({ event: 'withdraw', reason: 'ACCEPTED_ANOTHER_OFFER' });
    expect(first?.message).toContain(`Hi Recruiter,`);
    expect(first?.message).toContain("I've accepted another offer, so I'd like to withdraw from the process.");
    expect(first?.message).toContain('Please pass my thanks on to the team at Globex.');
    expect(first?.message.endsWith('Alex Morgan')).toBe(true);
  });

  it('declines, rather than withdraws, a proposal the candidate has not answered', () => {
    expect(plan[1]).toMatchObject({ proposalId: fresh.id, event: 'decline' });
    expect(plan[1]?.message).toContain("I've recently accepted another offer, so I'll pass on this one.");
  });

  it('declines an open offer as an offer (answered politely), rather than withdrawing from it', () => {
    expect(plan[2]).toMatchObject({ proposalId: offered.id, event: 'declineOffer' });
    expect(plan[2]?.message).toContain("Thank you for the offer for the Role");
    expect(plan[2]?.message).toContain("I've accepted another offer, so I won't be taking this one.");
  });

  it('plans only transitions the candidate is allowed to make', () => {
    const byId = new Map([interviewing, fresh, offered].map((p) => [p.id, p]));
    for (const step of plan) {
      const target = byId.get(step.proposalId);
      if (!target) throw new Error(`unexpected ${step.proposalId}`);
      expect(transitionProposal(target, step.event, 'CANDIDATE', { now: NOW }).ok).toBe(true);
    }
  });

  it('plans nothing when there is nothing else open', () => {
    expect(planOfferCascade({ acceptedProposalId: accepted.id, candidateName: 'Alex', proposals: [accepted, lapsed], now: NOW })).toEqual([]);
  });
});

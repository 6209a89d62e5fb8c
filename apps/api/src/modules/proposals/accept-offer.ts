import { OPEN_PROPOSAL_STATUSES, planOfferCascade } from '@shortlist/domain/interviews';
import type { Context } from '../../context.ts';
import { fillJobOnHire } from './fill-job-on-hire.ts';
import { hireInTransaction, lockJobAndCandidate } from './hire-in-transaction.ts';
import { loadProposalForAction } from './load-proposal-for-action.ts';
import { moveProposal } from './move-proposal.ts';

const CASCADE_ACTION = { decline: 'DECLINE', declineOffer: 'DECLINE_OFFER', withdraw: 'WITHDRAW' } as const;

export interface CascadeSuggestion {
  proposalId: string;
  /** Which mutation applies: an unanswered proposal is declined, one in flight is withdrawn. */
  action: 'DECLINE' | 'DECLINE_OFFER' | 'WITHDRAW';
  suggestedReason: 'ACCEPTED_ANOTHER_OFFER';
  suggestedMessage: string;
}

/**
 * The candidate accepts an offer (OFFERED → HIRED); refused when they already accepted another one. Their other
 * open proposals come back with a polite, editable message each, to send with declineProposal / withdrawProposal.
 */
export async function acceptOffer(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { proposalId: string }) {
  const { proposal, actor } = await loadProposalForAction(ctx, input.proposalId);
  const now = new Date();
  await moveProposal(ctx, proposal, actor, 'acceptOffer', {
    now,
    data: { hiredAt: now, closedAt: now },
    activity: { action: 'proposal.hired' },
    notify: [
      {
        userId: proposal.recruiterId,
        title: `${proposal.candidate.fullName} accepted the offer`,
        body: `${proposal.candidate.fullName} will join ${proposal.job.clientCompany.name} as ${proposal.job.title}.`,
      },
    ],
    lockFirst: (tx) => lockJobAndCandidate(tx, proposal),
    alsoInTransaction: (tx) => hireInTransaction(tx, proposal, actor, now),
    thenInTransaction: (tx) => fillJobOnHire(tx, proposal, now),
  });

  const others = await ctx.prisma.proposal.findMany({
    where: { candidateId: proposal.candidateId, id: { not: proposal.id }, status: { in: [...OPEN_PROPOSAL_STATUSES] } },
    select: {
      id: true,
      status: true,
      respondBy: true,
      job: { select: { title: true, clientCompany: { select: { name: true } } } },
      recruiter: { select: { name: true } },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const steps = planOfferCascade({
    acceptedProposalId: proposal.id,
    candidateName: proposal.candidate.fullName,
    proposals: others.map((p) => ({
      id: p.id,
      status: p.status,
      respondBy: p.respondBy,
      jobTitle: p.job.title,
      companyName: p.job.clientCompany.name,
      recruiterName: p.recruiter.name,
    })),
    now,
  });
  const cascade: CascadeSuggestion[] = steps.map((step) => ({
    proposalId: step.proposalId,
    action: CASCADE_ACTION[step.event],
    suggestedReason: step.reason,
    suggestedMessage: step.message,
  }));
  return { proposalId: proposal.id, cascade };
}

import type { Context } from '../../context.ts';
import { notifyOtherSides } from '../activity/notify-other-sides.ts';
import { fillJobOnHire } from './fill-job-on-hire.ts';
import { hireInTransaction, lockJobAndCandidate } from './hire-in-transaction.ts';
import { loadProposalForAction } from './load-proposal-for-action.ts';
import { moveProposal } from './move-proposal.ts';

/**
 * The candidate accepted the client's offer outside Shortlist (on the phone, by signing the contract), and the
 * recruiter or the client's system records it: OFFERED → HIRED, as acceptOffer does, and refused as it is when the
 * candidate was already hired elsewhere. The polite cascade is the candidate's to send, so it is not planned here.
 */
export async function recordHire(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { proposalId: string }) {
  const { proposal, actor } = await loadProposalForAction(ctx, input.proposalId);
  const now = new Date();
  const { fullName } = proposal.candidate;
  const { title, clientCompany } = proposal.job;
  await moveProposal(ctx, proposal, actor, 'recordHire', {
    now,
    data: { hiredAt: now, closedAt: now },
    activity: { action: 'proposal.hired' },
    notify: notifyOtherSides(actor.party, proposal, {
      candidate: { title: `Offer accepted: ${title} at ${clientCompany.name}`, body: `Your acceptance of ${clientCompany.name}'s offer is recorded; you will join as ${title}.` },
      recruiter: { title: `${fullName} accepted the offer`, body: `${fullName} will join ${clientCompany.name} as ${title}.` },
    }),
    lockFirst: (tx) => lockJobAndCandidate(tx, proposal),
    alsoInTransaction: (tx) => hireInTransaction(tx, proposal, actor, now),
    thenInTransaction: (tx) => fillJobOnHire(tx, proposal, now),
  });
  return proposal.id;
}

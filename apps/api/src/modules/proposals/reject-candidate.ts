import type { Context } from '../../context.ts';
import { loadProposalForAction, roleAt } from './load-proposal-for-action.ts';
import { moveProposal } from './move-proposal.ts';
import { parseReasonedInput } from './parse-reasoned-input.ts';

/** The client (directly, or through the recruiter) decides not to go on with the candidate. */
export async function rejectCandidate(
  ctx: Pick<Context, 'prisma' | 'viewer'>,
  input: { proposalId: string; reason?: string | null; reasonText?: string | null; message?: string | null },
) {
  const { proposal, actor } = await loadProposalForAction(ctx, input.proposalId);
  const why = parseReasonedInput('reject', input, 'CANDIDATE');
  const now = new Date();
  await moveProposal(ctx, proposal, actor, 'reject', {
    now,
    data: { rejectionReason: why.reason, rejectionReasonText: why.reasonText, rejectionMessage: why.message, closedAt: now },
    activity: { action: 'proposal.rejected', reason: why.reason, reasonText: why.reasonText, message: why.message },
    // The client's decision, as the seed records it, whoever typed it in.
    recordAs: 'CLIENT',
    notify: { userId: proposal.candidate.userId, title: `Update on ${roleAt(proposal)}`, body: why.message },
  });
  return proposal.id;
}

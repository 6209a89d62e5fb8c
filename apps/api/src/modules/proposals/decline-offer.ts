import { REASON_LABELS } from '@shortlist/domain/interviews';
import type { Context } from '../../context.ts';
import { cancelOpenInterviews } from './cancel-open-interviews.ts';
import { loadProposalForAction, roleAt } from './load-proposal-for-action.ts';
import { moveProposal } from './move-proposal.ts';
import { parseReasonedInput } from './parse-reasoned-input.ts';

/** The candidate turns an offer down, with a reason and a message to the recruiter. */
export async function declineOffer(
  ctx: Pick<Context, 'prisma' | 'viewer'>,
  input: { proposalId: string; reason?: string | null; reasonText?: string | null; message?: string | null },
) {
  const { proposal, actor } = await loadProposalForAction(ctx, input.proposalId);
  const why = parseReasonedInput('declineOffer', input, 'RECRUITER');
  const now = new Date();
  await moveProposal(ctx, proposal, actor, 'declineOffer', {
    now,
    data: { declineReason: why.reason, declineReasonText: why.reasonText, declineMessage: why.message, closedAt: now },
    activity: { action: 'proposal.declined', reason: why.reason, reasonText: why.reasonText, message: why.message },
    notify: [{ userId: proposal.recruiterId, title: `${proposal.candidate.fullName} declined the offer`, body: `${roleAt(proposal)}: ${why.message}` }],
    alsoInTransaction: (tx) =>
      cancelOpenInterviews(tx, proposal, actor, {
        now,
        reason: why.reason,
        reasonText: why.reasonText,
        otherText: `Offer declined: ${REASON_LABELS.declineOffer[why.reason]}`,
        fallback: 'NO_LONGER_INTERESTED',
        message: why.message,
      }),
  });
  return proposal.id;
}

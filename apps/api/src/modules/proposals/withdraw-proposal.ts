import { REASON_LABELS } from '@shortlist/domain/interviews';
import type { Context } from '../../context.ts';
import { notifyOtherSides } from '../activity/notify-other-sides.ts';
import { cancelOpenInterviews } from './cancel-open-interviews.ts';
import { loadProposalForAction, roleAt } from './load-proposal-for-action.ts';
import { moveProposal } from './move-proposal.ts';
import { parseReasonedInput } from './parse-reasoned-input.ts';

/** The candidate or the recruiter ends a proposal in flight, with a reason and a message to the other side. */
export async function withdrawProposal(
  ctx: Pick<Context, 'prisma' | 'viewer'>,
  input: { proposalId: string; reason?: string | null; reasonText?: string | null; message?: string | null },
) {
  const { proposal, actor } = await loadProposalForAction(ctx, input.proposalId);
  const isCandidate = actor.party === 'CANDIDATE';
  const why = parseReasonedInput('withdraw', input, isCandidate ? 'RECRUITER' : 'CANDIDATE');
  const now = new Date();
  await moveProposal(ctx, proposal, actor, 'withdraw', {
    now,
    data: {
      withdrawnBy: actor.party,
      withdrawalReason: why.reason,
      withdrawalReasonText: why.reasonText,
      withdrawalMessage: why.message,
      closedAt: now,
    },
    activity: { action: 'proposal.withdrawn', reason: why.reason, reasonText: why.reasonText, message: why.message },
    notify: notifyOtherSides(actor.party, proposal, {
      recruiter: { title: `${proposal.candidate.fullName} withdrew`, body: `${roleAt(proposal)}: ${why.message}` },
      candidate: { title: `Update on ${roleAt(proposal)}`, body: why.message },
    }),
    alsoInTransaction: (tx) =>
      cancelOpenInterviews(tx, proposal, actor, {
        now,
        reason: why.reason,
        reasonText: why.reasonText,
        otherText: `Proposal withdrawn: ${REASON_LABELS.withdraw[why.reason]}`,
        fallback: isCandidate ? 'NO_LONGER_INTERESTED' : 'OTHER',
        message: why.message,
      }),
  });
  return proposal.id;
}

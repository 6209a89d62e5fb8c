import { REASON_LABELS } from '@shortlist/domain/interviews';
import type { Context } from '../../context.ts';
import { notifyOtherSides } from '../activity/notify-other-sides.ts';
import { cancelOpenInterviews } from './cancel-open-interviews.ts';
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
    notify: notifyOtherSides(actor.party, proposal, {
      candidate: { title: `Update on ${roleAt(proposal)}`, body: why.message },
      recruiter: { title: `${proposal.job.clientCompany.name} rejected ${proposal.candidate.fullName}`, body: `${roleAt(proposal)}: ${why.message}` },
    }),
    alsoInTransaction: (tx) =>
      cancelOpenInterviews(tx, proposal, { ...actor, party: 'CLIENT' }, {
        now,
        reason: why.reason,
        reasonText: why.reasonText,
        otherText: `The client decided not to go on: ${REASON_LABELS.reject[why.reason]}`,
        message: why.message,
      }),
  });
  return proposal.id;
}

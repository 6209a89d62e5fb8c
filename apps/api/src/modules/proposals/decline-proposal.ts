import type { Context } from '../../context.ts';
import { loadProposalForAction, roleAt } from './load-proposal-for-action.ts';
import { moveProposal } from './move-proposal.ts';
import { parseReasonedInput } from './parse-reasoned-input.ts';

export interface DeclineInput {
  proposalId: string;
  reason?: string | null;
  reasonText?: string | null;
  message?: string | null;
  isOpenToFutureRoles?: boolean | null;
}

/** The candidate says no to a proposal, with a reason and a message to the recruiter. */
export async function declineProposal(ctx: Pick<Context, 'prisma' | 'viewer'>, input: DeclineInput) {
  const { proposal, actor } = await loadProposalForAction(ctx, input.proposalId);
  const why = parseReasonedInput('decline', input, 'RECRUITER');
  const now = new Date();
  const isOpenToFutureRoles = input.isOpenToFutureRoles ?? true;
  await moveProposal(ctx, proposal, actor, 'decline', {
    now,
    data: {
      declineReason: why.reason,
      declineReasonText: why.reasonText,
      declineMessage: why.message,
      openToFutureRoles: isOpenToFutureRoles,
      respondedAt: now,
      closedAt: now,
    },
    activity: { action: 'proposal.declined', reason: why.reason, reasonText: why.reasonText, message: why.message },
    notify: [{ userId: proposal.recruiterId, title: `${proposal.candidate.fullName} declined the proposal`, body: `${roleAt(proposal)}: ${why.message}` }],
  });
  return proposal.id;
}

import { z } from 'zod';
import type { Context } from '../../context.ts';
import { notifyOtherSides } from '../activity/notify-other-sides.ts';
import { parseInput } from '../errors/errors.ts';
import { loadProposalForAction } from './load-proposal-for-action.ts';
import { moveProposal } from './move-proposal.ts';

const offerSchema = z.object({
  message: z.string().trim().min(10, 'Write a short message the candidate will read (at least 10 characters).').max(2000, 'Keep the message to 2,000 characters or fewer.'),
  salary: z.number().int().positive('The salary is a positive yearly amount.').max(100_000_000, 'That salary looks wrong.').nullish(),
});

/** The client offers the candidate the job (recorded by the recruiter, or sent by the client's partner system). */
export async function makeOffer(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { proposalId: string; message?: string | null; salary?: number | null }) {
  const { proposal, actor } = await loadProposalForAction(ctx, input.proposalId);
  const { message, salary } = parseInput(offerSchema, { message: input.message ?? '', salary: input.salary });
  const now = new Date();
  await moveProposal(ctx, proposal, actor, 'makeOffer', {
    now,
    data: { offeredAt: now, offerMessage: message, offerSalary: salary ?? null },
    activity: { action: 'proposal.offered', message },
    recordAs: 'CLIENT',
    notify: notifyOtherSides(actor.party, proposal, {
      candidate: { title: `Offer from ${proposal.job.clientCompany.name}`, body: message },
      recruiter: { title: `${proposal.job.clientCompany.name} made ${proposal.candidate.fullName} an offer`, body: message },
    }),
  });
  return proposal.id;
}

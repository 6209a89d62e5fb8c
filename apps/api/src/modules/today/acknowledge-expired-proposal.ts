import { effectiveProposalStatus } from '@shortlist/domain/interviews';
import type { Context } from '../../context.ts';
import { recordActivity } from '../activity/record-activity.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError } from '../errors/errors.ts';
import { actingPartyOf, proposalAccessSelect } from '../proposals/proposal-access.ts';
import { EXPIRY_ACKNOWLEDGED } from './read-today-items.ts';

/**
 * A proposal that lapsed unanswered has no transition left; the recruiter closes it on Today by taking note (after
 * following up, or deciding not to), recorded as a history event since the schema has no column for it. The row is
 * locked first, so two people closing it at once record it once. Returns the proposal's id.
 */
export async function acknowledgeExpiredProposal(
  ctx: Pick<Context, 'prisma' | 'viewer'>,
  input: { proposalId: string },
  now: Date,
): Promise<string> {
  const id = decodeGlobalIdOf('Proposal', input.proposalId, 'proposal');
  const agencyId = ctx.viewer?.agencyId;
  const found = agencyId ? await ctx.prisma.proposal.findFirst({ where: { id, agencyId }, select: proposalAccessSelect }) : null;
  if (!found) throw new NotFoundError('No proposal with this ID.');
  const actor = actingPartyOf(ctx.viewer, found);
  if (!actor || actor.party !== 'RECRUITER') throw new NotAllowedError('Only the agency’s staff close expired proposals on Today.');
  await ctx.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Proposal" WHERE "id" = ${id}::uuid FOR UPDATE`;
    const proposal = await tx.proposal.findUniqueOrThrow({ where: { id }, select: { status: true, respondBy: true, agencyId: true } });
    const status = effectiveProposalStatus(proposal, now);
    if (status !== 'EXPIRED') throw new InvalidTransitionError('This proposal has not expired; there is nothing to close.', status);
    const earlier = await tx.activityEvent.findFirst({ where: { proposalId: id, action: EXPIRY_ACKNOWLEDGED }, select: { id: true } });
    if (earlier) throw new InvalidTransitionError('This expired proposal was already closed.', status);
    await recordActivity(tx, actor, { agencyId: proposal.agencyId, proposalId: id, action: EXPIRY_ACKNOWLEDGED });
  });
  return id;
}

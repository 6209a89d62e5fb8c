import type { Context } from '../../context.ts';
import { recordActivity } from '../activity/record-activity.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError } from '../errors/errors.ts';
import { actingPartyOf } from '../proposals/proposal-access.ts';
import { proposalAccessSelect } from '../proposals/proposal-access.ts';
import { LATE_CANCELLATION_ACKNOWLEDGED } from './read-today-items.ts';

/**
 * A late cancellation by the candidate or the client leaves the recruiter nothing to do but take note; taking note is
 * recorded as a history event (the schema has no column for it), which takes it off Today. The interview row is
 * locked first, so two recruiters acknowledging at once record it once: the second is told it was already done.
 * Returns the interview's id.
 */
export async function acknowledgeLateCancellation(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { interviewId: string }): Promise<string> {
  const id = decodeGlobalIdOf('Interview', input.interviewId, 'interview');
  const agencyId = ctx.viewer?.agencyId;
  const found = agencyId
    ? await ctx.prisma.interview.findFirst({ where: { id, agencyId }, select: { id: true, proposal: { select: proposalAccessSelect } } })
    : null;
  if (!found) throw new NotFoundError('No interview with this ID.');
  const actor = actingPartyOf(ctx.viewer, found.proposal);
  if (!actor || actor.party !== 'RECRUITER') throw new NotAllowedError('Only the agency’s staff acknowledge late cancellations.');
  await ctx.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Interview" WHERE "id" = ${id}::uuid FOR UPDATE`;
    const interview = await tx.interview.findUniqueOrThrow({
      where: { id },
      select: { status: true, isLateCancellation: true, cancelledBy: true, agencyId: true, proposalId: true },
    });
    if (interview.status !== 'CANCELLED' || !interview.isLateCancellation || interview.cancelledBy === 'RECRUITER') {
      throw new InvalidTransitionError('This interview was not cancelled late by the candidate or the client; there is nothing to acknowledge.', interview.status);
    }
    const earlier = await tx.activityEvent.findFirst({ where: { interviewId: id, action: LATE_CANCELLATION_ACKNOWLEDGED }, select: { id: true } });
    if (earlier) throw new InvalidTransitionError('This late cancellation was already acknowledged.', interview.status);
    await recordActivity(tx, actor, { agencyId: interview.agencyId, proposalId: interview.proposalId, interviewId: id, action: LATE_CANCELLATION_ACKNOWLEDGED });
  });
  return id;
}

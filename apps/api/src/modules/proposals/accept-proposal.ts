import { effectiveProposalStatus, transitionProposal } from '@shortlist/domain/interviews';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { recordActivity } from '../activity/record-activity.ts';
import { appendChange } from '../change-log/append-change.ts';
import { interviewChange } from '../interviews/interview-change.ts';
import { proposalChange } from './proposal-change.ts';
import { idFromGlobalId } from '../common/global-id.ts';
import { parseInput, ValidationError } from '../errors/errors.ts';
import { formatInterviewTime } from '../interviews/format-interview-time.ts';
import { loadProposalForAction, roleAt } from './load-proposal-for-action.ts';
import { alreadyChanged, refuseTransition } from './refuse-transition.ts';

const acceptSchema = z.object({ slotId: z.string().min(1, 'Pick one of the offered interview times.') });

/**
 * The candidate accepts a proposal by picking one of its offered times: the proposal is accepted, the interview
 * is scheduled from the slot and the proposal moves on to INTERVIEWING, all in one guarded write, so a racing
 * decline (or a second accept) cannot also win. The history records each step. With `shareProfileWithClient` the
 * candidate also consents to the job's client reading their profile.
 */
export async function acceptProposal(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { proposalId: string; slotId?: string | null; shareProfileWithClient?: boolean }) {
  const { proposal, actor } = await loadProposalForAction(ctx, input.proposalId);
  const { slotId: slotGlobalId } = parseInput(acceptSchema, { slotId: input.slotId ?? '' });
  const now = new Date();
  const accepted = transitionProposal(proposal, 'accept', actor.party, { now, timeZone: proposal.job.timeZone });
  if (!accepted.ok) throw refuseTransition(accepted.error, effectiveProposalStatus(proposal, now));
  // The slot was offered by the recruiter, so confirming it is the recruiter's scheduling step.
  const scheduled = transitionProposal({ ...proposal, status: accepted.to }, 'scheduleInterview', 'RECRUITER', { now });
  if (!scheduled.ok) throw refuseTransition(scheduled.error, accepted.to);

  // A malformed slot ID and a slot of another proposal are the same mistake, reported on the same field.
  const slotId = idFromGlobalId(slotGlobalId, 'InterviewSlot');
  const slot = slotId ? await ctx.prisma.interviewSlot.findFirst({ where: { id: slotId, proposalId: proposal.id } }) : null;
  if (!slot) throw new ValidationError([{ field: 'slotId', message: 'Pick one of the times offered with this proposal.' }]);
  if (slot.startsAt <= now) throw new ValidationError([{ field: 'slotId', message: 'That time has passed; pick another or ask the recruiter for a new one.' }]);

  const interviewId = await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.proposal.updateMany({
      where: { id: proposal.id, status: accepted.from, version: proposal.version },
      // The consent to share the profile with the job's client (GDPR art. 6/7) is given with the acceptance, or not at all.
      data: {
        status: scheduled.to,
        respondedAt: now,
        version: { increment: 1 },
        ...(input.shareProfileWithClient ? { clientSharingConsentAt: now, clientSharingConsentWithdrawnAt: null } : {}),
      },
    });
    if (count !== 1) {
      const current = await tx.proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { status: true, respondBy: true } });
      throw alreadyChanged('proposal', effectiveProposalStatus(current, now));
    }
    const interview = await tx.interview.create({
      data: {
        agencyId: proposal.agencyId,
        proposalId: proposal.id,
        slotId: slot.id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        timeZone: slot.timeZone,
        format: slot.format,
        location: slot.location,
      },
      select: { id: true },
    });
    const base = { agencyId: proposal.agencyId, proposalId: proposal.id };
    await recordActivity(tx, actor, { ...base, action: 'proposal.accepted', fromStatus: accepted.from, toStatus: accepted.to }, [
      {
        userId: proposal.recruiterId,
        title: `${proposal.candidate.fullName} accepted`,
        body: (reader) => `${proposal.candidate.fullName} is interested in ${roleAt(proposal)} and picked ${formatInterviewTime(slot, reader.timeZone)}.`,
      },
    ]);
    await recordActivity(tx, actor, { ...base, interviewId: interview.id, action: 'interview.scheduled', fromStatus: null, toStatus: 'SCHEDULED' });
    await recordActivity(tx, actor, { ...base, interviewId: interview.id, action: 'proposal.interviewing', fromStatus: accepted.to, toStatus: scheduled.to });
    await appendChange(tx, actor, [
      proposalChange(proposal, 'proposal.accepted', accepted),
      interviewChange({ id: interview.id, agencyId: proposal.agencyId, proposal }, 'interview.scheduled', { from: null, to: 'SCHEDULED' }),
      proposalChange(proposal, 'proposal.interviewing', { from: accepted.to, to: scheduled.to }),
    ]);
    return interview.id;
  });
  return { proposalId: proposal.id, interviewId };
}

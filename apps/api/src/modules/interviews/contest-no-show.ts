import { decideNoShowContest, validateNoShowNote } from '@shortlist/domain/interviews';
import type { Context } from '../../context.ts';
import { notifyOtherSides } from '../activity/notify-other-sides.ts';
import { recordActivity } from '../activity/record-activity.ts';
import { appendChange } from '../change-log/append-change.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { NotAllowedError, NotFoundError, ValidationError } from '../errors/errors.ts';
import { roleAt } from '../proposals/load-proposal-for-action.ts';
import { actingPartyOf, canSeeProposal } from '../proposals/proposal-access.ts';
import { alreadyChanged, refuseTransition } from '../proposals/refuse-transition.ts';
import { interviewChange } from './interview-change.ts';
import { interviewForActionSelect } from './load-interview-for-action.ts';

/**
 * The side a no-show holds absent gives their account, once, with their own account (a candidate for a candidate
 * no-show, the agency's staff for a recruiter no-show, the client's key for a client no-show). The no-show stays on
 * the record, marked contested, beside the recorder's note; the recruiter is told. Unlike other interview actions
 * this stays open after the proposal closed: a no-show on someone's record can be answered whenever they see it.
 */
export async function contestNoShow(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { interviewId: string; note?: string | null }) {
  const id = decodeGlobalIdOf('Interview', input.interviewId, 'interview');
  const agencyId = ctx.viewer?.agencyId;
  const interview = agencyId
    ? await ctx.prisma.interview.findFirst({
        where: { id, agencyId },
        select: { ...interviewForActionSelect, noShowParty: true, noShowContestedAt: true },
      })
    : null;
  const actor = interview ? actingPartyOf(ctx.viewer, interview.proposal) : null;
  if (!interview || (!actor && !canSeeProposal(ctx.viewer, interview.proposal))) throw new NotFoundError('No interview with this ID.');
  if (!actor) throw new NotAllowedError('You can see this interview but not change it.');

  const decided = decideNoShowContest(interview, actor.party);
  if (!decided.ok) throw refuseTransition(decided.error, interview.status);
  const note = validateNoShowNote(input.note, 'contest');
  if (!note.ok) throw new ValidationError(note.fieldErrors);

  const now = new Date();
  const { proposal } = interview;
  await ctx.prisma.$transaction(async (tx) => {
    // Once: the write matches only a no-show nobody has contested yet, so two at once cannot both land.
    const { count } = await tx.interview.updateMany({
      where: { id: interview.id, status: 'NO_SHOW', noShowContestedAt: null, version: interview.version },
      data: { noShowContestedAt: now, noShowContestNote: note.value, version: { increment: 1 } },
    });
    if (count !== 1) {
      const current = await tx.interview.findUniqueOrThrow({ where: { id: interview.id }, select: { status: true } });
      throw alreadyChanged('interview', current.status);
    }
    await recordActivity(
      tx,
      actor,
      {
        agencyId: interview.agencyId,
        proposalId: proposal.id,
        interviewId: interview.id,
        action: 'interview.no_show_contested',
        fromStatus: 'NO_SHOW',
        toStatus: 'NO_SHOW',
        message: note.value,
      },
      notifyOtherSides(actor.party, proposal, {
        recruiter: {
          title: `No-show contested: ${proposal.candidate.fullName}`,
          body: `The ${actor.party === 'CANDIDATE' ? 'candidate' : 'client'} contests the no-show recorded for the interview for ${roleAt(proposal)}: ${note.value}`,
        },
      }),
    );
    await appendChange(tx, actor, interviewChange(interview, 'interview.no_show_contested', { from: 'NO_SHOW', to: 'NO_SHOW' }));
  });
  return interview.id;
}

import type { Prisma } from '@shortlist/db/prisma';
import { effectiveProposalStatus, isOpenProposal } from '@shortlist/domain/interviews';
import type { Context } from '../../context.ts';
import type { ActingParty } from '../activity/record-activity.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError } from '../errors/errors.ts';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { proposalForActionSelect } from '../proposals/load-proposal-for-action.ts';
import { actingPartyOf, canSeeProposal } from '../proposals/proposal-access.ts';

export const interviewForActionSelect = {
  id: true,
  agencyId: true,
  status: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  format: true,
  location: true,
  version: true,
  calendarUid: true,
  calendarSequence: true,
  rescheduledTo: { select: { id: true } },
  proposal: { select: proposalForActionSelect },
  agency: { select: { name: true, cancellationPolicy: { select: { lateNoticeMinutes: true, noShowGraceMinutes: true } } } },
} satisfies Prisma.InterviewSelect;

export type InterviewForAction = Prisma.InterviewGetPayload<{ select: typeof interviewForActionSelect }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A global ID of an Interview (or, for links, its bare UUID) → the database id, or null. */
export function interviewIdFrom(id: string): string | null {
  if (UUID.test(id)) return id.toLowerCase();
  try {
    const decoded = decodeGlobalID(id);
    return decoded.typename === 'Interview' && UUID.test(decoded.id) ? decoded.id : null;
  } catch {
    return null;
  }
}

/** The interview and the side the viewer acts for; access follows its proposal (not found / not allowed). */
export async function loadInterviewForAction(
  ctx: Pick<Context, 'prisma' | 'viewer'>,
  globalId: string,
): Promise<{ interview: InterviewForAction; actor: ActingParty }> {
  const id = decodeGlobalIdOf('Interview', globalId, 'interview');
  const agencyId = ctx.viewer?.agencyId;
  const interview = agencyId ? await ctx.prisma.interview.findFirst({ where: { id, agencyId }, select: interviewForActionSelect }) : null;
  const actor = interview ? actingPartyOf(ctx.viewer, interview.proposal) : null;
  if (!interview || (!actor && !canSeeProposal(ctx.viewer, interview.proposal))) throw new NotFoundError('No interview with this ID.');
  if (!actor) throw new NotAllowedError('You can see this interview but not change it.');
  // A closed proposal (hired, declined, withdrawn, rejected, expired) has no interview left to act on.
  const proposalStatus = effectiveProposalStatus(interview.proposal, new Date());
  if (!isOpenProposal(proposalStatus)) {
    throw new InvalidTransitionError(`This proposal is closed (${proposalStatus.toLowerCase()}); its interviews can no longer change.`, interview.status);
  }
  return { interview, actor };
}

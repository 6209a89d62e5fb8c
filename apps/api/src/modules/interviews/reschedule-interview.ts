import type { Context } from '../../context.ts';
import { recordActivity } from '../activity/record-activity.ts';
import { effectiveProposalStatus } from '@shortlist/domain/interviews';
import { InvalidTransitionError } from '../errors/errors.ts';
import { alreadyChanged } from '../proposals/refuse-transition.ts';
import { formatInterviewTime } from './format-interview-time.ts';
import { loadInterviewForAction } from './load-interview-for-action.ts';
import { moveInterview } from './move-interview.ts';
import { parseInterviewTime, type InterviewTimeInput } from './parse-interview-time.ts';

/**
 * The recruiter moves an interview to a new time: the old one is left NEEDS_RESCHEDULING and a new SCHEDULED
 * interview, linked to it, takes its place, in one transaction.
 */
export async function rescheduleInterview(ctx: Pick<Context, 'prisma' | 'viewer'>, input: InterviewTimeInput & { interviewId: string }) {
  const { interview, actor } = await loadInterviewForAction(ctx, input.interviewId);
  const now = new Date();
  const time = parseInterviewTime(input, now);
  if (interview.rescheduledTo) {
    throw new InvalidTransitionError('This interview was already moved to a new time; reschedule the new one instead.', interview.status);
  }
  const { proposal } = interview;
  let newInterviewId = '';
  await moveInterview(ctx, interview, actor, 'reschedule', {
    now,
    data: interview.status === 'SCHEDULED' ? { rescheduleRequestedBy: actor.party } : {},
    activity: { action: 'interview.reschedule_requested' },
    alsoInTransaction: async (tx) => {
      // The proposal may have closed since it was loaded; a new interview must not appear on a closed one.
      const { count } = await tx.proposal.updateMany({
        where: { id: proposal.id, status: { in: ['ACCEPTED', 'INTERVIEWING', 'OFFERED'] }, version: proposal.version },
        data: { version: { increment: 1 } },
      });
      if (count !== 1) {
        const current = await tx.proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { status: true, respondBy: true } });
        throw alreadyChanged('proposal', effectiveProposalStatus(current, now));
      }
      const created = await tx.interview.create({
        data: { agencyId: interview.agencyId, proposalId: proposal.id, rescheduledFromId: interview.id, ...time },
        select: { id: true },
      });
      newInterviewId = created.id;
      await recordActivity(
        tx,
        actor,
        { agencyId: interview.agencyId, proposalId: proposal.id, interviewId: created.id, action: 'interview.rescheduled', fromStatus: null, toStatus: 'SCHEDULED' },
        [
          {
            userId: proposal.candidate.userId,
            title: `Interview moved: ${proposal.job.clientCompany.name}`,
            body: `${proposal.job.title}, now ${formatInterviewTime(time)}.`,
          },
        ],
      );
    },
  });
  return newInterviewId;
}

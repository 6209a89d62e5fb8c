import type { Context } from '../../context.ts';
import { recordActivity } from '../activity/record-activity.ts';
import { loadProposalForAction } from '../proposals/load-proposal-for-action.ts';
import { moveProposal } from '../proposals/move-proposal.ts';
import { checkSchedulingNotice } from './check-scheduling-notice.ts';
import { formatInterviewTime } from './format-interview-time.ts';
import { interviewChange } from './interview-change.ts';
import { parseInterviewTime, type InterviewTimeInput } from './parse-interview-time.ts';

/**
 * The recruiter schedules an interview (a first one, or a further round) for an accepted proposal. The proposal
 * write is guarded like any transition (ACCEPTED → INTERVIEWING, or INTERVIEWING again for another round), so
 * an interview is never added to a proposal someone just closed.
 */
export async function scheduleInterview(
  ctx: Pick<Context, 'prisma' | 'viewer'>,
  input: InterviewTimeInput & { proposalId: string; acknowledgeShortNotice?: boolean | null },
) {
  const { proposal, actor } = await loadProposalForAction(ctx, input.proposalId);
  const now = new Date();
  const time = parseInterviewTime(input, now);
  // Less notice than candidates are held to is the recruiter's to confirm, and goes on the history as late.
  const notice = await checkSchedulingNotice(ctx, { agencyId: proposal.agencyId, startsAt: time.startsAt, now, acknowledgeShortNotice: input.acknowledgeShortNotice });
  let interviewId = '';
  await moveProposal(ctx, proposal, actor, 'scheduleInterview', {
    now,
    activity: { action: 'proposal.interviewing' },
    alsoInTransaction: async (tx) => {
      const interview = await tx.interview.create({
        data: { agencyId: proposal.agencyId, proposalId: proposal.id, ...time },
        select: { id: true },
      });
      interviewId = interview.id;
      await recordActivity(
        tx,
        actor,
        {
          agencyId: proposal.agencyId,
          proposalId: proposal.id,
          interviewId,
          action: 'interview.scheduled',
          fromStatus: null,
          toStatus: 'SCHEDULED',
          noticeGivenMinutes: notice.noticeGivenMinutes,
          isLate: notice.isShort,
        },
        [
          {
            userId: proposal.candidate.userId,
            title: `Interview scheduled: ${proposal.job.clientCompany.name}`,
            body: (reader) => `${proposal.job.title}, ${formatInterviewTime(time, reader.timeZone)}.`,
          },
        ],
      );
      return [interviewChange({ id: interviewId, agencyId: proposal.agencyId, proposal }, 'interview.scheduled', { from: null, to: 'SCHEDULED' })];
    },
  });
  return interviewId;
}

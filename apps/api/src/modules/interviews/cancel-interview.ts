import { computeCancellationNotice, DEFAULT_LATE_NOTICE_MINUTES } from '@shortlist/domain/interviews';
import type { Context } from '../../context.ts';
import { actorNameOf, notifyOtherSides } from '../activity/notify-other-sides.ts';
import { roleAt } from '../proposals/load-proposal-for-action.ts';
import { parseReasonedInput } from '../proposals/parse-reasoned-input.ts';
import { loadInterviewForAction } from './load-interview-for-action.ts';
import { moveInterview } from './move-interview.ts';

/**
 * Any side cancels before the start, or while a request for a new time is pending (until the new time exists),
 * with a reason and a message. The notice given (to the original start) is recorded, and whether it is late under
 * the agency's policy; a late cancellation is never refused, only recorded honestly.
 */
export async function cancelInterview(
  ctx: Pick<Context, 'prisma' | 'viewer'>,
  input: { interviewId: string; reason?: string | null; reasonText?: string | null; message?: string | null },
) {
  const { interview, actor } = await loadInterviewForAction(ctx, input.interviewId);
  const isCandidate = actor.party === 'CANDIDATE';
  const why = parseReasonedInput('cancel', input, isCandidate ? 'RECRUITER' : 'CANDIDATE');
  const now = new Date();
  const lateNoticeMinutes = interview.agency.cancellationPolicy?.lateNoticeMinutes ?? DEFAULT_LATE_NOTICE_MINUTES;
  const { noticeGivenMinutes, isLate } = computeCancellationNotice({ cancelledAt: now, startsAt: interview.startsAt, lateNoticeMinutes });
  const { proposal } = interview;
  await moveInterview(ctx, interview, actor, 'cancel', {
    now,
    data: {
      cancelledBy: actor.party,
      cancellationReason: why.reason,
      cancellationReasonText: why.reasonText,
      cancellationMessage: why.message,
      cancelledAt: now,
      noticeGivenMinutes,
      isLateCancellation: isLate,
      // RFC 5546: a calendar applies a CANCEL only with a higher SEQUENCE than the invite it had.
      calendarSequence: { increment: 1 },
    },
    activity: { action: 'interview.cancelled', reason: why.reason, reasonText: why.reasonText, message: why.message, noticeGivenMinutes, isLate },
    notify: notifyOtherSides(actor.party, proposal, {
      recruiter: { title: `${actorNameOf(actor.party, proposal)} cancelled an interview${isLate ? ' at short notice' : ''}`, body: `${roleAt(proposal)}: ${why.message}` },
      candidate: { title: `Interview cancelled: ${proposal.job.clientCompany.name}`, body: why.message },
    }),
  });
  return interview.id;
}

import { z } from 'zod';
import type { Context } from '../../context.ts';
import { recordActivity } from '../activity/record-activity.ts';
import { effectiveProposalStatus } from '@shortlist/domain/interviews';
import { InvalidTransitionError, parseInput, ValidationError, type FieldErrorShape } from '../errors/errors.ts';
import { alreadyChanged } from '../proposals/refuse-transition.ts';
import { checkSchedulingNotice } from './check-scheduling-notice.ts';
import { formatInterviewTime } from './format-interview-time.ts';
import { interviewChange } from './interview-change.ts';
import { loadInterviewForAction } from './load-interview-for-action.ts';
import { moveInterview } from './move-interview.ts';
import { parseInterviewTime, type InterviewTimeInput } from './parse-interview-time.ts';
import { rescheduleMessageSchema, rescheduleReasonSchema } from './reschedule-note.ts';

export interface RescheduleInterviewInput extends InterviewTimeInput {
  interviewId: string;
  /** Required when moving a SCHEDULED interview nobody asked to move; optional when answering a request. */
  reason?: string | null;
  message?: string | null;
  /** The recruiter saw the short-notice warning and moves it anyway. */
  acknowledgeShortNotice?: boolean | null;
}

const directMoveSchema = z.object({ reason: rescheduleReasonSchema, message: rescheduleMessageSchema });
const answerSchema = z.object({ reason: rescheduleReasonSchema.nullish(), message: rescheduleMessageSchema });

/** The new time and the recruiter's note, every bad field at once (time and reason alike). */
function parseReschedule(input: RescheduleInterviewInput, isAskedFor: boolean, now: Date) {
  const fieldErrors: FieldErrorShape[] = [];
  const collect = <T>(parse: () => T): T | null => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      fieldErrors.push(...error.fieldErrors);
      return null;
    }
  };
  const time = collect(() => parseInterviewTime(input, now));
  const note = collect(() =>
    isAskedFor
      ? parseInput(answerSchema, { reason: input.reason?.trim() || null, message: input.message })
      : parseInput(directMoveSchema, { reason: input.reason ?? '', message: input.message }),
  );
  if (!time || !note || fieldErrors.length > 0) throw new ValidationError(fieldErrors);
  return { time, reason: note.reason ?? null, message: note.message || null };
}

/**
 * The recruiter moves an interview to a new time: the old one is left NEEDS_RESCHEDULING and a new SCHEDULED
 * interview, linked to it, takes its place, in one transaction.
 *
 * Moving a SCHEDULED interview is itself the "needs a new time" step, so it needs a reason and is recorded as a
 * request (with the reason and message) before the new time. Answering a request (NEEDS_RESCHEDULING) records only
 * the new time: the request is already in the history, and a second one would not be true.
 */
export async function rescheduleInterview(ctx: Pick<Context, 'prisma' | 'viewer'>, input: RescheduleInterviewInput) {
  const { interview, actor } = await loadInterviewForAction(ctx, input.interviewId);
  const now = new Date();
  // Only a SCHEDULED interview can be moved without anyone having asked; any other status is refused below.
  const isDirectMove = interview.status === 'SCHEDULED';
  const { time, reason, message } = parseReschedule(input, !isDirectMove, now);
  if (interview.rescheduledTo) {
    throw new InvalidTransitionError('This interview was already moved to a new time; reschedule the new one instead.', interview.status);
  }
  const notice = await checkSchedulingNotice(ctx, { agencyId: interview.agencyId, startsAt: time.startsAt, now, acknowledgeShortNotice: input.acknowledgeShortNotice });
  const { proposal } = interview;
  let newInterviewId = '';
  await moveInterview(ctx, interview, actor, 'reschedule', {
    now,
    data: isDirectMove ? { rescheduleRequestedBy: actor.party, rescheduleReason: reason } : {},
    activity: isDirectMove ? { action: 'interview.reschedule_requested', reasonText: reason, message } : null,
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
        data: {
          agencyId: interview.agencyId,
          proposalId: proposal.id,
          rescheduledFromId: interview.id,
          ...time,
          // The same calendar event at its new time: calendars move it when the SEQUENCE is higher.
          calendarUid: interview.calendarUid,
          calendarSequence: interview.calendarSequence + 1,
        },
        select: { id: true },
      });
      newInterviewId = created.id;
      await recordActivity(
        tx,
        actor,
        {
          agencyId: interview.agencyId,
          proposalId: proposal.id,
          interviewId: created.id,
          action: 'interview.rescheduled',
          fromStatus: null,
          toStatus: 'SCHEDULED',
          // The notice the new time gives, held to the policy candidates are held to.
          noticeGivenMinutes: notice.noticeGivenMinutes,
          isLate: notice.isShort,
          // A direct move's reason and message are on its request event just before; an answer carries its own.
          ...(isDirectMove ? {} : { reasonText: reason, message }),
        },
        [
          {
            userId: proposal.candidate.userId,
            title: `Interview moved: ${proposal.job.clientCompany.name}`,
            body: (reader) =>
              [`${proposal.job.title}, now ${formatInterviewTime(time, reader.timeZone)}.`, reason && `Reason: ${/[.!?]$/.test(reason) ? reason : `${reason}.`}`, message]
                .filter(Boolean)
                .join(' '),
          },
        ],
      );
      return [
        interviewChange({ id: created.id, agencyId: interview.agencyId, proposal }, 'interview.rescheduled', { from: null, to: 'SCHEDULED' }),
      ];
    },
  });
  return newInterviewId;
}

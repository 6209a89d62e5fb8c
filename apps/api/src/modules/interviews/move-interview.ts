import type { Party, Prisma } from '@shortlist/db/prisma';
import { transitionInterview, type InterviewEvent, type InterviewStatus } from '@shortlist/domain/interviews';
import type { Context } from '../../context.ts';
import { recordActivity, type ActingParty, type ActivityInput, type NotificationInput } from '../activity/record-activity.ts';
import { DEFAULT_NO_SHOW_GRACE_MINUTES } from '../agency/cancellation-policy.ts';
import { alreadyChanged, refuseTransition } from '../proposals/refuse-transition.ts';
import type { InterviewForAction } from './load-interview-for-action.ts';
import { appendChange, type Change } from '../change-log/append-change.ts';
import { interviewChange } from './interview-change.ts';

type Transition = { from: InterviewStatus; to: InterviewStatus };

export interface MoveInterviewOptions {
  now: Date;
  data?: Prisma.InterviewUncheckedUpdateManyInput;
  /** The history event; null only when the status stays and another event tells what happened (answering a request). */
  activity: Omit<ActivityInput, 'agencyId' | 'proposalId' | 'interviewId' | 'fromStatus' | 'toStatus'> | null;
  notify?: readonly NotificationInput[];
  /** The side the history shows, when the actor records for someone else. */
  recordAs?: Party;
  /** More writes that must commit or roll back with this transition, and the changes they made (for the change log). */
  alsoInTransaction?: (tx: Prisma.TransactionClient, transition: Transition) => Promise<readonly Change[] | void>;
}

/** One interview transition: the domain decides (timing included), then a guarded write with its history event. */
export async function moveInterview(
  ctx: Pick<Context, 'prisma'>,
  interview: InterviewForAction,
  actor: ActingParty,
  event: InterviewEvent,
  options: MoveInterviewOptions,
): Promise<Transition> {
  const { now } = options;
  const noShowGraceMinutes = interview.agency.cancellationPolicy?.noShowGraceMinutes ?? DEFAULT_NO_SHOW_GRACE_MINUTES;
  const decided = transitionInterview({ ...interview, hasReplacement: interview.rescheduledTo !== null }, event, actor.party, { now, noShowGraceMinutes });
  if (!decided.ok) throw refuseTransition(decided.error, interview.status);
  const transition = { from: decided.from, to: decided.to };

  await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.interview.updateMany({
      where: { id: interview.id, status: transition.from, version: interview.version },
      data: { ...options.data, status: transition.to, version: { increment: 1 } },
    });
    if (count !== 1) {
      const current = await tx.interview.findUniqueOrThrow({ where: { id: interview.id }, select: { status: true } });
      throw alreadyChanged('interview', current.status);
    }
    if (options.activity) {
      await recordActivity(
        tx,
        { ...actor, party: options.recordAs ?? actor.party },
        {
          ...options.activity,
          agencyId: interview.agencyId,
          proposalId: interview.proposal.id,
          interviewId: interview.id,
          fromStatus: transition.from,
          toStatus: transition.to,
        },
        options.notify,
      );
    }
    const changes = options.activity ? [interviewChange(interview, options.activity.action, transition)] : [];
    changes.push(...((await options.alsoInTransaction?.(tx, transition)) ?? []));
    await appendChange(tx, actor, changes);
  });
  return transition;
}

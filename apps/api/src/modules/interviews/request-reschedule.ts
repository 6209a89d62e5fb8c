import { z } from 'zod';
import type { Context } from '../../context.ts';
import { actorNameOf, notifyOtherSides } from '../activity/notify-other-sides.ts';
import { parseInput } from '../errors/errors.ts';
import { loadInterviewForAction } from './load-interview-for-action.ts';
import { moveInterview } from './move-interview.ts';
import { rescheduleMessageSchema, rescheduleReasonSchema } from './reschedule-note.ts';

const requestSchema = z.object({ reason: rescheduleReasonSchema, message: rescheduleMessageSchema });

/** Either side asks for a new time before the start; the recruiter then reschedules. */
export async function requestReschedule(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { interviewId: string; reason?: string | null; message?: string | null }) {
  const { interview, actor } = await loadInterviewForAction(ctx, input.interviewId);
  const { reason, message } = parseInput(requestSchema, { reason: input.reason ?? '', message: input.message });
  const { proposal } = interview;
  await moveInterview(ctx, interview, actor, 'requestReschedule', {
    now: new Date(),
    // The event turns tentative in calendars: a higher SEQUENCE makes a re-imported .ics update it.
    data: { rescheduleRequestedBy: actor.party, rescheduleReason: reason, calendarSequence: { increment: 1 } },
    activity: { action: 'interview.reschedule_requested', reasonText: reason, message: message || null },
    notify: notifyOtherSides(actor.party, proposal, {
      recruiter: { title: `${actorNameOf(actor.party, proposal)} asked for a new interview time`, body: message || reason },
      candidate: { title: 'A new interview time is needed', body: message || reason },
    }),
  });
  return interview.id;
}

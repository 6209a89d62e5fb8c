import type { Party } from '@shortlist/db/prisma';
import type { Context } from '../../context.ts';
import { formatInZone, transitionInterview, validateNoShowNote } from '@shortlist/domain/interviews';
import { DEFAULT_NO_SHOW_GRACE_MINUTES } from '../agency/cancellation-policy.ts';
import { ValidationError } from '../errors/errors.ts';
import { refuseTransition } from '../proposals/refuse-transition.ts';
import { notifyOtherSides } from '../activity/notify-other-sides.ts';
import { roleAt } from '../proposals/load-proposal-for-action.ts';
import { loadInterviewForAction } from './load-interview-for-action.ts';
import { moveInterview } from './move-interview.ts';

/** Staff or the client's system marks an interview that has started as completed. */
export async function completeInterview(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { interviewId: string }) {
  const { interview, actor } = await loadInterviewForAction(ctx, input.interviewId);
  const now = new Date();
  const { proposal } = interview;
  await moveInterview(ctx, interview, actor, 'complete', {
    now,
    data: { completedAt: now },
    activity: { action: 'interview.completed' },
    notify: notifyOtherSides(actor.party, proposal, {
      candidate: { title: `Interview completed: ${proposal.job.clientCompany.name}`, body: `Thank you for interviewing for ${roleAt(proposal)}. Your recruiter will be in touch.` },
      recruiter: { title: `Interview completed: ${proposal.candidate.fullName}`, body: `${proposal.job.clientCompany.name} marked the interview for ${roleAt(proposal)} as completed.` },
    }),
  });
  return interview.id;
}

/**
 * Records which side did not come, and what the recorder saw (required: it goes on that side's record, and they
 * may contest it); only from start + the agency's grace minutes.
 */
export async function recordNoShow(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { interviewId: string; party: Party; note?: string | null }) {
  const { interview, actor } = await loadInterviewForAction(ctx, input.interviewId);
  const now = new Date();
  // Too early is the answer that matters first: nobody should write a note for a no-show they cannot record yet.
  const noShowGraceMinutes = interview.agency.cancellationPolicy?.noShowGraceMinutes ?? DEFAULT_NO_SHOW_GRACE_MINUTES;
  const timing = transitionInterview({ ...interview, hasReplacement: interview.rescheduledTo !== null }, 'recordNoShow', actor.party, { now, noShowGraceMinutes });
  if (!timing.ok) throw refuseTransition(timing.error, interview.status);
  const note = validateNoShowNote(input.note);
  if (!note.ok) throw new ValidationError(note.fieldErrors);
  const { proposal } = interview;
  await moveInterview(ctx, interview, actor, 'recordNoShow', {
    now,
    data: { noShowParty: input.party, noShowNote: note.value },
    // As the seed records it: the reason names the party who did not come; the note is what the recorder saw.
    activity: { action: 'interview.no_show', reason: input.party, message: note.value },
    notify: notifyOtherSides(actor.party, proposal, {
      candidate:
        input.party === 'CANDIDATE'
          ? { title: `Missed interview: ${proposal.job.clientCompany.name}`, body: (reader) => `We missed you at ${formatInZone(interview.startsAt, reader.timeZone)}; your recruiter will be in touch. If that is not what happened, you can contest it on the interview's page.` }
          : { title: 'Sorry: the interviewer did not join', body: `We are arranging a new time for ${roleAt(proposal)} and apologise for the wasted slot.` },
      recruiter: { title: `No-show recorded: ${proposal.candidate.fullName}`, body: `${proposal.job.clientCompany.name} recorded that the ${input.party.toLowerCase()} did not come to the interview for ${roleAt(proposal)}.` },
    }),
  });
  return interview.id;
}

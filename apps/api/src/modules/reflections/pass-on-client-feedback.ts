import { z } from 'zod';
import type { Context } from '../../context.ts';
import { recordActivity } from '../activity/record-activity.ts';
import { notifyOtherSides } from '../activity/notify-other-sides.ts';
import { clockFromEnv } from '../common/clock.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError, parseInput } from '../errors/errors.ts';
import { interviewForActionSelect } from '../interviews/load-interview-for-action.ts';
import { roleAt } from '../proposals/load-proposal-for-action.ts';
import { actingPartyOf, canSeeProposal } from '../proposals/proposal-access.ts';
import { isReflectable } from './reflection-rules.ts';

const clock = clockFromEnv();

const feedbackSchema = z.object({
  feedback: z
    .string()
    .trim()
    .min(10, 'Write the feedback in a sentence or two (at least 10 characters).')
    .max(4_000, 'Keep the feedback under 4,000 characters.'),
});

/**
 * The agency's staff, or the client's system (a key with PROPOSALS_WRITE, of the job's client when limited), pass on
 * what the client said about an interview that has ended. The candidate is told in-app and by e-mail (the
 * notification's e-mail, through the outbox), in the same transaction as the write. Passing on again replaces it.
 * Allowed on a closed process too: feedback after a rejection is what a candidate learns most from.
 */
export async function passOnClientFeedback(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { interviewId: string; feedback: string }): Promise<string> {
  const id = decodeGlobalIdOf('Interview', input.interviewId, 'interview');
  const agencyId = ctx.viewer?.agencyId;
  const interview = agencyId ? await ctx.prisma.interview.findFirst({ where: { id, agencyId }, select: interviewForActionSelect }) : null;
  const actor = interview ? actingPartyOf(ctx.viewer, interview.proposal) : null;
  if (!interview || (!actor && !canSeeProposal(ctx.viewer, interview.proposal))) throw new NotFoundError('No interview with this ID.');
  if (!actor || actor.party === 'CANDIDATE') throw new NotAllowedError("Only the agency or the client's system can pass on the client's feedback.");
  const now = clock();
  if (!isReflectable(interview, now)) {
    throw new InvalidTransitionError('Feedback can be passed on once the interview has taken place.', interview.status);
  }
  const { feedback } = parseInput(feedbackSchema, { feedback: input.feedback });
  const { proposal } = interview;
  await ctx.prisma.$transaction(async (tx) => {
    // Guarded by version: a move or a cancellation in between makes this lose, not overwrite.
    const { count } = await tx.interview.updateMany({
      where: { id: interview.id, version: interview.version },
      data: { clientFeedback: feedback, clientFeedbackAt: now, clientFeedbackById: actor.actorUserId, version: { increment: 1 } },
    });
    if (count !== 1) throw new InvalidTransitionError('Someone else changed this interview just now. Reload it and try again.', interview.status);
    await recordActivity(
      tx,
      actor,
      { agencyId: proposal.agencyId, proposalId: proposal.id, interviewId: interview.id, action: 'interview.client_feedback', message: feedback },
      notifyOtherSides(actor.party, proposal, {
        candidate: {
          title: `Feedback from ${proposal.job.clientCompany.name}`,
          body: `${proposal.job.clientCompany.name} shared feedback on your interview for ${roleAt(proposal)}: "${feedback}"`,
        },
        recruiter: { title: `Client feedback passed on: ${proposal.candidate.fullName}`, body: `${proposal.job.clientCompany.name} passed on feedback on the interview for ${roleAt(proposal)}.` },
      }),
    );
  });
  return interview.id;
}

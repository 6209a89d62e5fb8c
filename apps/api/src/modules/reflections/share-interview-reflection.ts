import type { Context } from '../../context.ts';
import { clockFromEnv } from '../common/clock.ts';
import { NotFoundError } from '../errors/errors.ts';
import { loadInterviewOfCandidate } from './load-interview-of-candidate.ts';

const clock = clockFromEnv();

/**
 * Shares the candidate's reflection with their recruiter (and the agency's staff), or makes it private again. The
 * contacts stay the candidate's either way. Sharing again keeps the first time it was shared.
 */
export async function shareInterviewReflection(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { interviewId: string; shared: boolean }): Promise<string> {
  const interview = await loadInterviewOfCandidate(ctx, input.interviewId);
  const reflection = interview.reflection;
  if (!reflection) throw new NotFoundError('There is no reflection on this interview yet: save it first, then share it.');
  if (input.shared === (reflection.sharedWithRecruiterAt !== null)) return interview.id;
  await ctx.prisma.interviewReflection.update({
    where: { id: reflection.id },
    data: { sharedWithRecruiterAt: input.shared ? clock() : null },
    select: { id: true },
  });
  return interview.id;
}

import type { Prisma } from '@shortlist/db/prisma';
import type { Context } from '../../context.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { NotAllowedError, NotFoundError } from '../errors/errors.ts';
import { canSeeProposal } from '../proposals/proposal-access.ts';
import { isCandidateViewerOf } from './reflection-rules.ts';

const select = {
  id: true,
  agencyId: true,
  status: true,
  endsAt: true,
  proposal: { select: { agencyId: true, candidateId: true, job: { select: { clientCompanyId: true } }, candidate: { select: { timeZone: true } } } },
  reflection: { select: { id: true, sharedWithRecruiterAt: true, contacts: { select: { id: true, followUpBy: true } } } },
} satisfies Prisma.InterviewSelect;

export type InterviewOfCandidate = Prisma.InterviewGetPayload<{ select: typeof select }>;

/**
 * The interview behind a global ID, for its own candidate to reflect on. Anyone who may not see it gets "not found";
 * someone who sees it but is not its candidate (staff, a partner key) "not allowed": the reflection is the candidate's.
 */
export async function loadInterviewOfCandidate(ctx: Pick<Context, 'prisma' | 'viewer'>, globalId: string): Promise<InterviewOfCandidate> {
  const id = decodeGlobalIdOf('Interview', globalId, 'interview');
  const agencyId = ctx.viewer?.agencyId;
  const interview = agencyId ? await ctx.prisma.interview.findFirst({ where: { id, agencyId }, select }) : null;
  if (!interview || !canSeeProposal(ctx.viewer, interview.proposal)) throw new NotFoundError('No interview with this ID.');
  if (!isCandidateViewerOf(ctx.viewer, interview.proposal.candidateId)) throw new NotAllowedError('Only the candidate who took part in this interview can reflect on it.');
  return interview;
}

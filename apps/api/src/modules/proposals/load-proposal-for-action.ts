import type { Prisma } from '@shortlist/db/prisma';
import type { Context } from '../../context.ts';
import type { ActingParty } from '../activity/record-activity.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { NotAllowedError, NotFoundError } from '../errors/errors.ts';
import { actingPartyOf, canSeeProposal } from './proposal-access.ts';

/** What a transition needs: the guard (status, version), access, and the words for history and notifications. */
export const proposalForActionSelect = {
  id: true,
  agencyId: true,
  status: true,
  respondBy: true,
  version: true,
  jobId: true,
  candidateId: true,
  recruiterId: true,
  offeredAt: true,
  job: { select: { clientCompanyId: true, title: true, timeZone: true, clientCompany: { select: { name: true } } } },
  candidate: { select: { fullName: true, userId: true } },
  recruiter: { select: { name: true } },
} satisfies Prisma.ProposalSelect;

export type ProposalForAction = Prisma.ProposalGetPayload<{ select: typeof proposalForActionSelect }>;

/**
 * The proposal behind a global ID and the side the viewer acts for. Another agency's proposal, or one the viewer
 * may not see, is "not found"; one they may see but not act on (a read-only partner key) is "not allowed".
 */
export async function loadProposalForAction(
  ctx: Pick<Context, 'prisma' | 'viewer'>,
  globalId: string,
): Promise<{ proposal: ProposalForAction; actor: ActingParty }> {
  const id = decodeGlobalIdOf('Proposal', globalId, 'proposal');
  const agencyId = ctx.viewer?.agencyId;
  const proposal = agencyId ? await ctx.prisma.proposal.findFirst({ where: { id, agencyId }, select: proposalForActionSelect }) : null;
  const actor = proposal ? actingPartyOf(ctx.viewer, proposal) : null;
  if (!proposal || (!actor && !canSeeProposal(ctx.viewer, proposal))) throw new NotFoundError('No proposal with this ID.');
  if (!actor) throw new NotAllowedError('You can see this proposal but not change it.');
  return { proposal, actor };
}

/** "Senior Backend Engineer at Acme": how notifications name the role. */
export const roleAt = (proposal: ProposalForAction) => `${proposal.job.title} at ${proposal.job.clientCompany.name}`;

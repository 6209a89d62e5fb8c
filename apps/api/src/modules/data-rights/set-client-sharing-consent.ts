import type { Context } from '../../context.ts';
import { appendChange } from '../change-log/append-change.ts';
import { changeActorOf } from '../change-log/change-actor-of.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError } from '../errors/errors.ts';

/**
 * The candidate gives or withdraws their consent (GDPR art. 6/7) to share their profile with a proposal's client.
 * Only the proposal's own candidate may; giving it again after a withdrawal starts a new consent. The write is guarded
 * on the version read, and appended to the change log (the client's partner keys start or stop seeing the profile).
 */
export async function setClientSharingConsent(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { proposalId: string; isGiven: boolean }, now: Date) {
  const viewer = ctx.viewer;
  const id = decodeGlobalIdOf('Proposal', input.proposalId, 'proposal');
  const proposal =
    viewer?.kind === 'user'
      ? await ctx.prisma.proposal.findFirst({
          where: { id, agencyId: viewer.agencyId },
          select: { id: true, agencyId: true, candidateId: true, version: true, clientSharingConsentAt: true, clientSharingConsentWithdrawnAt: true },
        })
      : null;
  const isOwn = proposal !== null && viewer?.kind === 'user' && viewer.candidateProfileId === proposal.candidateId;
  if (!proposal || !isOwn) {
    // Staff see the proposal but the consent is the candidate's alone to give; everyone else learns nothing.
    if (proposal && viewer?.kind === 'user' && viewer.role !== 'CANDIDATE') throw new NotAllowedError('Only the candidate can give or withdraw this consent.');
    throw new NotFoundError('No proposal with this ID.');
  }
  const isShared = proposal.clientSharingConsentAt !== null && proposal.clientSharingConsentWithdrawnAt === null;
  if (isShared === input.isGiven) return proposal.id;
  await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.proposal.updateMany({
      where: { id: proposal.id, version: proposal.version },
      data: input.isGiven
        ? { clientSharingConsentAt: now, clientSharingConsentWithdrawnAt: null, version: { increment: 1 } }
        : { clientSharingConsentWithdrawnAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new InvalidTransitionError('The proposal changed meanwhile; read it again and decide.', null);
    await appendChange(tx, changeActorOf(viewer!), {
      agencyId: proposal.agencyId,
      entity: 'PROPOSAL',
      entityId: proposal.id,
      kind: 'proposal.sharing_changed',
      data: { isSharedWithClient: input.isGiven },
    });
  });
  return proposal.id;
}

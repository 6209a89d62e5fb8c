import type { Context } from '../../context.ts';
import { InvalidTransitionError, NotAllowedError } from '../errors/errors.ts';

/**
 * The candidate renews their consent: consentRenewedAt (and the profile's updatedAt, so it counts as activity) is
 * now, and an erasure the retention policy requested and not yet carried out is cancelled, in one transaction.
 */
export async function renewConsent(ctx: Pick<Context, 'prisma' | 'viewer'>, now: Date): Promise<string> {
  const viewer = ctx.viewer;
  const candidateId = viewer?.kind === 'user' && viewer.role === 'CANDIDATE' ? viewer.candidateProfileId : null;
  if (!candidateId) throw new NotAllowedError('Only a candidate can renew their consent.');
  await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.candidateProfile.updateMany({ where: { id: candidateId, erasedAt: null }, data: { consentRenewedAt: now } });
    if (count !== 1) throw new InvalidTransitionError('Your data was erased; there is nothing to renew.', null);
    await tx.erasureRequest.updateMany({ where: { candidateId, source: 'retention', completedAt: null, cancelledAt: null }, data: { cancelledAt: now } });
  });
  return candidateId;
}

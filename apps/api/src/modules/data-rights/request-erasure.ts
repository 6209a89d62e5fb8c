import type { Context } from '../../context.ts';
import { idFromGlobalId } from '../common/global-id.ts';
import { queueEmails } from '../email/queue-email.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError } from '../errors/errors.ts';

const DAY_MS = 86_400_000;

/** An erasure request that is neither carried out nor cancelled. */
export const openErasureWhere = { completedAt: null, cancelledAt: null } as const;

/**
 * A request to be forgotten (GDPR art. 17): by the candidate for themself, or by an agency admin for one of the
 * agency's candidates. It is carried out `erasureGraceDays` (the agency's setting) from now unless cancelled first.
 * One open request per candidate: the candidate's row is locked while checking, so two requests at once make one.
 * Recruiters and partner keys may not (NotAllowedError); another agency's candidate is not found.
 */
export async function requestErasure(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { candidateId?: string | null }, now: Date): Promise<string> {
  const viewer = ctx.viewer;
  if (viewer?.kind !== 'user' || (viewer.role !== 'CANDIDATE' && viewer.role !== 'ADMIN')) {
    throw new NotAllowedError('Only the candidate, or an admin of their agency, can ask for their data to be erased.');
  }
  let candidateId: string | null;
  if (viewer.role === 'CANDIDATE') {
    const named = input.candidateId ? idFromGlobalId(input.candidateId, 'Candidate') : viewer.candidateProfileId;
    // A candidate asks for themself only; anyone else's ID reads as not found.
    candidateId = named && named === viewer.candidateProfileId ? named : null;
  } else {
    candidateId = input.candidateId ? idFromGlobalId(input.candidateId, 'Candidate') : null;
  }
  const candidate = candidateId
    ? await ctx.prisma.candidateProfile.findFirst({ where: { id: candidateId, agencyId: viewer.agencyId }, select: { id: true, agencyId: true, userId: true, erasedAt: true } })
    : null;
  if (!candidate) throw new NotFoundError('No candidate with this ID.');
  if (candidate.erasedAt) throw new InvalidTransitionError("This candidate's data was already erased.", null);
  return ctx.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "CandidateProfile" WHERE "id" = ${candidate.id}::uuid FOR UPDATE`;
    const open = await tx.erasureRequest.findFirst({ where: { candidateId: candidate.id, ...openErasureWhere }, select: { dueAt: true } });
    if (open) throw new InvalidTransitionError(`An erasure is already requested; it is due ${open.dueAt.toISOString()} and can be cancelled until then.`, null);
    const agency = await tx.agency.findUniqueOrThrow({ where: { id: candidate.agencyId }, select: { erasureGraceDays: true } });
    const request = await tx.erasureRequest.create({
      data: {
        agencyId: candidate.agencyId,
        candidateId: candidate.id,
        requestedByUserId: viewer.userId,
        source: viewer.role === 'CANDIDATE' ? 'candidate' : 'admin',
        requestedAt: now,
        dueAt: new Date(now.getTime() + agency.erasureGraceDays * DAY_MS),
      },
      select: { id: true },
    });
    // The candidate is told what happens and when, with the way to cancel (PRIVACY: always sent), whoever asked.
    if (candidate.userId) {
      await queueEmails(tx, [
        {
          agencyId: candidate.agencyId,
          userId: candidate.userId,
          kind: 'privacy.erasure_scheduled',
          category: 'PRIVACY',
          dedupeKey: `privacy.erasure_scheduled:${request.id}`,
          data: { erasureRequestId: request.id },
        },
      ]);
    }
    return request.id;
  });
}

/**
 * Cancels a pending erasure during its grace period: the candidate their own, an admin any of the agency's. A request
 * already carried out, already cancelled or past its due time is an InvalidTransitionError (the guarded update makes
 * a cancel and the sweeper at the same moment end one way only).
 */
export async function cancelErasure(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { erasureRequestId: string }, now: Date): Promise<string> {
  const viewer = ctx.viewer;
  if (viewer?.kind !== 'user' || (viewer.role !== 'CANDIDATE' && viewer.role !== 'ADMIN')) {
    throw new NotAllowedError('Only the candidate, or an admin of their agency, can cancel an erasure.');
  }
  const id = idFromGlobalId(input.erasureRequestId, 'ErasureRequest');
  const request = id ? await ctx.prisma.erasureRequest.findFirst({ where: { id, agencyId: viewer.agencyId }, select: { id: true, candidateId: true } }) : null;
  if (!request || (viewer.role === 'CANDIDATE' && request.candidateId !== viewer.candidateProfileId)) throw new NotFoundError('No erasure request with this ID.');
  const { count } = await ctx.prisma.erasureRequest.updateMany({
    where: { id: request.id, ...openErasureWhere, dueAt: { gt: now } },
    data: { cancelledAt: now },
  });
  if (count !== 1) throw new InvalidTransitionError('This erasure can no longer be cancelled: it was carried out or cancelled already.', null);
  return request.id;
}

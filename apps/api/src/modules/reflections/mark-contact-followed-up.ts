import type { Context } from '../../context.ts';
import { clockFromEnv } from '../common/clock.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { NotFoundError } from '../errors/errors.ts';
import { isCandidateViewerOf } from './reflection-rules.ts';

const clock = clockFromEnv();

/** The candidate marks a contact followed up (once: marking again keeps the first time). Contacts are theirs alone. */
export async function markContactFollowedUp(ctx: Pick<Context, 'prisma' | 'viewer'>, input: { contactId: string }): Promise<string> {
  const id = decodeGlobalIdOf('ReflectionContact', input.contactId, 'contact');
  const contact = ctx.viewer ? await ctx.prisma.reflectionContact.findFirst({ where: { id, agencyId: ctx.viewer.agencyId }, select: { id: true, candidateId: true } }) : null;
  if (!contact || !isCandidateViewerOf(ctx.viewer, contact.candidateId)) throw new NotFoundError('No contact with this ID.');
  await ctx.prisma.reflectionContact.updateMany({ where: { id, followedUpAt: null }, data: { followedUpAt: clock() } });
  return id;
}

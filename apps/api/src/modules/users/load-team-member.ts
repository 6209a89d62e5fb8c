import type { Prisma } from '@shortlist/db/prisma';
import type { Viewer } from '../../context.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { NotFoundError } from '../errors/errors.ts';
import { teamMemberStatusOf } from './team-member-fields.ts';

/**
 * A member of the admin's own team (a recruiter or admin) by global ID, with their status; anyone else (a candidate,
 * another agency's staff, an unknown ID) is not found, so an ID reveals nothing.
 */
export async function loadTeamMember(tx: Prisma.TransactionClient, viewer: Extract<Viewer, { kind: 'user' }>, globalId: string) {
  const id = decodeGlobalIdOf('User', globalId, 'team member');
  const user = await tx.user.findFirst({
    where: { id, agencyId: viewer.agencyId, role: { in: ['RECRUITER', 'ADMIN'] } },
    select: {
      id: true,
      role: true,
      disabledAt: true,
      passwordHash: true,
      invitation: { select: { id: true, acceptedAt: true, revokedAt: true } },
    },
  });
  if (!user) throw new NotFoundError('No team member with this ID.');
  const status = teamMemberStatusOf(user);
  // A revoked invitee is off the team list: acting on them reads as not found.
  if (user.invitation && !user.invitation.acceptedAt && user.invitation.revokedAt) throw new NotFoundError('No team member with this ID.');
  return { ...user, status, isPending: user.passwordHash === '' };
}

import type { Prisma, UserRole } from '@shortlist/db/prisma';
import { createSessionToken } from '../auth/session-cookie.ts';
import { queueEmails } from '../email/queue-email.ts';

export const INVITATION_DAYS = 7;

/**
 * Gives a pending invitee a fresh invitation (a new random token; only its sha256 is stored) valid for 7 days, and
 * queues its e-mail in the same transaction. A previous token of theirs stops working: the invitation row is one per
 * person, and its e-mail is not sent once the token it carries is no longer the stored one.
 */
export async function issueInvitation(
  tx: Prisma.TransactionClient,
  args: { agencyId: string; userId: string; role: UserRole; invitedById: string; now: Date },
): Promise<{ invitationId: string; expiresAt: Date }> {
  const { token, tokenHash } = createSessionToken();
  const expiresAt = new Date(args.now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const fields = { role: args.role, tokenHash, invitedById: args.invitedById, createdAt: args.now, expiresAt, acceptedAt: null, revokedAt: null };
  const invitation = await tx.invitation.upsert({
    where: { userId: args.userId },
    create: { agencyId: args.agencyId, userId: args.userId, ...fields },
    update: fields,
    select: { id: true },
  });
  await queueEmails(tx, [
    {
      agencyId: args.agencyId,
      userId: args.userId,
      kind: 'invitation',
      // Not a digestible category's wait: PROPOSAL_UPDATES would be, but a pending invitee has no preferences (immediately).
      category: 'PROPOSAL_UPDATES',
      dedupeKey: `invitation:${invitation.id}:${tokenHash.slice(0, 16)}`,
      // The token itself: the link is written at send time, and the stored hash cannot give it back.
      data: { token },
    },
  ]);
  return { invitationId: invitation.id, expiresAt };
}

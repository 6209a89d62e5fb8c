import type { Prisma } from '@shortlist/db/prisma';

/** Active admins of the agency other than this user: signed up (a password set), not deactivated. */
export function countOtherActiveAdmins(tx: Prisma.TransactionClient, agencyId: string, userId: string): Promise<number> {
  return tx.user.count({ where: { agencyId, role: 'ADMIN', disabledAt: null, passwordHash: { not: '' }, id: { not: userId } } });
}

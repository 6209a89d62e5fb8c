import type { Prisma } from '@shortlist/db/prisma';

/**
 * Serialises changes to one agency's team (roles, deactivation) by locking its agency row until the transaction ends,
 * so two admins demoting each other at once cannot leave the agency without an active admin: the second waits and
 * then counts the first one's change.
 */
export async function lockAgencyTeam(tx: Prisma.TransactionClient, agencyId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Agency" WHERE id = ${agencyId}::uuid FOR UPDATE`;
}

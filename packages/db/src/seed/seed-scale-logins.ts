import { hashPassword } from '../auth/hash-password.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { UserRole } from '../generated/prisma/enums.ts';
import { seedUuid } from './create-random.ts';

/** The same password as the demo logins: the scale agency is load-test data, never a real agency's. */
export const SCALE_PASSWORD = 'shortlist';

export const SCALE_LOGINS: ReadonlyArray<{ email: string; name: string; role: UserRole; what: string }> = [
  { email: 'recruiter@scale.test', name: 'Sam Scale', role: 'RECRUITER', what: 'Recruiter, Scale Agency (the rankings)' },
  { email: 'admin@scale.test', name: 'Ada Scale', role: 'ADMIN', what: 'Agency admin, Scale Agency' },
];

/**
 * The Scale Agency's recruiter and admin, so someone can sign in and look at its rankings. An account that exists
 * is left as it is (its password may have been changed on purpose); the count of accounts created is returned.
 */
export async function seedScaleLogins(prisma: PrismaClient, agencyId: string): Promise<number> {
  let created = 0;
  for (const login of SCALE_LOGINS) {
    const existing = await prisma.user.findUnique({ where: { email: login.email }, select: { id: true } });
    if (existing) continue;
    await prisma.user.create({
      data: {
        id: seedUuid('scale', 'user', login.email),
        agencyId,
        email: login.email,
        name: login.name,
        role: login.role,
        passwordHash: await hashPassword(SCALE_PASSWORD),
      },
    });
    created++;
  }
  return created;
}

import { hashPassword } from '../auth/hash-password.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';

export interface FirstAdminInput {
  agencyName: string;
  email: string;
  name: string;
  password: string;
}

/** A problem the person running the command can fix from the message alone. */
export class CreateAdminError extends Error {
  override name = 'CreateAdminError';
}

/**
 * The first agency admin of a database without demo data (production): creates the agency, unless one of that name
 * exists, and an ADMIN with this e-mail and password. Everything else (recruiters, keys) the admin does in the app.
 */
export async function createFirstAdmin(prisma: PrismaClient, input: FirstAdminInput): Promise<{ agencyId: string; userId: string }> {
  const agencyName = input.agencyName.trim();
  const email = input.email.trim().toLowerCase();
  const slug = agencyName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (!slug) throw new CreateAdminError('Name the agency, e.g. --agency "Northwind Talent".');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) throw new CreateAdminError(`"${input.email}" is not an e-mail address.`);
  if (input.password.length < 12) throw new CreateAdminError('The password must be at least 12 characters.');
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new CreateAdminError(`An account with the e-mail ${email} already exists.`);
  }
  const passwordHash = await hashPassword(input.password);
  const agency = await prisma.agency.upsert({ where: { slug }, create: { name: agencyName, slug }, update: {}, select: { id: true } });
  const user = await prisma.user.create({
    data: { agencyId: agency.id, email, name: input.name.trim() || email.split('@')[0]!, role: 'ADMIN', passwordHash },
    select: { id: true },
  });
  return { agencyId: agency.id, userId: user.id };
}

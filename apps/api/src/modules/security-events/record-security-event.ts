import type { PrismaClient, SecurityEventKind } from '@shortlist/db/prisma';

export interface SecurityEventInput {
  kind: SecurityEventKind;
  /** Null for a sign-in with an e-mail no account has: nobody's to read. */
  agencyId: string | null;
  userId?: string | null;
  apiKeyId?: string | null;
  email?: string | null;
  ip?: string | null;
}

/** One row for the agency admin's access log (`securityEvents`). */
export async function recordSecurityEvent(prisma: PrismaClient, event: SecurityEventInput): Promise<void> {
  await prisma.securityEvent.create({
    data: {
      kind: event.kind,
      agencyId: event.agencyId,
      userId: event.userId ?? null,
      apiKeyId: event.apiKeyId ?? null,
      email: event.email?.slice(0, 254) ?? null,
      ip: event.ip ?? null,
    },
    select: { id: true },
  });
}

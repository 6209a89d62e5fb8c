import type { Prisma, ProposalStatus } from '@shortlist/db/prisma';

/**
 * Effective statuses as a WHERE, so lists filter in the database: PROPOSED means still open for an answer (a
 * stored PROPOSED past its respond-by reads EXPIRED), EXPIRED includes those lapsed ones. Empty: no filter.
 */
export function effectiveStatusWhere(statuses: readonly ProposalStatus[] | null | undefined, now: Date): Prisma.ProposalWhereInput {
  if (!statuses?.length) return {};
  const conditions = [...new Set(statuses)].map((status): Prisma.ProposalWhereInput => {
    if (status === 'PROPOSED') return { status: 'PROPOSED', respondBy: { gte: now } };
    if (status === 'EXPIRED') return { OR: [{ status: 'EXPIRED' }, { status: 'PROPOSED', respondBy: { lt: now } }] };
    return { status };
  });
  return conditions.length === 1 ? conditions[0]! : { OR: conditions };
}

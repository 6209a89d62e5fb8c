import type { PrismaClient } from '@shortlist/db/prisma';
import { normalizePhone } from '@shortlist/domain/duplicates';

/**
 * Fills `normalizedPhone` on profiles written before it was kept (issue 14), in batches by ID, so duplicate detection
 * finds them by phone. Idempotent: only rows with a phone and no normalized one are read; a phone that does not parse
 * stays null. SQL alone cannot do this (a national number needs the country's numbering plan), hence libphonenumber-js
 * here; the lead may run it once from a data migration or at start-up. Returns how many rows it filled.
 */
export async function backfillNormalizedPhones(prisma: PrismaClient, batchSize = 500): Promise<number> {
  let filled = 0;
  let after: string | undefined;
  for (;;) {
    const rows = await prisma.candidateProfile.findMany({
      where: { phone: { not: null }, normalizedPhone: null, ...(after ? { id: { gt: after } } : {}) },
      select: { id: true, phone: true, country: true },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    if (rows.length === 0) return filled;
    after = rows.at(-1)!.id;
    for (const row of rows) {
      const normalizedPhone = normalizePhone(row.phone, row.country);
      if (!normalizedPhone) continue;
      // Guarded: a profile edited meanwhile already got its own value.
      const { count } = await prisma.candidateProfile.updateMany({ where: { id: row.id, phone: row.phone, normalizedPhone: null }, data: { normalizedPhone } });
      filled += count;
    }
  }
}

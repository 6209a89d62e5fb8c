import type { Prisma, PrismaClient } from '@shortlist/db/prisma';
import { likelyDuplicateReasons, mailboxOf, normalizeEmail, normalizePhone, type DuplicateProfile, type DuplicateVerdict } from '@shortlist/domain/duplicates';

/** At most this many profiles are scored per lookup (a big city's candidates), newest first. */
const POOL_LIMIT = 500;
/** At most this many likely duplicates are answered, surest first. */
export const MAX_LIKELY_DUPLICATES = 10;

export type DuplicateProbe = DuplicateProfile & { country: string };
export type LikelyDuplicateRow<T> = { candidate: T; verdict: DuplicateVerdict };

const poolSelect = {
  id: true,
  fullName: true,
  email: true,
  phone: true,
  normalizedPhone: true,
  country: true,
  city: true,
  skills: { select: { skillId: true } },
} as const;

/**
 * The agency's profiles that are probably the same person as `probe`, surest first. The pool is found in SQL by what
 * can match at all (the same mailbox, the same E.164 phone, the same city, or no city with the name's longest word),
 * then each is scored by the domain's likelyDuplicateReasons. Erased profiles are never offered.
 */
export async function findLikelyDuplicates(
  prisma: PrismaClient | Prisma.TransactionClient,
  agencyId: string,
  probe: DuplicateProbe,
  excludeId: string | null = null,
): Promise<Array<LikelyDuplicateRow<{ id: string }>>> {
  const email = normalizeEmail(probe.email);
  const phone = probe.normalizedPhone ?? normalizePhone(probe.phone, probe.country);
  const longestWord = probe.fullName
    .split(/\s+/)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)[0];
  const mailbox = mailboxOf(email);
  const gmailIds = mailbox?.endsWith('@gmail.com') ? await sameGmailMailbox(prisma, agencyId, mailbox) : [];
  const city = probe.city?.trim();
  const or: Prisma.CandidateProfileWhereInput[] = [];
  if (email) or.push({ email });
  if (gmailIds.length > 0) or.push({ id: { in: gmailIds } });
  if (phone) or.push({ normalizedPhone: phone });
  if (city) or.push({ country: probe.country, city: { equals: city, mode: 'insensitive' } });
  if (longestWord && longestWord.length >= 2) {
    const sameWord = { fullName: { contains: longestWord, mode: 'insensitive' as const } };
    or.push(city ? { country: probe.country, city: null, ...sameWord } : { country: probe.country, ...sameWord });
  }
  if (or.length === 0) return [];
  const pool = await prisma.candidateProfile.findMany({
    where: { agencyId, erasedAt: null, ...(excludeId ? { id: { not: excludeId } } : {}), OR: or },
    select: poolSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: POOL_LIMIT,
  });
  const probeWithPhone = { ...probe, normalizedPhone: phone };
  return pool
    .map((row) => ({ candidate: { id: row.id }, verdict: likelyDuplicateReasons(probeWithPhone, profileOf(row)) }))
    .filter((row): row is LikelyDuplicateRow<{ id: string }> => row.verdict !== null)
    .sort((a, b) => b.verdict.score - a.verdict.score)
    .slice(0, MAX_LIKELY_DUPLICATES);
}

/** A stored profile as duplicate detection reads it. */
export function profileOf(row: {
  fullName: string;
  email: string;
  phone: string | null;
  normalizedPhone: string | null;
  country: string;
  city: string | null;
  skills: ReadonlyArray<{ skillId: string }>;
}): DuplicateProbe {
  return {
    fullName: row.fullName,
    email: row.email,
    phone: row.phone,
    normalizedPhone: row.normalizedPhone ?? normalizePhone(row.phone, row.country),
    country: row.country,
    city: row.city,
    skills: row.skills.map((skill) => skill.skillId),
  };
}

/** Profiles whose Gmail address reaches the same inbox (dots and +tags aside); SQL so the index of e-mails is not needed. */
async function sameGmailMailbox(prisma: PrismaClient | Prisma.TransactionClient, agencyId: string, mailbox: string): Promise<string[]> {
  const name = mailbox.slice(0, mailbox.indexOf('@'));
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT id::text AS id FROM "CandidateProfile"
    WHERE "agencyId" = ${agencyId}::uuid
      AND "erasedAt" IS NULL
      AND split_part(email, '@', 2) IN ('gmail.com', 'googlemail.com')
      AND replace(split_part(split_part(email, '@', 1), '+', 1), '.', '') = ${name}
    LIMIT 50`;
  return rows.map((row) => row.id);
}

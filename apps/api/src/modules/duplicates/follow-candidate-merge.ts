import type { PrismaClient } from '@shortlist/db/prisma';

/** A merge of a merge is followed this many times at most (A into B, then B into C). */
const MAX_HOPS = 5;

/**
 * The profile a merged candidate's ID now stands for: the survivor of its merge (followed through later merges), or
 * null when the ID was never merged. Whether the viewer may see that profile is the caller's check.
 */
export async function followCandidateMerge(prisma: PrismaClient, candidateId: string): Promise<string | null> {
  let id = candidateId;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const merge = await prisma.candidateMerge.findUnique({ where: { mergedId: id }, select: { survivorId: true } });
    if (!merge) return hop === 0 ? null : id;
    id = merge.survivorId;
  }
  return id;
}

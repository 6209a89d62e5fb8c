import type { TaxonomyData } from '@shortlist/domain/matching';
import skillsData from '../../data/skills.json' with { type: 'json' };
import type { Prisma } from '../generated/prisma/client.ts';
import { insertRows } from './insert-rows.ts';

/** The taxonomy file the seed and the matching engine share. */
export const taxonomyData: TaxonomyData = skillsData;

type SkillClient = Pick<Prisma.TransactionClient, '$executeRawUnsafe'>;

/**
 * Inserts the skill taxonomy: every skill with its aliases, RELATED links with their partial-credit weight and
 * PARENT links with weight 1. Rows that already exist are left alone, so it is safe on a seeded database.
 */
export async function seedSkills(client: SkillClient): Promise<{ skills: number; skillLinks: number }> {
  const skills = taxonomyData.skills.map(({ id, name, category, aliases }) => ({ id, name, category, aliases }));
  const links: Prisma.SkillLinkCreateManyInput[] = taxonomyData.skills.flatMap((skill) => [
    ...skill.related.map((r) => ({ skillId: skill.id, linkedSkillId: r.id, kind: 'RELATED' as const, weight: r.weight })),
    ...skill.parents.map((parentId) => ({ skillId: skill.id, linkedSkillId: parentId, kind: 'PARENT' as const, weight: 1 })),
  ]);
  return {
    skills: await insertRows(client, 'Skill', skills, { skipDuplicates: true }),
    skillLinks: await insertRows(client, 'SkillLink', links, { skipDuplicates: true }),
  };
}

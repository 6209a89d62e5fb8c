import { builder } from '../../builder.ts';
import { resolveSkillReference } from './resolve-skill-reference.ts';
import { skillTaxonomy } from './skill-taxonomy.ts';

export const SkillRef = builder.prismaObject('Skill', {
  description: 'A canonical skill of the taxonomy. Its id is a readable slug ("postgresql").',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The slug, e.g. "kubernetes"; accepted wherever a skill is asked for.' }),
    name: t.exposeString('name'),
    category: t.exposeString('category'),
    aliases: t.exposeStringList('aliases', { description: 'Other spellings that mean this skill ("k8s").' }),
  }),
});

const DEFAULT_SKILLS = 20;
const MAX_SKILLS = 100;

/** Skill ids for an autocomplete: the exact spelling first, then prefixes of names and aliases, then near misses. */
export function searchSkillIds(search: string | null | undefined, first: number): string[] {
  const text = search?.trim() ?? '';
  if (text === '') {
    return [...skillTaxonomy.skills].sort((a, b) => a.name.localeCompare(b.name)).slice(0, first).map((s) => s.id);
  }
  const ids = new Set<string>();
  const exact = resolveSkillReference(text);
  if (exact) ids.add(exact.id);
  for (const name of skillTaxonomy.suggest(text, first)) {
    const skill = skillTaxonomy.resolve(name);
    if (skill) ids.add(skill.id);
  }
  return [...ids].slice(0, first);
}

builder.queryField('skills', (t) =>
  t.prismaField({
    type: ['Skill'],
    description: 'Skills for an autocomplete: by name, alias ("k8s") or a near spelling, best first. At most 100.',
    authScopes: { signedIn: true },
    args: {
      search: t.arg.string({ required: false }),
      first: t.arg.int({ required: false, defaultValue: DEFAULT_SKILLS }),
    },
    resolve: async (query, _root, { search, first }, ctx) => {
      const size = Math.min(Math.max(first ?? DEFAULT_SKILLS, 1), MAX_SKILLS);
      const ids = searchSkillIds(search?.slice(0, 100), size);
      const rows = await ctx.prisma.skill.findMany({ ...query, where: { id: { in: ids } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
  }),
);

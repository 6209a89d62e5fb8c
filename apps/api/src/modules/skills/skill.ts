import { builder } from '../../builder.ts';
import { resolveSkillReference } from './resolve-skill-reference.ts';
import { skillTaxonomy } from './skill-taxonomy.ts';

export const SkillRef = builder.prismaNode('Skill', {
  id: { field: 'id', description: 'The skill\'s global ID; accepted wherever a skill is asked for, as are its slug, name and aliases.' },
  description:
    'A canonical skill of the taxonomy, the same for every agency: jobs require skills, candidates have them, matches compare them. Anyone may read it (the public job board shows job skills).',
  // The taxonomy holds no agency's data. The rule is checked once per skill object rather than around each of its
  // fields (a job page shows ~300 skills): a rule that always passes has nothing to report field by field.
  authScopes: () => true,
  runScopesOnType: true,
  extensions: { nodeIdPattern: /^[a-z0-9][a-z0-9-]{0,63}$/ },
  fields: (t) => ({
    slug: t.exposeString('id', { description: 'The readable, stable key of the skill, e.g. "kubernetes" or "postgresql".' }),
    name: t.exposeString('name', { description: 'The canonical name, e.g. "Kubernetes".' }),
    category: t.exposeString('category', { description: 'The area the skill belongs to, e.g. "Backend", "DevOps", "Frontend".' }),
    aliases: t.exposeStringList('aliases', { description: 'Other spellings that mean this skill ("k8s" for Kubernetes), lower case.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the taxonomy entry last changed (its name, category or aliases).' }),
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
    description:
      'Skills for an autocomplete: by name, alias ("k8s") or a near spelling, best first; without `search`, by name. For anyone signed in (staff, candidates, partner keys).',
    authScopes: { signedIn: true },
    args: {
      search: t.arg.string({ required: false, description: 'What the person typed: a name, an alias or a prefix (at most 100 characters are read).' }),
      first: t.arg.int({ required: false, defaultValue: DEFAULT_SKILLS, description: `How many skills, 1 to ${MAX_SKILLS}.` }),
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

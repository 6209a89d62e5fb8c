import type { Skill } from '@shortlist/domain/matching';
import { z } from 'zod';
import { idFromSkillGlobalId } from './skill-global-id.ts';
import { skillTaxonomy } from './skill-taxonomy.ts';

/** A skill as a client names it: its global ID (Skill.id), its slug ("postgresql"), its name or any alias ("k8s", "Postgres"). */
export function resolveSkillReference(reference: string): Skill | undefined {
  const slug = idFromSkillGlobalId(reference);
  return (slug === null ? undefined : skillTaxonomy.get(slug)) ?? skillTaxonomy.get(reference) ?? skillTaxonomy.resolve(reference);
}

/** "Unknown skill "Kubernets". Did you mean Kubernetes?" */
export function describeUnknownSkill(reference: string): string {
  const suggestions = skillTaxonomy.suggest(reference, 3);
  const unknown = `Unknown skill "${reference}".`;
  if (suggestions.length === 0) return `${unknown} Pick one from the skills list.`;
  const names = suggestions.length === 1 ? suggestions[0] : `${suggestions.slice(0, -1).join(', ')} or ${suggestions.at(-1)}`;
  return `${unknown} Did you mean ${names}?`;
}

/** A zod string that becomes the canonical skill id, or an issue on that field suggesting the nearest names. */
export const skillReferenceSchema = z
  .string()
  .trim()
  .min(1, 'Name a skill.')
  .max(100, 'A skill name is at most 100 characters.')
  .transform((reference, ctx) => {
    const skill = resolveSkillReference(reference);
    if (skill) return skill.id;
    ctx.addIssue({ code: 'custom', message: describeUnknownSkill(reference), input: reference });
    return z.NEVER;
  });

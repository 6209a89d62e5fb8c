import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { describeUnknownSkill, resolveSkillReference } from '../skills/resolve-skill-reference.ts';
import { skillTaxonomy } from '../skills/skill-taxonomy.ts';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** The taxonomy slug behind a Skill's global ID (Skill.id); undefined for anything else, a bare slug or name included. */
function slugOf(id: string): string | undefined {
  try {
    const decoded = decodeGlobalID(id);
    return decoded.typename === 'Skill' && skillTaxonomy.get(decoded.id) ? decoded.id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A `skillIds` filter: the skills these ids name, and only ids. A name or alias ("k8s") is refused with a pointer to
 * `skillNames`, so a typo never silently becomes another skill.
 */
export function skillIdsFromIds(ids: ReadonlyArray<string | number> | null | undefined, namesField: string): string[] {
  return (ids ?? []).map((id) => {
    const slug = slugOf(String(id));
    if (!slug) throw badInput(`"${String(id)}" is not a skill ID. Pass IDs from Skill.id here, or names and aliases in ${namesField}.`);
    return slug;
  });
}

/** A `skillNames` filter: names or aliases as people type them, or an error suggesting the nearest skills. */
export function skillIdsFromNames(names: readonly string[] | null | undefined): string[] {
  return (names ?? []).map((name) => {
    const skill = resolveSkillReference(name);
    if (!skill) throw badInput(describeUnknownSkill(name));
    return skill.id;
  });
}

import { MatchingInputError } from './matching-input-error.ts';
import { normalizeSkillName } from './normalize-skill-name.ts';
import type { TaxonomyData } from './types.ts';

export type Skill = {
  id: string;
  /** Dense integer id, 0..size-1, in the order of the data file. */
  index: number;
  name: string;
  category: string;
  aliases: readonly string[];
  related: ReadonlyArray<{ id: string; weight: number }>;
  parents: readonly string[];
};

/** Relation codes stored in `SkillTaxonomy.credit.kind`. */
export const CREDIT_SAME = 0;
export const CREDIT_RELATED = 1;
export const CREDIT_IMPLIED_BY_CHILD = 2;

/** A candidate's React says they know JavaScript; slightly less than listing JavaScript itself. */
export const IMPLIED_BY_CHILD_WEIGHT = 0.9;

export type SkillTaxonomy = {
  readonly skills: readonly Skill[];
  readonly size: number;
  /** By slug id, exactly as stored on profiles. */
  get(id: string): Skill | undefined;
  /** By any spelling of the id, name or an alias ("k8s", "Node.js", "POSTGRES"). */
  resolve(name: string): Skill | undefined;
  /** Up to n known skill names nearest to `name` (prefix first, then edit distance), for "unknown skill" messages. */
  suggest(name: string, n?: number): string[];
  /**
   * For each required skill r, the candidate skills that earn credit for it, as CSR arrays:
   * entries credit.start[r] .. credit.start[r+1]-1 give (skill index, weight 0..1, relation code).
   * The same skill first (weight 1), then related skills (symmetric) and descendants (IMPLIED_BY_CHILD_WEIGHT).
   */
  readonly credit: { start: Int32Array; skill: Int32Array; weight: Float64Array; kind: Uint8Array };
};

const MAX_SKILLS = 65_535;

/** Validates the seed's skills data and compiles it for matching. Throws MatchingInputError naming the field. */
export function buildTaxonomy(data: TaxonomyData): SkillTaxonomy {
  if (data === null || typeof data !== 'object' || !Array.isArray(data.skills)) {
    throw new MatchingInputError('taxonomy.skills', 'INVALID_TAXONOMY', 'must be an array of skills.');
  }
  if (data.skills.length > MAX_SKILLS) {
    throw new MatchingInputError('taxonomy.skills', 'TOO_MANY_SKILLS', `has ${data.skills.length} skills; at most ${MAX_SKILLS} are supported.`);
  }
  const indexById = new Map<string, number>();
  data.skills.forEach((skill, i) => {
    const field = `taxonomy.skills[${i}]`;
    if (typeof skill.id !== 'string' || skill.id.length === 0) {
      throw new MatchingInputError(`${field}.id`, 'INVALID_SKILL_ID', 'must be a non-empty string.');
    }
    if (typeof skill.name !== 'string' || normalizeSkillName(skill.name) === '') {
      throw new MatchingInputError(`${field}.name`, 'INVALID_SKILL_NAME', 'must contain letters or digits.');
    }
    if (indexById.has(skill.id)) {
      throw new MatchingInputError(`${field}.id`, 'DUPLICATE_SKILL_ID', `"${skill.id}" is used by another skill.`);
    }
    if (!Array.isArray(skill.aliases) || !Array.isArray(skill.related) || !Array.isArray(skill.parents)) {
      throw new MatchingInputError(field, 'INVALID_SKILL', 'aliases, related and parents must be arrays.');
    }
    indexById.set(skill.id, i);
  });

  // Every spelling must lead to exactly one skill.
  const byKey = new Map<string, number>();
  const claim = (key: string, owner: number, field: string, spelling: string) => {
    if (key === '') {
      throw new MatchingInputError(field, 'INVALID_ALIAS', `"${spelling}" has no letters or digits.`);
    }
    const previous = byKey.get(key);
    if (previous !== undefined && previous !== owner) {
      throw new MatchingInputError(field, 'ALIAS_COLLISION', `"${spelling}" also names "${data.skills[previous]?.id}".`);
    }
    byKey.set(key, owner);
  };
  data.skills.forEach((skill, i) => {
    claim(normalizeSkillName(skill.id), i, `taxonomy.skills[${i}].id`, skill.id);
    claim(normalizeSkillName(skill.name), i, `taxonomy.skills[${i}].name`, skill.name);
    skill.aliases.forEach((alias, a) => {
      if (typeof alias !== 'string') {
        throw new MatchingInputError(`taxonomy.skills[${i}].aliases[${a}]`, 'INVALID_ALIAS', 'must be a string.');
      }
      claim(normalizeSkillName(alias), i, `taxonomy.skills[${i}].aliases[${a}]`, alias);
    });
  });

  const size = data.skills.length;
  // Related skills are symmetric (MySQL helps for PostgreSQL and back); if both sides state a weight, the larger wins.
  const relatedWeights: Array<Map<number, number>> = Array.from({ length: size }, () => new Map());
  const parentsOf: number[][] = Array.from({ length: size }, () => []);
  data.skills.forEach((skill, i) => {
    skill.related.forEach((relation, r) => {
      const field = `taxonomy.skills[${i}].related[${r}]`;
      const j = indexById.get(relation?.id);
      if (j === undefined) {
        throw new MatchingInputError(`${field}.id`, 'UNKNOWN_RELATED_SKILL', `"${relation?.id}" is not a skill id.`);
      }
      if (j === i) {
        throw new MatchingInputError(`${field}.id`, 'SELF_RELATION', `"${skill.id}" cannot be related to itself.`);
      }
      const w = relation.weight;
      if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0 || w > 1) {
        throw new MatchingInputError(`${field}.weight`, 'INVALID_RELATED_WEIGHT', `must be a number in (0, 1], got ${String(w)}.`);
      }
      relatedWeights[i]!.set(j, Math.max(relatedWeights[i]!.get(j) ?? 0, w));
      relatedWeights[j]!.set(i, Math.max(relatedWeights[j]!.get(i) ?? 0, w));
    });
    skill.parents.forEach((parentId, p) => {
      const j = indexById.get(parentId);
      if (j === undefined) {
        throw new MatchingInputError(`taxonomy.skills[${i}].parents[${p}]`, 'UNKNOWN_PARENT_SKILL', `"${parentId}" is not a skill id.`);
      }
      if (j === i) {
        throw new MatchingInputError(`taxonomy.skills[${i}].parents[${p}]`, 'SELF_PARENT', `"${skill.id}" cannot be its own parent.`);
      }
      parentsOf[i]!.push(j);
    });
  });

  // Descendants of each skill (transitively: Next.js -> React -> JavaScript), rejecting cycles.
  const descendants: Array<Set<number>> = Array.from({ length: size }, () => new Set());
  const state = new Uint8Array(size); // 0 new, 1 visiting, 2 done
  const ancestorsMemo: Array<Set<number>> = Array.from({ length: size }, () => new Set());
  const visit = (i: number): Set<number> => {
    if (state[i] === 2) return ancestorsMemo[i]!;
    if (state[i] === 1) {
      throw new MatchingInputError(`taxonomy.skills[${i}].parents`, 'PARENT_CYCLE', `"${data.skills[i]?.id}" is its own ancestor.`);
    }
    state[i] = 1;
    const ancestors = ancestorsMemo[i]!;
    for (const parent of parentsOf[i]!) {
      ancestors.add(parent);
      for (const a of visit(parent)) ancestors.add(a);
    }
    state[i] = 2;
    return ancestors;
  };
  for (let i = 0; i < size; i++) {
    for (const a of visit(i)) descendants[a]!.add(i);
  }

  const start = new Int32Array(size + 1);
  const entries: Array<{ skill: number; weight: number; kind: number }> = [];
  for (let r = 0; r < size; r++) {
    start[r] = entries.length;
    const sources = new Map<number, { weight: number; kind: number }>();
    for (const [s, w] of relatedWeights[r]!) sources.set(s, { weight: w, kind: CREDIT_RELATED });
    for (const s of descendants[r]!) {
      const existing = sources.get(s);
      if (!existing || existing.weight < IMPLIED_BY_CHILD_WEIGHT) sources.set(s, { weight: IMPLIED_BY_CHILD_WEIGHT, kind: CREDIT_IMPLIED_BY_CHILD });
    }
    entries.push({ skill: r, weight: 1, kind: CREDIT_SAME });
    for (const s of [...sources.keys()].sort((a, b) => a - b)) entries.push({ skill: s, ...sources.get(s)! });
  }
  start[size] = entries.length;
  const credit = {
    start,
    skill: Int32Array.from(entries, (e) => e.skill),
    weight: Float64Array.from(entries, (e) => e.weight),
    kind: Uint8Array.from(entries, (e) => e.kind),
  };

  const skills: Skill[] = data.skills.map((s, index) => ({
    id: s.id,
    index,
    name: s.name,
    category: s.category,
    aliases: [...s.aliases],
    related: s.related.map((r) => ({ id: r.id, weight: r.weight })),
    parents: [...s.parents],
  }));
  const suggestionKeys = [...byKey.entries()];

  return {
    skills,
    size,
    credit,
    get: (id) => {
      const i = indexById.get(id);
      return i === undefined ? undefined : skills[i];
    },
    resolve: (name) => {
      const i = byKey.get(normalizeSkillName(name));
      return i === undefined ? undefined : skills[i];
    },
    suggest: (name, n = 5) => {
      const query = normalizeSkillName(name);
      if (query === '') return [];
      const best = new Map<number, number>();
      for (const [key, owner] of suggestionKeys) {
        const distance = key.startsWith(query) ? (key.length - query.length) / 100 : editDistance(query, key);
        const previous = best.get(owner);
        if (previous === undefined || distance < previous) best.set(owner, distance);
      }
      return [...best.entries()]
        .filter(([, d]) => d <= Math.max(2, Math.floor(query.length / 3)))
        .sort((a, b) => a[1] - b[1] || a[0] - b[0])
        .slice(0, n)
        .map(([i]) => skills[i]!.name);
    },
  };
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

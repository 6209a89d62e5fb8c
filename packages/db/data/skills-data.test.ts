import { describe, it, expect } from 'vitest';
import data from './skills.json' with { type: 'json' };

// Consistency checks for the hand-curated skill taxonomy in skills.json.
// Every check is a pure function returning a list of human-readable problems, so a failure names the
// offending skill, and the last block runs the same checks on deliberately broken copies to prove they can fail.

interface RelatedLink {
  id: string;
  weight: number;
}

interface Skill {
  id: string;
  name: string;
  category: string;
  aliases: string[];
  related: RelatedLink[];
  parents: string[];
}

interface Taxonomy {
  version: number;
  skills: Skill[];
}

const CATEGORIES = [
  'Languages',
  'Frontend',
  'Backend',
  'Databases',
  'Cloud',
  'DevOps',
  'Data & ML',
  'Mobile',
  'Testing',
  'Security',
  'Design',
  'Product & Project',
  'Methodologies',
  'Soft Skills',
  'Business Systems',
  'Finance',
  'Sales & Marketing',
] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SKILL_KEYS = ['aliases', 'category', 'id', 'name', 'parents', 'related'];

/** The matcher's key: lowercase, keep only letters, digits, "+" and "#" ("C++" → "c++", "Node.js" → "nodejs"). */
function normaliseSkillKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9+#]/g, '');
}

const taxonomy = data as Taxonomy;

function shapeProblems(t: Taxonomy): string[] {
  const problems: string[] = [];
  if (t.version !== 1) problems.push(`version is ${String(t.version)}, expected 1`);
  if (!Array.isArray(t.skills)) return [...problems, 'skills is not an array'];
  for (const [index, skill] of t.skills.entries()) {
    const where = `skills[${index}] (${String(skill?.id)})`;
    const keys = Object.keys(skill ?? {}).sort();
    if (keys.join(',') !== SKILL_KEYS.join(',')) problems.push(`${where} has keys ${keys.join(',')}`);
    for (const field of ['id', 'name', 'category'] as const) {
      if (typeof skill[field] !== 'string' || skill[field].trim() === '') problems.push(`${where}.${field} is not a non-empty string`);
    }
    if (!Array.isArray(skill.aliases) || skill.aliases.some((a) => typeof a !== 'string' || a.trim() === '')) {
      problems.push(`${where}.aliases is not a list of non-empty strings`);
    }
    if (!Array.isArray(skill.parents) || skill.parents.some((p) => typeof p !== 'string')) {
      problems.push(`${where}.parents is not a list of strings`);
    }
    if (
      !Array.isArray(skill.related) ||
      skill.related.some(
        (r) => typeof r !== 'object' || r === null || Object.keys(r).sort().join(',') !== 'id,weight' || typeof r.id !== 'string' || typeof r.weight !== 'number',
      )
    ) {
      problems.push(`${where}.related is not a list of { id, weight }`);
    }
  }
  return problems;
}

function idProblems(t: Taxonomy): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { id } of t.skills) {
    if (!SLUG.test(id)) problems.push(`"${id}" is not a lowercase slug`);
    if (seen.has(id)) problems.push(`"${id}" appears more than once`);
    seen.add(id);
  }
  return problems;
}

function categoryProblems(t: Taxonomy): string[] {
  const allowed = new Set<string>(CATEGORIES);
  return t.skills.filter((s) => !allowed.has(s.category)).map((s) => `${s.id} has unknown category "${s.category}"`);
}

function relatedProblems(t: Taxonomy): string[] {
  const ids = new Set(t.skills.map((s) => s.id));
  const problems: string[] = [];
  for (const skill of t.skills) {
    const seen = new Set<string>();
    for (const link of skill.related) {
      if (!ids.has(link.id)) problems.push(`${skill.id} is related to unknown skill "${link.id}"`);
      if (link.id === skill.id) problems.push(`${skill.id} is related to itself`);
      if (seen.has(link.id)) problems.push(`${skill.id} lists related "${link.id}" twice`);
      seen.add(link.id);
      if (!(Number.isFinite(link.weight) && link.weight > 0 && link.weight <= 1)) {
        problems.push(`${skill.id} → ${link.id} has weight ${link.weight}, outside (0, 1]`);
      }
    }
  }
  return problems;
}

function reciprocityProblems(t: Taxonomy): string[] {
  const byId = new Map(t.skills.map((s) => [s.id, s]));
  const problems: string[] = [];
  for (const skill of t.skills) {
    for (const link of skill.related) {
      const other = byId.get(link.id);
      if (other && !other.related.some((back) => back.id === skill.id)) {
        problems.push(`${skill.id} → ${link.id} has no link back`);
      }
    }
  }
  return problems;
}

function parentProblems(t: Taxonomy): string[] {
  const ids = new Set(t.skills.map((s) => s.id));
  const problems: string[] = [];
  for (const skill of t.skills) {
    if (new Set(skill.parents).size !== skill.parents.length) problems.push(`${skill.id} lists a parent twice`);
    for (const parent of skill.parents) {
      if (!ids.has(parent)) problems.push(`${skill.id} has unknown parent "${parent}"`);
      if (parent === skill.id) problems.push(`${skill.id} is its own parent`);
    }
  }
  return problems;
}

function cycleProblems(t: Taxonomy): string[] {
  const parentsOf = new Map(t.skills.map((s) => [s.id, s.parents]));
  const state = new Map<string, 'visiting' | 'done'>();
  const problems: string[] = [];
  const visit = (id: string, path: string[]): void => {
    const seen = state.get(id);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      problems.push(`parent cycle: ${[...path.slice(path.indexOf(id)), id].join(' → ')}`);
      return;
    }
    state.set(id, 'visiting');
    for (const parent of parentsOf.get(id) ?? []) {
      if (parentsOf.has(parent)) visit(parent, [...path, id]);
    }
    state.set(id, 'done');
  };
  for (const skill of t.skills) visit(skill.id, []);
  return problems;
}

function aliasProblems(t: Taxonomy): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const claim = (key: string, skillId: string, text: string): void => {
    if (key === '') {
      problems.push(`${skillId}: "${text}" normalises to an empty key`);
      return;
    }
    const previous = owner.get(key);
    if (previous !== undefined && previous !== skillId) {
      problems.push(`${skillId}: "${text}" normalises to "${key}", which already belongs to ${previous}`);
    } else {
      owner.set(key, skillId);
    }
  };
  for (const skill of t.skills) claim(normaliseSkillKey(skill.name), skill.id, skill.name);
  for (const skill of t.skills) {
    const own = new Set([normaliseSkillKey(skill.name)]);
    for (const alias of skill.aliases) {
      const key = normaliseSkillKey(alias);
      if (own.has(key)) {
        problems.push(`${skill.id}: alias "${alias}" only differs in case or punctuation from its name or another alias`);
        continue;
      }
      own.add(key);
      claim(key, skill.id, alias);
    }
  }
  return problems;
}

function orderProblems(t: Taxonomy): string[] {
  const problems: string[] = [];
  for (let i = 1; i < t.skills.length; i++) {
    const a = t.skills[i - 1]!;
    const b = t.skills[i]!;
    const inOrder = a.category < b.category || (a.category === b.category && a.id < b.id);
    if (!inOrder) problems.push(`${a.category}/${a.id} comes before ${b.category}/${b.id}`);
  }
  return problems;
}

function copyWith(change: (skills: Skill[]) => void): Taxonomy {
  const copy = structuredClone(taxonomy);
  change(copy.skills);
  return copy;
}

function skill(skills: Skill[], id: string): Skill {
  const found = skills.find((s) => s.id === id);
  if (!found) throw new Error(`fixture skill ${id} is missing from skills.json`);
  return found;
}

describe('skill taxonomy data (skills.json)', () => {
  it('has version 1 and every skill has exactly the fields the matching engine expects', () => {
    expect(shapeProblems(taxonomy)).toEqual([]);
  });

  it('has at least 300 skills', () => {
    expect(taxonomy.skills.length).toBeGreaterThanOrEqual(300);
  });

  it('has unique, slug-shaped ids', () => {
    expect(idProblems(taxonomy)).toEqual([]);
  });

  it('puts every skill in one of the fixed categories, and uses each category', () => {
    expect(categoryProblems(taxonomy)).toEqual([]);
    expect(new Set(taxonomy.skills.map((s) => s.category))).toEqual(new Set(CATEGORIES));
  });

  it('only relates skills that exist, never to themselves, with weights within (0, 1]', () => {
    expect(relatedProblems(taxonomy)).toEqual([]);
  });

  it('writes every related link in both directions', () => {
    expect(reciprocityProblems(taxonomy)).toEqual([]);
  });

  it('only names parents that exist and are not the skill itself', () => {
    expect(parentProblems(taxonomy)).toEqual([]);
  });

  it('has no cycles among parents', () => {
    expect(cycleProblems(taxonomy)).toEqual([]);
  });

  it('never lets a name or alias normalise to the same key as another skill, nor repeats a key within a skill', () => {
    expect(aliasProblems(taxonomy)).toEqual([]);
  });

  it('is sorted by category, then id', () => {
    expect(orderProblems(taxonomy)).toEqual([]);
  });

  it('resolves the common spellings recruiters type to the right skill', () => {
    const index = new Map<string, string>();
    for (const s of taxonomy.skills) {
      for (const text of [s.name, ...s.aliases]) index.set(normaliseSkillKey(text), s.id);
    }
    const expected: Record<string, string> = {
      k8s: 'kubernetes',
      Postgres: 'postgresql',
      golang: 'go',
      'C++': 'cplusplus',
      'c#': 'csharp',
      'Node.js': 'nodejs',
      'React.js': 'react',
      TS: 'typescript',
      tf: 'terraform',
      GCP: 'gcp',
      JS: 'javascript',
      R: 'r',
      C: 'c',
    };
    for (const [typed, id] of Object.entries(expected)) expect(index.get(normaliseSkillKey(typed)), typed).toBe(id);
  });
});

describe('the taxonomy checks themselves', () => {
  it('normalise like the matcher: lowercase, keeping only letters, digits, "+" and "#"', () => {
    expect(normaliseSkillKey('C++')).toBe('c++');
    expect(normaliseSkillKey('C#')).toBe('c#');
    expect(normaliseSkillKey('Node.js')).toBe('nodejs');
    expect(normaliseSkillKey('CI/CD')).toBe('cicd');
    expect(normaliseSkillKey('Ruby on Rails')).toBe('rubyonrails');
  });

  it('catch a dangling related id', () => {
    const broken = copyWith((skills) => skill(skills, 'postgresql').related.push({ id: 'no-such-skill', weight: 0.5 }));
    expect(relatedProblems(broken)).toEqual(['postgresql is related to unknown skill "no-such-skill"']);
  });

  it('catch a self link and an out-of-range weight', () => {
    const broken = copyWith((skills) => {
      skill(skills, 'mysql').related.push({ id: 'mysql', weight: 0.5 });
      skill(skills, 'react').related[0]!.weight = 0;
    });
    expect(relatedProblems(broken)).toHaveLength(2);
  });

  it('catch a one-way related link', () => {
    const broken = copyWith((skills) => {
      const vue = skill(skills, 'vue');
      vue.related = vue.related.filter((r) => r.id !== 'react');
    });
    expect(reciprocityProblems(broken)).toEqual(['react → vue has no link back']);
  });

  it('catch a dangling parent and a parent cycle', () => {
    const dangling = copyWith((skills) => skill(skills, 'nextjs').parents.push('no-such-skill'));
    expect(parentProblems(dangling)).toEqual(['nextjs has unknown parent "no-such-skill"']);
    const cyclic = copyWith((skills) => skill(skills, 'javascript').parents.push('nextjs'));
    expect(cycleProblems(cyclic)).toHaveLength(1);
  });

  it('catch an alias that collides with another skill after normalisation', () => {
    const broken = copyWith((skills) => skill(skills, 'mysql').aliases.push('Postgre-SQL'));
    expect(aliasProblems(broken)).toEqual(['mysql: "Postgre-SQL" normalises to "postgresql", which already belongs to postgresql']);
  });

  it('catch a duplicate id, a bad slug, an unknown category and a misplaced skill', () => {
    const broken = copyWith((skills) => {
      skills.push({ ...structuredClone(skill(skills, 'go')) });
      skills.push({ ...structuredClone(skill(skills, 'rust')), id: 'Rust Lang', category: 'Misc' });
    });
    expect(idProblems(broken)).toEqual(['"go" appears more than once', '"Rust Lang" is not a lowercase slug']);
    expect(categoryProblems(broken)).toEqual(['Rust Lang has unknown category "Misc"']);
    expect(orderProblems(broken).length).toBeGreaterThan(0);
  });
});

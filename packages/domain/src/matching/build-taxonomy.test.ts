import { describe, expect, it } from 'vitest';
import { buildTaxonomy } from './build-taxonomy.ts';
import { MatchingInputError } from './matching-input-error.ts';
import { skillsFixture } from './testing/skills-fixture.ts';
import type { TaxonomyData } from './types.ts';

const taxonomy = buildTaxonomy(skillsFixture);
const skill = (id: string, extra: Partial<TaxonomyData['skills'][number]> = {}) => ({
  id,
  name: id.toUpperCase(),
  category: 'test',
  aliases: [],
  related: [],
  parents: [],
  ...extra,
});

function errorOf(run: () => unknown): MatchingInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof MatchingInputError) return error;
    throw error;
  }
  throw new Error('expected a MatchingInputError');
}

describe('buildTaxonomy', () => {
  it('resolves aliases and spellings to one skill', () => {
    expect(taxonomy.resolve('k8s')?.id).toBe('kubernetes');
    expect(taxonomy.resolve('Node.js')?.id).toBe('nodejs');
    expect(taxonomy.resolve('nodejs')?.id).toBe('nodejs');
    expect(taxonomy.resolve('node')?.id).toBe('nodejs');
    expect(taxonomy.resolve('Postgres')?.id).toBe('postgresql');
    expect(taxonomy.resolve('C#')?.id).toBe('csharp');
    expect(taxonomy.resolve('c++')?.id).toBe('cpp');
    expect(taxonomy.resolve('cobol')).toBeUndefined();
  });

  it('assigns dense integer ids in file order', () => {
    expect(taxonomy.skills.map((s) => s.index)).toEqual(skillsFixture.skills.map((_, i) => i));
    expect(taxonomy.get('postgresql')?.index).toBe(6);
  });

  it('suggests the nearest known names for a misspelt skill', () => {
    expect(taxonomy.suggest('postgress', 3)[0]).toBe('PostgreSQL');
    expect(taxonomy.suggest('kube', 3)).toContain('Kubernetes');
    expect(taxonomy.suggest('zzzzzzzzzz', 3)).toEqual([]);
  });

  it('gives related skills credit in both directions and children credit for their ancestors', () => {
    const creditFor = (required: string) => {
      const r = taxonomy.get(required)!.index;
      const out: Record<string, number> = {};
      for (let e = taxonomy.credit.start[r]!; e < taxonomy.credit.start[r + 1]!; e++) {
        out[taxonomy.skills[taxonomy.credit.skill[e]!]!.id] = taxonomy.credit.weight[e]!;
      }
      return out;
    };
    expect(creditFor('postgresql')).toEqual({ postgresql: 1, mysql: 0.6 });
    expect(creditFor('mysql')).toEqual({ mysql: 1, postgresql: 0.6 });
    // Next.js -> React -> JavaScript: both are children of JavaScript; TypeScript is related at 0.7.
    expect(creditFor('javascript')).toEqual({ javascript: 1, typescript: 0.7, react: 0.9, nextjs: 0.9, vue: 0.9, nodejs: 0.9 });
  });

  it('rejects a related skill that does not exist, naming the field', () => {
    const error = errorOf(() => buildTaxonomy({ skills: [skill('a', { related: [{ id: 'b', weight: 0.5 }] })] }));
    expect(error.field).toBe('taxonomy.skills[0].related[0].id');
    expect(error.code).toBe('UNKNOWN_RELATED_SKILL');
  });

  it('rejects an unknown parent', () => {
    expect(errorOf(() => buildTaxonomy({ skills: [skill('a', { parents: ['nope'] })] })).field).toBe('taxonomy.skills[0].parents[0]');
  });

  it('rejects duplicate ids', () => {
    expect(errorOf(() => buildTaxonomy({ skills: [skill('a'), skill('a')] })).code).toBe('DUPLICATE_SKILL_ID');
  });

  it('rejects an alias that already names another skill', () => {
    const error = errorOf(() => buildTaxonomy({ skills: [skill('nodejs'), skill('deno', { aliases: ['Node.JS'] })] }));
    expect(error.code).toBe('ALIAS_COLLISION');
    expect(error.field).toBe('taxonomy.skills[1].aliases[0]');
  });

  it('rejects parent cycles and out-of-range related weights', () => {
    expect(errorOf(() => buildTaxonomy({ skills: [skill('a', { parents: ['b'] }), skill('b', { parents: ['a'] })] })).code).toBe('PARENT_CYCLE');
    expect(errorOf(() => buildTaxonomy({ skills: [skill('a', { related: [{ id: 'b', weight: 1.5 }] }), skill('b')] })).field).toBe(
      'taxonomy.skills[0].related[0].weight',
    );
  });
});

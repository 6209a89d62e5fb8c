import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSkillName } from './normalize-skill-name.ts';

describe('normalizeSkillName', () => {
  it('treats Node.js, nodejs and NODE JS as the same name', () => {
    expect(normalizeSkillName('Node.js')).toBe('nodejs');
    expect(normalizeSkillName('nodejs')).toBe('nodejs');
    expect(normalizeSkillName(' NODE JS ')).toBe('nodejs');
  });

  it('keeps C, C++ and C# apart', () => {
    expect(new Set([normalizeSkillName('C'), normalizeSkillName('C++'), normalizeSkillName('C#')]).size).toBe(3);
  });

  it('ignores accents', () => {
    expect(normalizeSkillName('Pândas')).toBe('pandas');
  });

  it('gives the same result when applied twice', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (name) => {
        const once = normalizeSkillName(name);
        expect(normalizeSkillName(once)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });
});

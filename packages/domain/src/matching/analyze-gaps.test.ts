import { describe, expect, it } from 'vitest';
import { analyzeGaps } from './analyze-gaps.ts';
import { buildTaxonomy } from './build-taxonomy.ts';
import { scoreMatch } from './score-match.ts';
import { NOW, makeCandidate, makeJob } from './testing/profile-factories.ts';
import { skillsFixture } from './testing/skills-fixture.ts';

const taxonomy = buildTaxonomy(skillsFixture);
const options = { now: NOW };

describe('analyzeGaps', () => {
  const job = makeJob({
    mustHave: [
      { skillId: 'postgresql', minLevel: 3 },
      { skillId: 'kubernetes', minLevel: 3 },
    ],
    niceToHave: [{ skillId: 'graphql', weight: 2 }],
  });
  const candidate = makeCandidate({
    skills: [
      { skillId: 'mysql', level: 4, years: 5, lastUsedYear: null },
      { skillId: 'graphql', level: 3, years: 2, lastUsedYear: 2015 },
    ],
  });
  const analysis = analyzeGaps(candidate, job, taxonomy, options);

  it('puts the missing must-have that removes a blocker first, with the points it is worth', () => {
    expect(analysis.isBlocked).toBe(true);
    expect(analysis.gaps[0]).toMatchObject({ skillId: 'kubernetes', currentLevel: null, targetLevel: 3, removesBlocker: true });
    expect(analysis.gaps[0]!.message).toBe(`Reaching Kubernetes level 3 (must-have, not listed) would raise the score by ${analysis.gaps[0]!.scoreGain} points and remove a blocker.`);
  });

  it('reports gains that are exactly what scoreMatch gives once the gap is closed', () => {
    const postgres = analysis.gaps.find((g) => g.skillId === 'postgresql')!;
    const closed = scoreMatch({ ...candidate, skills: [...candidate.skills, { skillId: 'postgresql', level: 3, years: 0, lastUsedYear: null }] }, job, taxonomy, options);
    expect(postgres.scoreGain).toBe(Math.round((closed.score - analysis.currentScore) * 10) / 10);
    expect(postgres.message).toContain('MySQL gives 60% credit');
  });

  it('suggests using a stale skill again rather than learning it', () => {
    const graphql = analysis.gaps.find((g) => g.skillId === 'graphql')!;
    expect(graphql.message).toContain('Using GraphQL again (nice-to-have, known at level 3 but last used in 2015)');
    expect(graphql.scoreGain).toBeGreaterThan(0);
  });

  it('orders gaps by score gain and reports the score with every gap closed', () => {
    const gains = analysis.gaps.map((g) => g.scoreGain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    expect(analysis.scoreWithAllGapsClosed).toBeGreaterThan(analysis.currentScore);
  });

  it('finds no gaps for a candidate who meets every requirement', () => {
    expect(analyzeGaps(makeCandidate(), makeJob(), taxonomy, options).gaps).toEqual([]);
  });
});

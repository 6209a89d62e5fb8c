import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTaxonomy } from './build-taxonomy.ts';
import { scoreMatch } from './score-match.ts';
import { candidateArbitrary, jobArbitrary } from './testing/profile-arbitraries.ts';
import { NOW } from './testing/profile-factories.ts';
import { skillsFixture } from './testing/skills-fixture.ts';

const taxonomy = buildTaxonomy(skillsFixture);
const options = { now: NOW };
const runs = { numRuns: 400 };

describe('scoreMatch over random profiles', () => {
  it('always scores within 0..100 on every side and category', () => {
    fc.assert(
      fc.property(candidateArbitrary, jobArbitrary, (candidate, job) => {
        const result = scoreMatch(candidate, job, taxonomy, options);
        for (const value of [result.score, result.forwardScore, result.reverseScore, ...result.categories.map((c) => c.score)]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(result.isBlocked).toBe(result.blockers.length > 0);
        expect(result.missingSkills.filter((s) => s.requirement === 'MUST_HAVE').length).toBe(
          result.blockers.filter((b) => b.code === 'MISSING_MUST_HAVE').length,
        );
      }),
      runs,
    );
  });

  it('never lowers the forward score when the candidate adds a missing must-have skill', () => {
    fc.assert(
      fc.property(candidateArbitrary, jobArbitrary, fc.nat(), fc.integer({ min: 1, max: 5 }), (candidate, job, pick, level) => {
        const missing = job.mustHave.filter((m) => !candidate.skills.some((s) => s.skillId === m.skillId));
        fc.pre(missing.length > 0);
        const skillId = missing[pick % missing.length]!.skillId;
        const before = scoreMatch(candidate, job, taxonomy, options);
        const after = scoreMatch({ ...candidate, skills: [...candidate.skills, { skillId, level, years: 1, lastUsedYear: null }] }, job, taxonomy, options);
        expect(after.forwardScore).toBeGreaterThanOrEqual(before.forwardScore);
      }),
      runs,
    );
  });

  it('never lowers the forward score when the candidate raises a skill level', () => {
    fc.assert(
      fc.property(candidateArbitrary, jobArbitrary, fc.nat(), (candidate, job, pick) => {
        const raisable = candidate.skills.filter((s) => s.level < 5);
        fc.pre(raisable.length > 0);
        const target = raisable[pick % raisable.length]!;
        const raised = candidate.skills.map((s) => (s === target ? { ...s, level: s.level + 1 } : s));
        const before = scoreMatch(candidate, job, taxonomy, options);
        const after = scoreMatch({ ...candidate, skills: raised }, job, taxonomy, options);
        expect(after.forwardScore).toBeGreaterThanOrEqual(before.forwardScore);
      }),
      runs,
    );
  });

  it('never lowers the reverse score when the salary band widens toward the candidate', () => {
    fc.assert(
      fc.property(candidateArbitrary, jobArbitrary, fc.integer({ min: 1, max: 100 }), (candidate, job, raiseK) => {
        fc.pre(job.salaryMin !== null && job.salaryMax !== null);
        const before = scoreMatch(candidate, job, taxonomy, options);
        const widened = { ...job, salaryMax: job.salaryMax! + raiseK * 1000 };
        const after = scoreMatch(candidate, widened, taxonomy, options);
        expect(after.reverseScore).toBeGreaterThanOrEqual(before.reverseScore);
        if (!before.blockers.some((b) => b.code === 'SALARY_FAR_BELOW_MINIMUM')) {
          expect(after.blockers.some((b) => b.code === 'SALARY_FAR_BELOW_MINIMUM')).toBe(false);
        }
      }),
      runs,
    );
  });

  it('gives the same result for the same input (deterministic)', () => {
    fc.assert(
      fc.property(candidateArbitrary, jobArbitrary, (candidate, job) => {
        expect(scoreMatch(candidate, job, taxonomy, options)).toEqual(scoreMatch(candidate, job, taxonomy, options));
      }),
      { numRuns: 100 },
    );
  });
});

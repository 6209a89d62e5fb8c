import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTaxonomy } from './build-taxonomy.ts';
import { compareMatchResults } from './compare-match-results.ts';
import { createMatchIndex } from './create-match-index.ts';
import { MatchingInputError } from './matching-input-error.ts';
import { scoreMatch } from './score-match.ts';
import { candidateArbitrary, jobArbitrary } from './testing/profile-arbitraries.ts';
import { NOW, makeCandidate, makeJob } from './testing/profile-factories.ts';
import { skillsFixture } from './testing/skills-fixture.ts';
import type { CandidateProfile, JobProfile, MatchFilters, MatchResult } from './types.ts';

const taxonomy = buildTaxonomy(skillsFixture);
const options = { now: NOW };
const sameCity = (a: string | null, b: string | undefined) => b === undefined || (a !== null && a.trim().toLowerCase() === b.trim().toLowerCase());

function keep(result: MatchResult, filters: MatchFilters | undefined): boolean {
  return result.score >= (filters?.minScore ?? 0) && !(filters?.excludeBlocked && result.isBlocked);
}

/** The reference: scoreMatch for every profile, filtered, sorted. */
function bruteForceCandidates(candidates: CandidateProfile[], job: JobProfile, k: number, filters?: MatchFilters): MatchResult[] {
  return candidates
    .filter((c) => {
      const skills = new Set(c.skills.map((s) => s.skillId));
      return (
        (!filters?.remotePolicies?.length || filters.remotePolicies.includes(c.preferences.remotePreference)) &&
        (!filters?.location || (c.country === filters.location.country && sameCity(c.city, filters.location.city))) &&
        (filters?.requiredSkillIds ?? []).every((id) => skills.has(id)) &&
        !(filters?.excludedSkillIds ?? []).some((id) => skills.has(id))
      );
    })
    .map((c) => scoreMatch(c, job, taxonomy, options))
    .filter((r) => keep(r, filters))
    .sort((a, b) => compareMatchResults(a, b, 'candidate'))
    .slice(0, k);
}

function bruteForceJobs(jobs: JobProfile[], candidate: CandidateProfile, k: number, filters?: MatchFilters): MatchResult[] {
  return jobs
    .filter((j) => {
      const skills = new Set([...j.mustHave, ...j.niceToHave].map((s) => s.skillId));
      return (
        (!filters?.remotePolicies?.length || filters.remotePolicies.includes(j.remotePolicy)) &&
        (!filters?.location || (j.country === filters.location.country && sameCity(j.city, filters.location.city))) &&
        (filters?.requiredSkillIds ?? []).every((id) => skills.has(id)) &&
        !(filters?.excludedSkillIds ?? []).some((id) => skills.has(id))
      );
    })
    .map((j) => scoreMatch(candidate, j, taxonomy, options))
    .filter((r) => keep(r, filters))
    .sort((a, b) => compareMatchResults(a, b, 'job'))
    .slice(0, k);
}

const skillIds = skillsFixture.skills.map((s) => s.id);
const filtersArbitrary: fc.Arbitrary<MatchFilters | undefined> = fc.option(
  fc.record(
    {
      remotePolicies: fc.uniqueArray(fc.constantFrom('ONSITE' as const, 'HYBRID' as const, 'REMOTE' as const), { maxLength: 2 }),
      location: fc.record({ country: fc.constantFrom('DE', 'PT', 'US'), city: fc.option(fc.constantFrom('Berlin', 'berlin ', 'Lisbon'), { nil: undefined }) }, { requiredKeys: ['country'] }),
      minScore: fc.integer({ min: 0, max: 90 }),
      requiredSkillIds: fc.uniqueArray(fc.constantFrom(...skillIds), { maxLength: 1 }),
      excludedSkillIds: fc.uniqueArray(fc.constantFrom(...skillIds), { maxLength: 1 }),
      excludeBlocked: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined, freq: 2 },
);

const scenario = fc.record({
  candidates: fc.uniqueArray(candidateArbitrary, { selector: (c) => c.id, maxLength: 25 }),
  jobs: fc.uniqueArray(jobArbitrary, { selector: (j) => j.id, minLength: 1, maxLength: 6 }),
  k: fc.integer({ min: 1, max: 8 }),
  filters: filtersArbitrary,
  /** Candidates to change (skills shuffled from another profile) and to remove after building. */
  changes: fc.array(fc.tuple(fc.nat(), candidateArbitrary), { maxLength: 4 }),
  removals: fc.array(fc.nat(), { maxLength: 3 }),
});

describe('createMatchIndex', () => {
  it('ranks exactly like scoreMatch over every profile, sorted, for 1,000 random seeds (with filters and updates)', () => {
    fc.assert(
      fc.property(scenario, ({ candidates, jobs, k, filters, changes, removals }) => {
        const index = createMatchIndex(taxonomy, options);
        candidates.forEach((c) => index.addCandidate(c));
        jobs.forEach((j) => index.addJob(j));
        let current = [...candidates];
        for (const [pick, replacement] of changes) {
          if (current.length === 0) break;
          const at = pick % current.length;
          const updated = { ...replacement, id: current[at]!.id };
          index.updateCandidate(updated);
          current[at] = updated;
        }
        for (const pick of removals) {
          if (current.length === 0) break;
          const at = pick % current.length;
          expect(index.removeCandidate(current[at]!.id)).toBe(true);
          current = current.filter((_, i) => i !== at);
        }
        for (const job of jobs) {
          expect(index.topCandidatesForJob(job.id, { k, filters })).toEqual(bruteForceCandidates(current, job, k, filters));
        }
        for (const candidate of current.slice(0, 3)) {
          expect(index.topJobsForCandidate(candidate, { k, filters })).toEqual(bruteForceJobs(jobs, candidate, k, filters));
          expect(index.topJobsForCandidate(candidate.id, { k, filters })).toEqual(bruteForceJobs(jobs, candidate, k, filters));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('stays exact through many updates and removals of the same profiles', () => {
    const [pool, jobs] = fc.sample(fc.tuple(fc.uniqueArray(candidateArbitrary, { selector: (c) => c.id, minLength: 80, maxLength: 80 }), fc.array(jobArbitrary, { minLength: 3, maxLength: 3 })), { numRuns: 1, seed: 42 })[0]!;
    const replacements = fc.sample(candidateArbitrary, { numRuns: 400, seed: 7 });
    const index = createMatchIndex(taxonomy, options);
    let current = pool.slice(0, 60);
    current.forEach((c) => index.addCandidate(c));
    replacements.forEach((replacement, i) => {
      const at = (i * 7919) % current.length;
      if (i % 5 === 4) {
        index.removeCandidate(current[at]!.id);
        const returning = { ...replacement, id: current[at]!.id };
        index.addCandidate(returning);
        current[at] = returning;
      } else {
        const updated = { ...replacement, id: current[at]!.id };
        index.updateCandidate(updated);
        current[at] = updated;
      }
    });
    current = current.filter((_, i) => i % 4 !== 0 || !index.removeCandidate(current[i]!.id));
    for (const job of jobs) {
      for (const k of [1, 5, 20]) expect(index.topCandidatesForJob(job, { k })).toEqual(bruteForceCandidates(current, job, k));
    }
  });

  it('never ranks a blocked candidate above an unblocked one', () => {
    const job = makeJob();
    const strong = makeCandidate({ id: 'a-blocked', preferences: { minSalary: 200_000 } });
    const weak = makeCandidate({ id: 'b-weak', seniority: 'JUNIOR', yearsExperience: 1, city: 'Munich' });
    const index = createMatchIndex(taxonomy, options);
    index.addCandidate(strong);
    index.addCandidate(weak);
    const ranked = index.topCandidatesForJob(job, { k: 2 });
    expect(ranked.map((r) => [r.candidateId, r.isBlocked])).toEqual([
      ['b-weak', false],
      ['a-blocked', true],
    ]);
    expect(ranked[1]!.score).toBeGreaterThan(ranked[0]!.score);
    expect(index.topCandidatesForJob(job, { k: 2, filters: { excludeBlocked: true } }).map((r) => r.candidateId)).toEqual(['b-weak']);
  });

  it('returns the same explanation as scoreMatch for fractional skill years', () => {
    const index = createMatchIndex(taxonomy, options);
    const candidate = makeCandidate({ skills: [{ skillId: 'postgresql', level: 4, years: 2.3, lastUsedYear: null }, { skillId: 'typescript', level: 3, years: 0.75, lastUsedYear: 2020 }] });
    index.addCandidate(candidate);
    const job = makeJob();
    expect(index.topCandidatesForJob(job, { k: 1 })).toEqual([scoreMatch(candidate, job, taxonomy, options)]);
  });

  it('breaks ties by candidate id', () => {
    const index = createMatchIndex(taxonomy, options);
    for (const id of ['c-3', 'c-1', 'c-2']) index.addCandidate(makeCandidate({ id }));
    expect(index.topCandidatesForJob(makeJob(), { k: 3 }).map((r) => r.candidateId)).toEqual(['c-1', 'c-2', 'c-3']);
  });

  it('reflects added, changed and removed profiles at once', () => {
    const index = createMatchIndex(taxonomy, options);
    const job = makeJob({ id: 'job-1' });
    index.addJob(job);
    index.addCandidate(makeCandidate({ id: 'alice', skills: [{ skillId: 'docker', level: 3, years: 2, lastUsedYear: null }] }));
    expect(index.topCandidatesForJob('job-1', { k: 1 })[0]?.isBlocked).toBe(true);
    index.updateCandidate(makeCandidate({ id: 'alice' }));
    expect(index.topCandidatesForJob('job-1', { k: 1 })[0]).toMatchObject({ candidateId: 'alice', isBlocked: false, score: 100 });
    expect(index.removeCandidate('alice')).toBe(true);
    expect(index.topCandidatesForJob('job-1', { k: 1 })).toEqual([]);
    expect(index.candidateCount).toBe(0);
  });

  it('ranks by the new level right after a candidate raises or lowers one', () => {
    const index = createMatchIndex(taxonomy, options);
    const job = makeJob({ mustHave: [{ skillId: 'postgresql', minLevel: 5 }], niceToHave: [] });
    const withLevel = (id: string, level: number) =>
      makeCandidate({ id, skills: [{ skillId: 'postgresql', level, years: 3, lastUsedYear: null }] });
    index.addCandidate(withLevel('ann', 2));
    for (let i = 0; i < 30; i++) index.addCandidate(withLevel(`other-${String(i).padStart(2, '0')}`, 4));
    expect(index.topCandidatesForJob(job, { k: 1 })[0]?.candidateId).toBe('other-00');
    index.updateCandidate(withLevel('ann', 5));
    expect(index.topCandidatesForJob(job, { k: 1 })[0]?.candidateId).toBe('ann');
    index.updateCandidate(withLevel('ann', 1));
    expect(index.topCandidatesForJob(job, { k: 31 }).at(-1)?.candidateId).toBe('ann');
  });

  it('moves forward in time and scores exactly as scoreMatch does at the new moment', () => {
    const index = createMatchIndex(taxonomy, options);
    const job = makeJob({ startDate: new Date('2026-02-01T00:00:00Z') });
    index.addCandidate(makeCandidate({ id: 'c', preferences: { noticePeriodDays: 30 } }));
    const before = index.topCandidatesForJob(job, { k: 1 })[0]!;
    index.setNow(new Date('2029-06-01T00:00:00Z'));
    const later = index.topCandidatesForJob(job, { k: 1 })[0]!;
    expect(later).toEqual(scoreMatch(makeCandidate({ id: 'c', preferences: { noticePeriodDays: 30 } }), job, taxonomy, { now: new Date('2029-06-01T00:00:00Z') }));
    expect(later.score).not.toBe(before.score);
    expect(() => index.setNow(NOW)).toThrow(MatchingInputError);
  });

  it('refuses a duplicate id, an unknown id and a bad filter with typed errors', () => {
    const index = createMatchIndex(taxonomy, options);
    index.addCandidate(makeCandidate({ id: 'dup' }));
    expect(() => index.addCandidate(makeCandidate({ id: 'dup' }))).toThrow(MatchingInputError);
    expect(() => index.updateCandidate(makeCandidate({ id: 'nobody' }))).toThrow(MatchingInputError);
    expect(() => index.topCandidatesForJob('no-such-job', { k: 5 })).toThrow(MatchingInputError);
    try {
      index.topCandidatesForJob(makeJob(), { k: 5, filters: { requiredSkillIds: ['cobol'] } });
      expect.unreachable();
    } catch (error) {
      expect((error as MatchingInputError).field).toBe('filters.requiredSkillIds[0]');
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTaxonomy } from './build-taxonomy.ts';
import { CandidateStore } from './candidate-store.ts';
import { compileJob } from './compile-job.ts';
import { createMatchContext } from './create-match-context.ts';
import { buildJobSkillLookup, creditRequirementsByCandidate, creditRequirementsByJob } from './credit-requirements.ts';
import { OUT, bestPossibleScore, scoreCompiledPair, scoreProfileFit } from './score-compiled-pair.ts';
import { candidateArbitrary, jobArbitrary } from './testing/profile-arbitraries.ts';
import { NOW } from './testing/profile-factories.ts';
import { skillsFixture } from './testing/skills-fixture.ts';

const taxonomy = buildTaxonomy(skillsFixture);

describe('the numeric core shared by scoreMatch and the index', () => {
  it('gives bit-identical scores whether skills are credited job-first or candidate-first', () => {
    fc.assert(
      fc.property(candidateArbitrary, jobArbitrary, (candidate, job) => {
        const context = createMatchContext(NOW);
        const store = new CandidateStore(context, 1);
        const slot = store.allocate(candidate.id);
        store.write(slot, candidate, taxonomy);
        const compiled = compileJob(job, context, taxonomy);
        const slots = compiled.slotSkill.length;
        const byJob = { credit: new Float64Array(slots), source: new Int32Array(slots), out: new Float64Array(OUT.size) };
        const byCandidate = { credit: new Float64Array(slots), source: new Int32Array(slots), out: new Float64Array(OUT.size) };
        creditRequirementsByJob(store, slot, compiled, buildJobSkillLookup(compiled, taxonomy), context.nowYear, byJob.credit, byJob.source);
        const positions = new Int32Array(taxonomy.size).fill(-1);
        for (let p = store.skillStart(slot); p < store.skillStart(slot) + store.skillCount(slot); p++) positions[store.skills[p]! & 0xffff] = p;
        creditRequirementsByCandidate(store, compiled, taxonomy, positions, context.nowYear, byCandidate.credit, byCandidate.source);
        expect(Array.from(byJob.credit)).toEqual(Array.from(byCandidate.credit));
        scoreCompiledPair(store, slot, compiled, context, byJob.credit, byJob.out);
        scoreCompiledPair(store, slot, compiled, context, byCandidate.credit, byCandidate.out);
        expect(Array.from(byJob.out)).toEqual(Array.from(byCandidate.out));
      }),
      { numRuns: 300 },
    );
  });

  it('never scores a pair above the bound the index prunes with', () => {
    fc.assert(
      fc.property(candidateArbitrary, jobArbitrary, (candidate, job) => {
        const context = createMatchContext(NOW);
        const store = new CandidateStore(context, 1);
        const slot = store.allocate(candidate.id);
        store.write(slot, candidate, taxonomy);
        const compiled = compileJob(job, context, taxonomy);
        const credit = new Float64Array(compiled.slotSkill.length);
        creditRequirementsByJob(store, slot, compiled, buildJobSkillLookup(compiled, taxonomy), context.nowYear, credit, new Int32Array(credit.length));
        const fit = new Float64Array(OUT.size);
        scoreProfileFit(store, slot, compiled, context, fit);
        const exact = new Float64Array(OUT.size);
        scoreCompiledPair(store, slot, compiled, context, credit, exact);
        expect(bestPossibleScore(fit)).toBeGreaterThanOrEqual(exact[OUT.score]!);
      }),
      { numRuns: 300 },
    );
  });
});

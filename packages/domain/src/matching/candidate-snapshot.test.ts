import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTaxonomy } from './build-taxonomy.ts';
import { createMatchIndex, type MatchIndex } from './create-match-index.ts';
import { MatchingInputError } from './matching-input-error.ts';
import { candidateArbitrary, jobArbitrary } from './testing/profile-arbitraries.ts';
import { NOW, makeCandidate, makeJob } from './testing/profile-factories.ts';
import { skillsFixture } from './testing/skills-fixture.ts';
import type { CandidateProfile, JobProfile } from './types.ts';

const taxonomy = buildTaxonomy(skillsFixture);
const options = { now: NOW };

function restore(bytes: Uint8Array, now = NOW): MatchIndex {
  const index = createMatchIndex(taxonomy, { now });
  let steps = 0;
  for (const _ of index.restoreCandidates(bytes)) steps++;
  expect(steps).toBeGreaterThan(0);
  return index;
}

function rankings(index: MatchIndex, jobs: JobProfile[], candidates: CandidateProfile[], k: number) {
  return {
    forJobs: jobs.map((job) => index.topCandidatesForJob(job.id, { k })),
    forCandidates: candidates.slice(0, 3).map((candidate) => index.topJobsForCandidate(candidate.id, { k })),
  };
}

const scenario = fc.record({
  candidates: fc.uniqueArray(candidateArbitrary, { selector: (c) => c.id, maxLength: 25 }),
  jobs: fc.uniqueArray(jobArbitrary, { selector: (j) => j.id, minLength: 1, maxLength: 6 }),
  k: fc.integer({ min: 1, max: 8 }),
  /** Changes and removals before the snapshot (waste and free slots in it), then more after the restore. */
  changes: fc.array(fc.tuple(fc.nat(), candidateArbitrary), { maxLength: 4 }),
  removals: fc.array(fc.nat(), { maxLength: 3 }),
  later: fc.array(fc.tuple(fc.nat(), candidateArbitrary, fc.constantFrom('add', 'update', 'remove')), { maxLength: 5 }),
});

describe('snapshotCandidates / restoreCandidates', () => {
  it('a restored index ranks exactly like the one it was taken from, also after further changes (500 random seeds)', () => {
    fc.assert(
      fc.property(scenario, ({ candidates, jobs, k, changes, removals, later }) => {
        const original = createMatchIndex(taxonomy, options);
        candidates.forEach((c) => original.addCandidate(c));
        let current = [...candidates];
        for (const [pick, replacement] of changes) {
          if (current.length === 0) break;
          const at = pick % current.length;
          const updated = { ...replacement, id: current[at]!.id };
          original.updateCandidate(updated);
          current[at] = updated;
        }
        for (const pick of removals) {
          if (current.length === 0) break;
          const at = pick % current.length;
          original.removeCandidate(current[at]!.id);
          current = current.filter((_, i) => i !== at);
        }

        const restored = restore(original.snapshotCandidates());
        expect(restored.candidateCount).toBe(current.length);
        for (const index of [original, restored]) jobs.forEach((j) => index.addJob(j));
        expect(rankings(restored, jobs, current, k)).toEqual(rankings(original, jobs, current, k));

        // Free slots, arena waste and posting lists carry on working after the restore.
        for (const [pick, profile, what] of later) {
          if (what === 'add' && !current.some((c) => c.id === `${profile.id}-new`)) {
            const added = { ...profile, id: `${profile.id}-new` };
            for (const index of [original, restored]) index.addCandidate(added);
            current.push(added);
          } else if (current.length > 0 && what === 'update') {
            const at = pick % current.length;
            const updated = { ...profile, id: current[at]!.id };
            for (const index of [original, restored]) index.updateCandidate(updated);
            current[at] = updated;
          } else if (current.length > 0 && what === 'remove') {
            const at = pick % current.length;
            for (const index of [original, restored]) expect(index.removeCandidate(current[at]!.id)).toBe(true);
            current = current.filter((_, i) => i !== at);
          }
        }
        expect(restored.candidateCount).toBe(current.length);
        expect(rankings(restored, jobs, current, k)).toEqual(rankings(original, jobs, current, k));
      }),
      { numRuns: 500 },
    );
  });

  it('takes the later moment: a snapshot restored a month on ranks as an index built then', () => {
    const candidate = makeCandidate({ id: 'c-1', timeZone: 'America/New_York', city: 'New York', country: 'US' });
    const job = makeJob({ id: 'j-1', timeZone: 'Europe/Berlin', minTimeZoneOverlapHours: 4 });
    const original = createMatchIndex(taxonomy, options);
    original.addCandidate(candidate);
    const monthLater = new Date(NOW.getTime() + 60 * 86_400_000); // across the March clock change
    const fresh = createMatchIndex(taxonomy, { now: monthLater });
    fresh.addCandidate(candidate);
    fresh.addJob(job);
    const restored = restore(original.snapshotCandidates(), monthLater);
    restored.addJob(job);
    expect(restored.topCandidatesForJob('j-1', { k: 1 })).toEqual(fresh.topCandidatesForJob('j-1', { k: 1 }));

    // A snapshot from a later moment than the new index's: the index moves forward to it, never back.
    const ahead = createMatchIndex(taxonomy, { now: monthLater });
    ahead.addCandidate(candidate);
    const behind = restore(ahead.snapshotCandidates(), NOW);
    behind.addJob(job);
    expect(behind.topCandidatesForJob('j-1', { k: 1 })).toEqual(fresh.topCandidatesForJob('j-1', { k: 1 }));
  });

  it('an empty index round-trips', () => {
    const restored = restore(createMatchIndex(taxonomy, options).snapshotCandidates());
    expect(restored.candidateCount).toBe(0);
    restored.addCandidate(makeCandidate({ id: 'c-1' }));
    expect(restored.candidateCount).toBe(1);
  });

  it('refuses a snapshot of another taxonomy, another format or cut short, with SNAPSHOT_MISMATCH', () => {
    const original = createMatchIndex(taxonomy, options);
    for (let i = 0; i < 20; i++) original.addCandidate(makeCandidate({ id: `c-${i}` }));
    const bytes = original.snapshotCandidates();
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof MatchingInputError ? error.code : String(error);
      }
      return 'restored';
    };
    const other = buildTaxonomy({ skills: [...skillsFixture.skills].reverse() });
    expect(codeOf(() => [...createMatchIndex(other, options).restoreCandidates(bytes)])).toBe('SNAPSHOT_MISMATCH');
    const otherFormat = bytes.slice();
    otherFormat[4] = 99;
    expect(codeOf(() => [...createMatchIndex(taxonomy, options).restoreCandidates(otherFormat)])).toBe('SNAPSHOT_MISMATCH');
    expect(codeOf(() => [...createMatchIndex(taxonomy, options).restoreCandidates(bytes.subarray(0, bytes.byteLength - 64))])).toBe('SNAPSHOT_MISMATCH');
    expect(codeOf(() => [...createMatchIndex(taxonomy, options).restoreCandidates(new TextEncoder().encode('not a snapshot at all'))])).toBe('SNAPSHOT_MISMATCH');
    expect(codeOf(() => [...createMatchIndex(taxonomy, options).restoreCandidates(bytes)])).toBe('restored');
  });

  it('taken in steps, gives the same bytes, and refuses to finish when a candidate changed meanwhile', () => {
    // Enough candidates for several id blocks and a rows section over one copy piece (64 bytes a row, 1 MB pieces).
    const original = createMatchIndex(taxonomy, options);
    for (let i = 0; i < 40_000; i++) original.addCandidate(makeCandidate({ id: `c-${i}`, city: i % 2 ? 'Berlin' : 'Lisbon' }));
    const drive = (steps: Generator<void, Uint8Array, void>, between: (step: number) => void = () => {}) => {
      for (let count = 0; ; count++) {
        const step = steps.next();
        if (step.done) return { bytes: step.value, yields: count };
        between(count);
      }
    };
    const { bytes, yields } = drive(original.snapshotCandidatesInSteps());
    expect(yields).toBeGreaterThan(4);
    expect(Buffer.from(bytes).equals(Buffer.from(original.snapshotCandidates()))).toBe(true);

    // Rankings in between change nothing; a candidate added, updated or removed does.
    original.addJob(makeJob({ id: 'j-1' }));
    expect(() => drive(original.snapshotCandidatesInSteps(), () => original.topCandidatesForJob('j-1', { k: 5 }))).not.toThrow();
    const change = [
      () => original.addCandidate(makeCandidate({ id: 'c-new' })),
      () => original.updateCandidate(makeCandidate({ id: 'c-7', city: 'Porto' })),
      () => original.removeCandidate('c-8'),
    ];
    for (const make of change) {
      expect(() => drive(original.snapshotCandidatesInSteps(), (step) => step === 2 && make())).toThrow(/changed while the snapshot/);
    }
  });

  it('refuses to restore into an index that already holds candidates or jobs', () => {
    const bytes = createMatchIndex(taxonomy, options).snapshotCandidates();
    const withJob = createMatchIndex(taxonomy, options);
    withJob.addJob(makeJob({ id: 'j-1' }));
    expect(() => [...withJob.restoreCandidates(bytes)]).toThrow(/new index/);
    const withCandidate = createMatchIndex(taxonomy, options);
    withCandidate.addCandidate(makeCandidate({ id: 'c-1' }));
    expect(() => [...withCandidate.restoreCandidates(bytes)]).toThrow(/new index/);
  });
});

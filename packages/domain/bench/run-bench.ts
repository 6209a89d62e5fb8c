/**
 * `npm run bench` (100k and 1M candidates) or `npm run bench -- --quick` (100k only).
 * Prints one line per case: BENCH <case> median_ms=<n> p95_ms=<n> ratio_vs_reference=<n> heap_mb=<n>
 * The reference is the plain loop: scoreMatch over every profile, then sort, in this same process.
 * heap_mb is the index's own footprint (V8 heap + typed-array buffers, after GC, measured across building it and
 * its first queries).
 */
import { isDeepStrictEqual } from 'node:util';
import {
  buildTaxonomy,
  compareMatchResults,
  createMatchIndex,
  scoreMatch,
  type CandidateProfile,
  type MatchIndex,
  type MatchResult,
} from '../src/matching/index.ts';
import { generateCandidate, generateJob, generateTaxonomyData } from './generate-synthetic-profiles.ts';

const isQuick = process.argv.includes('--quick');
const NOW = new Date('2026-01-15T00:00:00Z');
const K = 20;
const JOB_COUNT = 20_000;
const QUERY_RUNS = 200;
const REFERENCE_RUNS = isQuick ? 2 : 3;
const UPDATE_RUNS = 5_000;

const gc = (globalThis as { gc?: () => void }).gc;
function memoryMb(): number {
  gc?.();
  gc?.();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1024 / 1024;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const round = (value: number) => (value >= 1 ? value.toFixed(2) : value.toPrecision(3));

function report(name: string, times: number[], referenceMedian: number | null, heapMb: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  const median = percentile(sorted, 50);
  const ratio = referenceMedian === null ? 'n/a' : (referenceMedian / median).toFixed(1);
  console.log(`BENCH ${name} median_ms=${round(median)} p95_ms=${round(percentile(sorted, 95))} ratio_vs_reference=${ratio} heap_mb=${heapMb.toFixed(1)}`);
  return median;
}

const taxonomy = buildTaxonomy(generateTaxonomyData());
const jobs = Array.from({ length: JOB_COUNT }, (_, i) => generateJob(i, NOW));
const label = (count: number) => (count >= 1_000_000 ? `${count / 1_000_000}m` : `${count / 1000}k`);

function runCase(candidateCount: number, withReference: boolean): void {
  const size = label(candidateCount);
  const profiles: CandidateProfile[] = withReference ? Array.from({ length: candidateCount }, (_, i) => generateCandidate(i, NOW)) : [];
  const before = memoryMb();
  const index: MatchIndex = createMatchIndex(taxonomy, { now: NOW });
  let generateMs = 0;
  const buildMs = time(() => {
    for (let i = 0; i < candidateCount; i++) {
      if (withReference) {
        index.addCandidate(profiles[i]!);
      } else {
        const started = process.hrtime.bigint();
        const profile = generateCandidate(i, NOW);
        generateMs += Number(process.hrtime.bigint() - started) / 1e6;
        index.addCandidate(profile);
      }
    }
    for (const job of jobs) index.addJob(job);
  });
  // Top-K candidates for a job: every 97th job, measured after one unmeasured pass over the same jobs (steady
  // state: JIT-compiled, scratch arrays allocated, which then count in the footprint).
  const queryJobs = Array.from({ length: QUERY_RUNS }, (_, i) => jobs[(i * 97) % JOB_COUNT]!);
  for (const job of queryJobs) index.topCandidatesForJob(job.id, { k: K });
  const heapMb = memoryMb() - before;
  report(`build_index_${size}_candidates_20k_jobs`, [buildMs - generateMs], null, heapMb);
  const candidateTimes = queryJobs.map((job) => time(() => index.topCandidatesForJob(job.id, { k: K })));
  let referenceMedian: number | null = null;
  if (withReference) {
    const referenceTimes: number[] = [];
    for (const job of queryJobs.slice(0, REFERENCE_RUNS)) {
      let reference: MatchResult[] = [];
      referenceTimes.push(
        time(() => {
          reference = profiles.map((p) => scoreMatch(p, job, taxonomy, { now: NOW })).sort((a, b) => compareMatchResults(a, b, 'candidate')).slice(0, K);
        }),
      );
      assertIdentical(`top candidates for ${job.id}`, index.topCandidatesForJob(job.id, { k: K }), reference);
    }
    referenceMedian = percentile([...referenceTimes].sort((a, b) => a - b), 50);
  }
  report(`top${K}_candidates_for_job_${size}`, candidateTimes, referenceMedian, heapMb);

  // The same with filters a recruiter would set.
  const filters = { remotePolicies: ['REMOTE' as const, 'HYBRID' as const], minScore: 40, excludeBlocked: true };
  const filteredTimes = queryJobs.map((job) => time(() => index.topCandidatesForJob(job.id, { k: K, filters })));
  report(`top${K}_candidates_for_job_filtered_${size}`, filteredTimes, null, heapMb);

  // Top-K jobs (of 20k) for a candidate.
  const queryCandidates = Array.from({ length: QUERY_RUNS }, (_, i) => `cand-${String((i * 7_919) % candidateCount).padStart(7, '0')}`);
  for (const id of queryCandidates) index.topJobsForCandidate(id, { k: K });
  const jobTimes = queryCandidates.map((id) => time(() => index.topJobsForCandidate(id, { k: K })));
  let jobReferenceMedian: number | null = null;
  if (withReference) {
    const referenceTimes: number[] = [];
    for (const id of queryCandidates.slice(0, REFERENCE_RUNS)) {
      const candidate = profiles[Number(id.slice(5))]!;
      let reference: MatchResult[] = [];
      referenceTimes.push(
        time(() => {
          reference = jobs.map((j) => scoreMatch(candidate, j, taxonomy, { now: NOW })).sort((a, b) => compareMatchResults(a, b, 'job')).slice(0, K);
        }),
      );
      assertIdentical(`top jobs for ${id}`, index.topJobsForCandidate(candidate, { k: K }), reference);
    }
    jobReferenceMedian = percentile([...referenceTimes].sort((a, b) => a - b), 50);
  }
  report(`top${K}_jobs_for_candidate_${size}`, jobTimes, jobReferenceMedian, heapMb);

  // Single-profile updates: change, add, remove (profiles generated beforehand, not timed).
  const changes = Array.from({ length: UPDATE_RUNS }, (_, i) => ({
    ...generateCandidate(candidateCount + i, NOW),
    id: `cand-${String((i * 104_729) % candidateCount).padStart(7, '0')}`,
  }));
  report(`update_candidate_${size}`, changes.map((profile) => time(() => index.updateCandidate(profile))), null, heapMb);
  const additions = Array.from({ length: UPDATE_RUNS }, (_, i) => generateCandidate(candidateCount + UPDATE_RUNS + i, NOW));
  report(`add_candidate_${size}`, additions.map((profile) => time(() => index.addCandidate(profile))), null, heapMb);
  report(`remove_candidate_${size}`, additions.map((profile) => time(() => index.removeCandidate(profile.id))), null, heapMb);
  const jobChanges = Array.from({ length: 1_000 }, (_, i) => ({ ...generateJob(JOB_COUNT + i, NOW), id: jobs[(i * 31) % JOB_COUNT]!.id }));
  report(`update_job_${size}`, jobChanges.map((job) => time(() => index.updateJob(job))), null, heapMb);
}

function assertIdentical(what: string, actual: MatchResult[], expected: MatchResult[]): void {
  if (!isDeepStrictEqual(actual, expected)) {
    console.error(`MISMATCH ${what}: index ${JSON.stringify(actual.map((r) => [r.candidateId, r.jobId, r.score]))}`);
    console.error(`              reference ${JSON.stringify(expected.map((r) => [r.candidateId, r.jobId, r.score]))}`);
    process.exitCode = 1;
  }
}

if (!gc) console.warn('Run with --expose-gc for heap figures (npm run bench does).');
runCase(100_000, true);
if (!isQuick) runCase(1_000_000, false);

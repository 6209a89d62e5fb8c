import { MAX_CANDIDATE_SKILLS, assertValidCandidate } from './assert-valid-candidate.ts';
import { MAX_JOB_REQUIREMENTS, assertValidJob } from './assert-valid-job.ts';
import { check } from './assert-valid-profile-fields.ts';
import type { SkillTaxonomy } from './build-taxonomy.ts';
import { decodeCandidateSnapshot, encodeCandidateSnapshot, encodeCandidateSnapshotInSteps } from './candidate-snapshot.ts';
import { CandidateStore, I_CITY_KEY, I_COUNTRY, I_FLAGS, I_SKILL_COUNT, I_SKILL_START, ROW_INTS } from './candidate-store.ts';
import { compileJob, type CompiledJob } from './compile-job.ts';
import { createMatchContext, normalizeCity, type MatchContext } from './create-match-context.ts';
import { buildJobSkillLookup, creditRequirementsByCandidate, creditRequirementsByJob, type JobSkillLookup } from './credit-requirements.ts';
import { getTimeZoneOffset } from './get-time-zone-offset.ts';
import { MatchingInputError } from './matching-input-error.ts';
import { explainMatch } from './explain-match.ts';
import { OUT, bestPossibleScore, scoreCompiledPair, scoreProfileFit, scoreSkillsAndTotal } from './score-compiled-pair.ts';
import { FORWARD_SHARE, FORWARD_WEIGHTS, MS_PER_DAY, REMOTE_ORDER, REVERSE_SHARE } from './scoring-rules.ts';
import { TopKHeap } from './top-k-heap.ts';
import type { CandidateProfile, JobProfile, MatchFilters, MatchResult, RankOptions, ScoreOptions } from './types.ts';

export type MatchIndex = {
  readonly candidateCount: number;
  readonly jobCount: number;
  /** Throws MatchingInputError on bad input or an id already indexed. */
  addCandidate(candidate: CandidateProfile): void;
  /** Replaces the indexed candidate with this id. */
  updateCandidate(candidate: CandidateProfile): void;
  /** False when no candidate had this id. */
  removeCandidate(candidateId: string): boolean;
  addJob(job: JobProfile): void;
  updateJob(job: JobProfile): void;
  removeJob(jobId: string): boolean;
  /** The k best candidates, exactly as scoreMatch over every indexed candidate, sorted, would give them. */
  topCandidatesForJob(job: JobProfile | string, options: RankOptions): MatchResult[];
  /** The k best jobs, exactly as scoreMatch over every indexed job, sorted, would give them. */
  topJobsForCandidate(candidate: CandidateProfile | string, options: RankOptions): MatchResult[];
  /** Moves the index forward in time (recency, notice periods and offsets depend on it); cheap. Call it daily. */
  setNow(now: Date): void;
  /** The indexed candidates as bytes (a copy; jobs are not in it), for restoreCandidates in another process. */
  snapshotCandidates(): Uint8Array;
  /**
   * snapshotCandidates in steps: yields every megabyte or so, so the caller can let other work run; rankings may run
   * meanwhile, but no candidate may be added, updated or removed until it is done. If one is, the next step throws
   * (the bytes would mix two states of the index).
   */
  snapshotCandidatesInSteps(): Generator<void, Uint8Array, void>;
  /**
   * Puts a snapshot's candidates into this index, which must be new (no candidate or job added yet; add the jobs
   * after). Runs as the caller steps through it, yielding every few thousand candidates so the caller can let other
   * work run; the index is usable once the generator is done. Rankings are the same as those of the index the
   * snapshot was taken from. Throws MatchingInputError SNAPSHOT_MISMATCH for bytes of another format, taxonomy or
   * rules. The index's moment becomes the later of its own and the snapshot's.
   */
  restoreCandidates(bytes: Uint8Array): Generator<void, void, void>;
};

type PreparedFilters = {
  remoteMask: number;
  /** NO_FILTER: any; -1 or NO_MATCH: a value no profile has. */
  country: number;
  cityKey: number;
  required: Int32Array;
  excluded: Int32Array;
  minScore: number;
  excludeBlocked: boolean;
};

const MAX_K = 10_000;
const FORWARD_WEIGHTS_TOTAL = Object.values(FORWARD_WEIGHTS).reduce((total, weight) => total + weight, 0);
/** Rounding to one decimal adds at most 0.05; float32 sums of credits may be off by ~1e-6. */
const BOUND_MARGIN = 0.06;
/** Slots are stored shifted left by 3 in posting entries. */
const MAX_CANDIDATE_SLOTS = 2 ** 28;
const NO_FILTER = -2;
const NO_MATCH = -3;

/**
 * A ranking index over many candidates and jobs. Candidates are stored as typed-array rows with a posting list
 * per skill; a query first scores only the candidates who have credit for every must-have (found through the
 * posting lists), and scans the rest only when fewer than k unblocked results turn up. Winners are re-scored by
 * scoreMatch for their explanation.
 */
export function createMatchIndex(taxonomy: SkillTaxonomy, options: ScoreOptions): MatchIndex {
  return new RankingIndex(taxonomy, options.now);
}

class RankingIndex implements MatchIndex {
  private readonly context: MatchContext;
  private store: CandidateStore;
  private readonly slotById = new Map<string, number>();
  /**
   * Posting list per skill: entries are (candidate slot << 3 | level). They may be stale (skill removed, level
   * changed, slot reused) or repeated: that only widens the shortlist and loosens the bound, which scoring corrects.
   */
  private postings: Int32Array[];
  private readonly postingLength: Int32Array;
  private readonly postingStale: Int32Array;

  private readonly jobs: Array<CompiledJob | undefined> = [];
  private readonly jobSlotById = new Map<string, number>();
  private readonly freeJobSlots: number[] = [];
  /** Job slots per must-have skill, kept exact. */
  private readonly jobsByMustHave: number[][];
  /** For candidate skill s, the required skills it earns credit for: reverse of taxonomy.credit. */
  private readonly creditsTo: { start: Int32Array; skill: Int32Array };

  private counts = new Uint8Array(0);
  private shortlist = new Int32Array(0);
  /** Counts candidate additions, updates and removals, so a snapshot taken in steps notices one made meanwhile. */
  private candidateChanges = 0;
  /** Per candidate, during a query: best credit bound for the current must-have, and the sum over must-haves. */
  private requirementBest = new Float32Array(0);
  private mustCreditBound = new Float32Array(0);
  private readonly slotCredit = new Float64Array(2 * MAX_JOB_REQUIREMENTS);
  private readonly slotSource = new Int32Array(2 * MAX_JOB_REQUIREMENTS);
  private readonly out = new Float64Array(OUT.size);
  private readonly positionOfSkill: Int32Array;
  private readonly skillMark: Uint8Array;
  /** The skills of the candidate being added, as validation looked them up (see assertValidCandidate). */
  private readonly skillIndexes = new Int32Array(MAX_CANDIDATE_SKILLS);

  constructor(
    private readonly taxonomy: SkillTaxonomy,
    now: Date,
  ) {
    assertValidNow(now);
    this.context = createMatchContext(now);
    this.store = new CandidateStore(this.context, 1024);
    const size = taxonomy.size;
    this.postings = Array.from({ length: size }, () => new Int32Array(8));
    this.postingLength = new Int32Array(size);
    this.postingStale = new Int32Array(size);
    this.jobsByMustHave = Array.from({ length: size }, () => []);
    this.positionOfSkill = new Int32Array(size).fill(-1);
    this.skillMark = new Uint8Array(size);

    const credit = taxonomy.credit;
    const start = new Int32Array(size + 1);
    for (let e = 0; e < credit.skill.length; e++) start[credit.skill[e]! + 1]!++;
    for (let s = 0; s < size; s++) start[s + 1]! += start[s]!;
    const fill = start.slice(0, size);
    const skill = new Int32Array(credit.skill.length);
    for (let r = 0; r < size; r++) {
      for (let e = credit.start[r]!; e < credit.start[r + 1]!; e++) skill[fill[credit.skill[e]!]!++] = r;
    }
    this.creditsTo = { start, skill };
  }

  get candidateCount(): number {
    return this.slotById.size;
  }

  get jobCount(): number {
    return this.jobSlotById.size;
  }

  setNow(now: Date): void {
    assertValidNow(now);
    const context = this.context;
    if (now.getTime() < context.now.getTime()) {
      // Profiles were validated against the later moment (e.g. a skill last used this year).
      throw new MatchingInputError('now', 'TIME_MOVED_BACK', 'cannot be earlier than the moment the index is at; build a new index.');
    }
    context.now = new Date(now.getTime());
    context.nowDay = Math.floor(now.getTime() / MS_PER_DAY);
    context.nowYear = now.getUTCFullYear();
    context.timeZones.values.forEach((zone, id) => {
      context.timeZoneOffsets[id] = getTimeZoneOffset(zone, context.now)!;
    });
  }

  snapshotCandidates(): Uint8Array {
    return encodeCandidateSnapshot(this.store, this.context, this.taxonomy);
  }

  *snapshotCandidatesInSteps(): Generator<void, Uint8Array, void> {
    const changes = this.candidateChanges;
    const steps = encodeCandidateSnapshotInSteps(this.store, this.context, this.taxonomy);
    for (;;) {
      const step = steps.next();
      if (this.candidateChanges !== changes) throw new Error('a candidate changed while the snapshot was being taken: take it again');
      if (step.done) return step.value;
      yield;
    }
  }

  *restoreCandidates(bytes: Uint8Array): Generator<void, void, void> {
    if (this.store.length > 0 || this.jobs.length > 0) throw new Error('restoreCandidates needs a new index: restore before adding candidates or jobs');
    const { now, store } = yield* decodeCandidateSnapshot(bytes, this.context, this.taxonomy);
    // Profiles were validated against the snapshot's moment; setNow also works out every restored zone's offset.
    this.setNow(new Date(Math.max(now.getTime(), this.context.now.getTime())));
    this.store = store;
    yield;
    const { ints, skills, alive } = store;
    const n = store.length;
    const size = this.taxonomy.size;
    // Posting lists sized exactly, in slot order; no stale entries.
    const counts = new Int32Array(size);
    for (let slot = 0; slot < n; slot++) {
      if (alive[slot] === 1) {
        const start = ints[slot * ROW_INTS + I_SKILL_START]!;
        const end = start + ints[slot * ROW_INTS + I_SKILL_COUNT]!;
        for (let p = start; p < end; p++) counts[skills[p]! & 0xffff]!++;
      }
      if ((slot & 16383) === 16383) yield;
    }
    for (let s = 0; s < size; s++) {
      this.postings[s] = new Int32Array(counts[s]! + 8);
      this.postingLength[s] = 0;
      this.postingStale[s] = 0;
    }
    const postings = this.postings;
    const lengths = this.postingLength;
    for (let slot = 0; slot < n; slot++) {
      if (alive[slot] === 1) {
        const id = store.ids[slot]!;
        if (this.slotById.has(id)) throw new MatchingInputError('snapshot', 'SNAPSHOT_MISMATCH', `holds candidate "${id}" twice.`);
        this.slotById.set(id, slot);
        const start = ints[slot * ROW_INTS + I_SKILL_START]!;
        const end = start + ints[slot * ROW_INTS + I_SKILL_COUNT]!;
        for (let p = start; p < end; p++) {
          const packed = skills[p]!;
          const s = packed & 0xffff;
          postings[s]![lengths[s]!++] = (slot << 3) | ((packed >>> 16) & 7);
        }
      }
      if ((slot & 4095) === 4095) yield;
    }
  }

  addCandidate(candidate: CandidateProfile): void {
    this.candidateChanges++;
    assertValidCandidate(candidate, this.taxonomy, this.context.now, 'candidate', this.skillIndexes);
    if (this.slotById.has(candidate.id)) {
      throw new MatchingInputError('candidate.id', 'DUPLICATE_ID', `"${candidate.id}" is already in the index; use updateCandidate.`);
    }
    if (this.store.length >= MAX_CANDIDATE_SLOTS) {
      throw new MatchingInputError('candidate', 'INDEX_FULL', `the index holds at most ${MAX_CANDIDATE_SLOTS} candidates.`);
    }
    const slot = this.store.allocate(candidate.id);
    this.slotById.set(candidate.id, slot);
    this.store.write(slot, candidate, this.taxonomy, this.skillIndexes);
    const store = this.store;
    const start = store.skillStart(slot);
    for (let p = start; p < start + store.skillCount(slot); p++) {
      const packed = store.skills[p]!;
      this.appendPosting(packed & 0xffff, slot, (packed >>> 16) & 7);
    }
  }

  updateCandidate(candidate: CandidateProfile): void {
    this.candidateChanges++;
    assertValidCandidate(candidate, this.taxonomy, this.context.now);
    const slot = this.slotById.get(candidate.id);
    if (slot === undefined) {
      throw new MatchingInputError('candidate.id', 'UNKNOWN_ID', `"${candidate.id}" is not in the index; use addCandidate.`);
    }
    const store = this.store;
    const levelOf = this.skillMark;
    const oldStart = store.skillStart(slot);
    const oldEnd = oldStart + store.skillCount(slot);
    for (let p = oldStart; p < oldEnd; p++) levelOf[store.skills[p]! & 0xffff] = (store.skills[p]! >>> 16) & 7;
    // Posting entries carry the level: a new skill or a changed level gets a new entry, the old one goes stale.
    const staleSkills: number[] = [];
    const KEPT = 8;
    for (const skill of candidate.skills) {
      const s = this.taxonomy.get(skill.skillId)!.index;
      const oldLevel = levelOf[s]!;
      if (oldLevel !== skill.level) this.appendPosting(s, slot, skill.level);
      if (oldLevel !== 0 && oldLevel !== skill.level) staleSkills.push(s);
      if (oldLevel !== 0) levelOf[s] = KEPT;
    }
    for (let p = oldStart; p < oldEnd; p++) {
      const s = store.skills[p]! & 0xffff;
      if (levelOf[s] !== KEPT) staleSkills.push(s);
      levelOf[s] = 0;
    }
    store.write(slot, candidate, this.taxonomy);
    for (const s of staleSkills) this.markStale(s);
  }

  removeCandidate(candidateId: string): boolean {
    const slot = this.slotById.get(candidateId);
    if (slot === undefined) return false;
    this.candidateChanges++;
    const store = this.store;
    const start = store.skillStart(slot);
    const skills = Array.from(store.skills.subarray(start, start + store.skillCount(slot)), (packed) => packed & 0xffff);
    store.release(slot);
    this.slotById.delete(candidateId);
    for (const s of skills) this.markStale(s);
    return true;
  }

  addJob(job: JobProfile): void {
    assertValidJob(job, this.taxonomy, this.context.now);
    if (this.jobSlotById.has(job.id)) {
      throw new MatchingInputError('job.id', 'DUPLICATE_ID', `"${job.id}" is already in the index; use updateJob.`);
    }
    const slot = this.freeJobSlots.pop() ?? this.jobs.length;
    this.jobSlotById.set(job.id, slot);
    this.placeJob(slot, compileJob(job, this.context, this.taxonomy));
  }

  updateJob(job: JobProfile): void {
    assertValidJob(job, this.taxonomy, this.context.now);
    const slot = this.jobSlotById.get(job.id);
    if (slot === undefined) throw new MatchingInputError('job.id', 'UNKNOWN_ID', `"${job.id}" is not in the index; use addJob.`);
    this.unplaceJob(slot);
    this.placeJob(slot, compileJob(job, this.context, this.taxonomy));
  }

  removeJob(jobId: string): boolean {
    const slot = this.jobSlotById.get(jobId);
    if (slot === undefined) return false;
    this.unplaceJob(slot);
    this.jobs[slot] = undefined;
    this.jobSlotById.delete(jobId);
    this.freeJobSlots.push(slot);
    return true;
  }

  topCandidatesForJob(jobOrId: JobProfile | string, options: RankOptions): MatchResult[] {
    const k = checkK(options);
    const job = this.resolveJob(jobOrId);
    const filters = this.prepareFilters(options.filters);
    const lookup = buildJobSkillLookup(job, this.taxonomy);
    const heap = new TopKHeap(k);
    const store = this.store;
    const mustCount = job.mustCount;
    if (k === 0) return [];

    if (mustCount > 0) {
      // Candidates with some credit for every must-have: the only ones who can be unblocked.
      if (this.counts.length < store.length) {
        this.counts = new Uint8Array(store.capacity);
        this.shortlist = new Int32Array(store.capacity);
        this.requirementBest = new Float32Array(store.capacity);
        this.mustCreditBound = new Float32Array(store.capacity);
      }
      const counts = this.counts;
      counts.fill(0, 0, store.length);
      const shortlist = this.shortlist;
      const best = this.requirementBest;
      const sum = this.mustCreditBound;
      let shortlisted = 0;
      const credit = this.taxonomy.credit;
      const byLevel = new Float64Array(8);
      for (let i = 0; i < mustCount; i++) {
        const r = job.slotSkill[i]!;
        const minLevel = job.slotFullLevel[i]!;
        const isLast = i === mustCount - 1;
        for (let e = credit.start[r]!; e < credit.start[r + 1]!; e++) {
          // Credit this source could give at each level, before recency (which only lowers it).
          for (let level = 1; level <= 5; level++) byLevel[level] = credit.weight[e]! * (level >= minLevel ? 1 : level / minLevel);
          const s = credit.skill[e]!;
          const list = this.postings[s]!;
          const length = this.postingLength[s]!;
          for (let x = 0; x < length; x++) {
            const entry = list[x]!;
            const c = entry >>> 3;
            const value = byLevel[entry & 7]!;
            const seen = counts[c]!;
            if (seen === i) {
              counts[c] = i + 1;
              best[c] = value;
              sum[c] = i === 0 ? value : sum[c]! + value;
              if (isLast) shortlist[shortlisted++] = c;
            } else if (seen === i + 1 && value > best[c]!) {
              sum[c] = sum[c]! + (value - best[c]!);
              best[c] = value;
            }
          }
        }
      }
      // Visit in slot order, so the rows and skills stream through the cache; skip candidates whose must-have
      // credit, at best, cannot reach the results.
      const otherForward = FORWARD_WEIGHTS_TOTAL - FORWARD_WEIGHTS.mustHave;
      const offerShortlisted = (c: number) => {
        if (store.alive[c] !== 1) return;
        const bound = FORWARD_SHARE * (FORWARD_WEIGHTS.mustHave * (sum[c]! / mustCount) + otherForward) + REVERSE_SHARE * 100 + BOUND_MARGIN;
        if (heap.rejects(bound, 0) || (filters !== null && bound < filters.minScore)) return;
        this.offerCandidate(c, job, lookup, filters, heap);
      };
      if (shortlisted * 64 < store.length) {
        const sorted = shortlist.subarray(0, shortlisted).sort();
        for (let x = 0; x < shortlisted; x++) offerShortlisted(sorted[x]!);
      } else {
        for (let c = 0; c < store.length; c++) if (counts[c] === mustCount) offerShortlisted(c);
      }
      if (!heap.isFullOfUnblocked && filters?.excludeBlocked !== true) {
        // Fewer than k unblocked: blocked candidates rank next, so everyone else (all missing a must-have) too.
        for (let c = 0; c < store.length; c++) {
          if (store.alive[c] === 1 && counts[c] !== mustCount) this.offerCandidate(c, job, lookup, filters, heap);
        }
      }
    } else {
      for (let c = 0; c < store.length; c++) {
        if (store.alive[c] === 1) this.offerCandidate(c, job, lookup, filters, heap);
      }
    }

    return heap.sorted().map((entry) => checked(entry, this.explain(store, entry.slot, store.read(entry.slot, this.taxonomy), job)));
  }

  topJobsForCandidate(candidateOrId: CandidateProfile | string, options: RankOptions): MatchResult[] {
    const k = checkK(options);
    const filters = this.prepareFilters(options.filters);
    let store = this.store;
    let slot: number;
    let profile: CandidateProfile;
    if (typeof candidateOrId === 'string') {
      const found = this.slotById.get(candidateOrId);
      if (found === undefined) throw new MatchingInputError('candidateId', 'UNKNOWN_ID', `"${candidateOrId}" is not in the index.`);
      slot = found;
      profile = store.read(slot, this.taxonomy);
    } else {
      assertValidCandidate(candidateOrId, this.taxonomy, this.context.now);
      store = new CandidateStore(this.context, 1);
      slot = store.allocate(candidateOrId.id);
      store.write(slot, candidateOrId, this.taxonomy);
      profile = candidateOrId;
    }
    if (k === 0) return [];

    const positionOfSkill = this.positionOfSkill;
    const mark = this.skillMark;
    const start = store.skillStart(slot);
    const end = start + store.skillCount(slot);
    const jobCounts = new Int32Array(this.jobs.length);
    const touched: number[] = [];
    for (let p = start; p < end; p++) {
      const s = store.skills[p]! & 0xffff;
      positionOfSkill[s] = p;
      for (let e = this.creditsTo.start[s]!; e < this.creditsTo.start[s + 1]!; e++) {
        const r = this.creditsTo.skill[e]!;
        if (mark[r] === 0) {
          mark[r] = 1;
          touched.push(r);
          for (const j of this.jobsByMustHave[r]!) jobCounts[j]!++;
        }
      }
    }
    const heap = new TopKHeap(k);
    try {
      const isEligible = (j: number) => {
        const job = this.jobs[j];
        return job !== undefined && (job.mustCount === 0 || jobCounts[j] === job.mustCount);
      };
      for (let j = 0; j < this.jobs.length; j++) {
        if (isEligible(j)) this.offerJob(store, slot, j, filters, heap);
      }
      if (!heap.isFullOfUnblocked && filters?.excludeBlocked !== true) {
        // The other jobs each have a must-have the candidate has no credit for: all blocked.
        for (let j = 0; j < this.jobs.length; j++) {
          if (this.jobs[j] !== undefined && !isEligible(j)) this.offerJob(store, slot, j, filters, heap);
        }
      }
    } finally {
      for (let p = start; p < end; p++) positionOfSkill[store.skills[p]! & 0xffff] = -1;
      for (const r of touched) mark[r] = 0;
    }
    return heap.sorted().map((entry) => checked(entry, this.explain(store, slot, profile, this.jobs[entry.slot]!)));
  }

  /**
   * The winners' explanation: what scoreMatch does after validating and compiling, run on the already compiled
   * profiles (the brute-force tests check the two agree to the last sentence).
   */
  private explain(store: CandidateStore, slot: number, profile: CandidateProfile, job: CompiledJob): MatchResult {
    const positionOfSkill = this.positionOfSkill;
    const start = store.skillStart(slot);
    const end = start + store.skillCount(slot);
    for (let p = start; p < end; p++) positionOfSkill[store.skills[p]! & 0xffff] = p;
    const slotCredit = new Float64Array(job.slotSkill.length);
    const slotSource = new Int32Array(job.slotSkill.length);
    creditRequirementsByCandidate(store, job, this.taxonomy, positionOfSkill, this.context.nowYear, slotCredit, slotSource);
    for (let p = start; p < end; p++) positionOfSkill[store.skills[p]! & 0xffff] = -1;
    const out = new Float64Array(OUT.size);
    scoreCompiledPair(store, slot, job, this.context, slotCredit, out);
    return explainMatch(profile, store, slot, job, this.taxonomy, this.context, slotCredit, slotSource, out);
  }

  private offerCandidate(c: number, job: CompiledJob, lookup: JobSkillLookup, filters: PreparedFilters | null, heap: TopKHeap): void {
    const store = this.store;
    if (filters !== null && !this.candidatePasses(c, filters)) return;
    const out = this.out;
    scoreProfileFit(store, c, job, this.context, out);
    if (this.cannotEnter(out, filters, heap)) return;
    creditRequirementsByJob(store, c, job, lookup, this.context.nowYear, this.slotCredit, this.slotSource);
    scoreSkillsAndTotal(job, this.slotCredit, out);
    this.offer(c, store.ids[c]!, out, filters, heap);
  }

  private offerJob(store: CandidateStore, slot: number, j: number, filters: PreparedFilters | null, heap: TopKHeap): void {
    const job = this.jobs[j]!;
    if (filters !== null && !jobPasses(job, filters)) return;
    const out = this.out;
    scoreProfileFit(store, slot, job, this.context, out);
    if (this.cannotEnter(out, filters, heap)) return;
    creditRequirementsByCandidate(store, job, this.taxonomy, this.positionOfSkill, this.context.nowYear, this.slotCredit, this.slotSource);
    scoreSkillsAndTotal(job, this.slotCredit, out);
    this.offer(j, job.id, out, filters, heap);
  }

  /** Skips the skill loop when even full skill credit could not get the pair into the results. */
  private cannotEnter(out: Float64Array, filters: PreparedFilters | null, heap: TopKHeap): boolean {
    const isBlocked = out[OUT.blockers] === 0 ? 0 : 1;
    if (isBlocked === 1 && filters !== null && filters.excludeBlocked) return true;
    const best = bestPossibleScore(out);
    if (filters !== null && best < filters.minScore) return true;
    return heap.rejects(best, isBlocked);
  }

  private offer(slot: number, id: string, out: Float64Array, filters: PreparedFilters | null, heap: TopKHeap): void {
    const score = out[OUT.score]!;
    const isBlocked = out[OUT.blockers] === 0 ? 0 : 1;
    if (filters !== null && (score < filters.minScore || (isBlocked === 1 && filters.excludeBlocked))) return;
    heap.offer(slot, score, isBlocked, id);
  }

  private candidatePasses(c: number, filters: PreparedFilters): boolean {
    const store = this.store;
    const row = c * ROW_INTS;
    if (filters.remoteMask !== 0 && (filters.remoteMask & (1 << ((store.ints[row + I_FLAGS]! >>> 4) & 15))) === 0) return false;
    if (filters.country !== NO_FILTER) {
      if (store.ints[row + I_COUNTRY] !== filters.country) return false;
      if (filters.cityKey !== NO_FILTER && store.ints[row + I_CITY_KEY] !== filters.cityKey) return false;
    }
    if (filters.required.length > 0) {
      for (let i = 0; i < filters.required.length; i++) if (!store.hasSkill(c, filters.required[i]!)) return false;
    }
    if (filters.excluded.length > 0) {
      for (let i = 0; i < filters.excluded.length; i++) if (store.hasSkill(c, filters.excluded[i]!)) return false;
    }
    return true;
  }

  private resolveJob(jobOrId: JobProfile | string): CompiledJob {
    if (typeof jobOrId === 'string') {
      const slot = this.jobSlotById.get(jobOrId);
      if (slot === undefined) throw new MatchingInputError('jobId', 'UNKNOWN_ID', `"${jobOrId}" is not in the index.`);
      return this.jobs[slot]!;
    }
    assertValidJob(jobOrId, this.taxonomy, this.context.now);
    return compileJob(jobOrId, this.context, this.taxonomy);
  }

  private prepareFilters(filters: MatchFilters | undefined): PreparedFilters | null {
    if (filters === undefined) return null;
    let remoteMask = 0;
    (filters.remotePolicies ?? []).forEach((policy, i) => {
      check.remotePolicy(policy, `filters.remotePolicies[${i}]`);
      remoteMask |= 1 << REMOTE_ORDER.indexOf(policy);
    });
    let country = NO_FILTER;
    let cityKey = NO_FILTER;
    if (filters.location !== undefined) {
      check.country(filters.location.country, 'filters.location.country');
      country = this.context.countries.find(filters.location.country);
      if (filters.location.city !== undefined) {
        check.string(filters.location.city, 'filters.location.city');
        const known = this.context.cityKeys.find(normalizeCity(filters.location.city));
        // -1 is how profiles without a city are stored; a city no profile has must match nothing.
        cityKey = known < 0 ? NO_MATCH : known;
      }
    }
    const skillIndexes = (ids: string[] | undefined, field: string) =>
      Int32Array.from(ids ?? [], (id, i) => check.skillId(id, `${field}[${i}]`, this.taxonomy));
    const minScore = filters.minScore ?? 0;
    check.number(minScore, 'filters.minScore', 0, 100);
    return {
      remoteMask,
      country,
      cityKey,
      required: skillIndexes(filters.requiredSkillIds, 'filters.requiredSkillIds'),
      excluded: skillIndexes(filters.excludedSkillIds, 'filters.excludedSkillIds'),
      minScore,
      excludeBlocked: filters.excludeBlocked === true,
    };
  }

  private appendPosting(s: number, c: number, level: number): void {
    let list = this.postings[s]!;
    const length = this.postingLength[s]!;
    if (length === list.length) {
      const next = new Int32Array(Math.ceil(list.length * 1.25) + 8);
      next.set(list);
      this.postings[s] = list = next;
    }
    list[length] = (c << 3) | level;
    this.postingLength[s] = length + 1;
  }

  /** Counts an entry of skill s that may no longer be true; rewrites the list once half of it may be stale. */
  private markStale(s: number): void {
    const stale = ++this.postingStale[s]!;
    const length = this.postingLength[s]!;
    if (stale * 2 < length && length > 16) return;
    const list = this.postings[s]!;
    const store = this.store;
    const seen = new Set<number>();
    let kept = 0;
    for (let x = 0; x < length; x++) {
      const entry = list[x]!;
      const c = entry >>> 3;
      if (store.alive[c] === 1 && !seen.has(c) && store.skillLevel(c, s) === (entry & 7)) {
        seen.add(c);
        list[kept++] = entry;
      }
    }
    this.postingLength[s] = kept;
    this.postingStale[s] = 0;
  }

  private placeJob(slot: number, job: CompiledJob): void {
    this.jobs[slot] = job;
    for (let i = 0; i < job.mustCount; i++) this.jobsByMustHave[job.slotSkill[i]!]!.push(slot);
  }

  private unplaceJob(slot: number): void {
    const job = this.jobs[slot]!;
    for (let i = 0; i < job.mustCount; i++) {
      const list = this.jobsByMustHave[job.slotSkill[i]!]!;
      const at = list.indexOf(slot);
      list[at] = list[list.length - 1]!;
      list.pop();
    }
  }
}

function jobPasses(job: CompiledJob, filters: PreparedFilters): boolean {
  if (filters.remoteMask !== 0 && (filters.remoteMask & (1 << job.remote)) === 0) return false;
  if (filters.country !== NO_FILTER) {
    if (job.country !== filters.country) return false;
    if (filters.cityKey !== NO_FILTER && job.cityKey !== filters.cityKey) return false;
  }
  const lists = (skill: number) => job.slotSkill.includes(skill);
  for (let i = 0; i < filters.required.length; i++) if (!lists(filters.required[i]!)) return false;
  for (let i = 0; i < filters.excluded.length; i++) if (lists(filters.excluded[i]!)) return false;
  return true;
}

/** The scan and the reference must agree; if they ever do not, fail loudly rather than rank wrongly. */
function checked(entry: { score: number; isBlocked: boolean }, result: MatchResult): MatchResult {
  if (entry.score !== result.score || entry.isBlocked !== result.isBlocked) {
    throw new Error(`Index scored ${result.candidateId} for ${result.jobId} as ${entry.score}, scoreMatch as ${result.score}.`);
  }
  return result;
}

function checkK(options: RankOptions): number {
  check.number(options?.k, 'options.k', 0, MAX_K, true);
  return options.k;
}

function assertValidNow(now: Date): void {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new MatchingInputError('options.now', 'INVALID_DATE', 'must be a valid Date.');
  }
}

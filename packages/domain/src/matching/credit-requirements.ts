/**
 * Skill credit per job requirement ("slot"): the best, over the candidate's skills that count for it, of
 *   relation weight × level factor × recency factor.
 * Two loop orders give bit-identical credits (same products, and max does not depend on order):
 * - by job: the job's lookup maps each candidate skill to the slots it counts for (scanning many candidates);
 * - by candidate: each slot's credit sources are looked up in the candidate's skills (scanning many jobs).
 */
import type { SkillTaxonomy } from './build-taxonomy.ts';
import { I_SKILL_COUNT, I_SKILL_START, ROW_INTS, type CandidateStore } from './candidate-store.ts';
import type { CompiledJob } from './compile-job.ts';
import { recencyFactor } from './scoring-rules.ts';

/** For one job: for candidate skill s, entries start[s]..start[s+1]-1 give (slot, weight, relation code). */
export type JobSkillLookup = { start: Int32Array; slot: Int32Array; weight: Float64Array; kind: Uint8Array };

export function buildJobSkillLookup(job: CompiledJob, taxonomy: SkillTaxonomy): JobSkillLookup {
  const credit = taxonomy.credit;
  const start = new Int32Array(taxonomy.size + 1);
  const slots = job.slotSkill.length;
  for (let slot = 0; slot < slots; slot++) {
    const r = job.slotSkill[slot]!;
    for (let e = credit.start[r]!; e < credit.start[r + 1]!; e++) start[credit.skill[e]! + 1]!++;
  }
  for (let s = 0; s < taxonomy.size; s++) start[s + 1]! += start[s]!;
  const fill = start.slice(0, taxonomy.size);
  const total = start[taxonomy.size]!;
  const lookup: JobSkillLookup = { start, slot: new Int32Array(total), weight: new Float64Array(total), kind: new Uint8Array(total) };
  for (let slot = 0; slot < slots; slot++) {
    const r = job.slotSkill[slot]!;
    for (let e = credit.start[r]!; e < credit.start[r + 1]!; e++) {
      const at = fill[credit.skill[e]!]!++;
      lookup.slot[at] = slot;
      lookup.weight[at] = credit.weight[e]!;
      lookup.kind[at] = credit.kind[e]!;
    }
  }
  return lookup;
}

/** The one place the credit product is written, so both loop orders compute it identically. */
function creditOf(weight: number, level: number, fullLevel: number, recency: number): number {
  return weight * (level >= fullLevel ? 1 : level / fullLevel) * recency;
}

/** Fills slotCredit (and slotSource: arena position of the crediting skill, -1 if none) for one candidate. */
export function creditRequirementsByJob(
  store: CandidateStore,
  slot: number,
  job: CompiledJob,
  lookup: JobSkillLookup,
  nowYear: number,
  slotCredit: Float64Array,
  slotSource: Int32Array,
): void {
  const slots = job.slotSkill.length;
  for (let i = 0; i < slots; i++) {
    slotCredit[i] = 0;
    slotSource[i] = -1;
  }
  const lookupStart = lookup.start;
  const skills = store.skills;
  const start = store.ints[slot * ROW_INTS + I_SKILL_START]!;
  const end = start + store.ints[slot * ROW_INTS + I_SKILL_COUNT]!;
  for (let p = start; p < end; p++) {
    const packed = skills[p]!;
    const s = packed & 0xffff;
    const e0 = lookupStart[s]!;
    const e1 = lookupStart[s + 1]!;
    if (e0 === e1) continue;
    const level = (packed >>> 16) & 7;
    const lastUsedCode = (packed >>> 19) & 0xff;
    const recency = recencyFactor(lastUsedCode === 0 ? 0 : lastUsedCode + 1900, nowYear);
    for (let e = e0; e < e1; e++) {
      const target = lookup.slot[e]!;
      const credit = creditOf(lookup.weight[e]!, level, job.slotFullLevel[target]!, recency);
      if (credit > slotCredit[target]!) {
        slotCredit[target] = credit;
        slotSource[target] = p;
      }
    }
  }
}

/**
 * Same result as creditRequirementsByJob. `positionOfSkill` must map skill index -> arena position of the
 * candidate's skill (or -1) for this candidate; the caller fills and clears it.
 */
export function creditRequirementsByCandidate(
  store: CandidateStore,
  job: CompiledJob,
  taxonomy: SkillTaxonomy,
  positionOfSkill: Int32Array,
  nowYear: number,
  slotCredit: Float64Array,
  slotSource: Int32Array,
): void {
  const credit = taxonomy.credit;
  const slots = job.slotSkill.length;
  for (let target = 0; target < slots; target++) {
    const r = job.slotSkill[target]!;
    let best = 0;
    let source = -1;
    for (let e = credit.start[r]!; e < credit.start[r + 1]!; e++) {
      const p = positionOfSkill[credit.skill[e]!]!;
      if (p < 0) continue;
      const packed = store.skills[p]!;
      const lastUsedCode = (packed >>> 19) & 0xff;
      const recency = recencyFactor(lastUsedCode === 0 ? 0 : lastUsedCode + 1900, nowYear);
      const value = creditOf(credit.weight[e]!, (packed >>> 16) & 7, job.slotFullLevel[target]!, recency);
      if (value > best) {
        best = value;
        source = p;
      }
    }
    slotCredit[target] = best;
    slotSource[target] = source;
  }
}

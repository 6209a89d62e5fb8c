import { assertValidCandidate } from './assert-valid-candidate.ts';
import { assertValidJob } from './assert-valid-job.ts';
import type { SkillTaxonomy } from './build-taxonomy.ts';
import { CandidateStore } from './candidate-store.ts';
import { compileJob } from './compile-job.ts';
import { createMatchContext } from './create-match-context.ts';
import { creditRequirementsByCandidate } from './credit-requirements.ts';
import { explainMatch } from './explain-match.ts';
import { MatchingInputError } from './matching-input-error.ts';
import { OUT, scoreCompiledPair } from './score-compiled-pair.ts';
import type { CandidateProfile, JobProfile, MatchResult, ScoreOptions } from './types.ts';

/**
 * The reference score of one candidate for one job, with its explanation. Deterministic for a given `now`.
 * Throws MatchingInputError (naming the field) on bad input.
 */
export function scoreMatch(candidate: CandidateProfile, job: JobProfile, taxonomy: SkillTaxonomy, options: ScoreOptions): MatchResult {
  const now = options?.now;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new MatchingInputError('options.now', 'INVALID_DATE', 'must be a valid Date.');
  }
  assertValidCandidate(candidate, taxonomy, now);
  assertValidJob(job, taxonomy, now);
  const context = createMatchContext(now);
  const store = new CandidateStore(context, 1, candidate.skills.length);
  const slot = store.allocate(candidate.id);
  store.write(slot, candidate, taxonomy);
  const compiled = compileJob(job, context, taxonomy);

  const positionOfSkill = new Int32Array(taxonomy.size).fill(-1);
  const start = store.skillStart(slot);
  for (let p = start; p < start + store.skillCount(slot); p++) positionOfSkill[store.skills[p]! & 0xffff] = p;
  const slots = compiled.slotSkill.length;
  const slotCredit = new Float64Array(slots);
  const slotSource = new Int32Array(slots);
  creditRequirementsByCandidate(store, compiled, taxonomy, positionOfSkill, context.nowYear, slotCredit, slotSource);
  const out = new Float64Array(OUT.size);
  scoreCompiledPair(store, slot, compiled, context, slotCredit, out);
  return explainMatch(candidate, store, slot, compiled, taxonomy, context, slotCredit, slotSource, out);
}

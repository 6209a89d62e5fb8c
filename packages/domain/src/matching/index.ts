export type {
  CandidateProfile,
  CandidatePreferences,
  CandidateSkill,
  EmploymentType,
  JobProfile,
  MatchBlocker,
  MatchCategory,
  MatchFilters,
  MatchResult,
  RankOptions,
  RemotePolicy,
  ScoreOptions,
  Seniority,
  SkillMatch,
  SkillRelation,
  TaxonomyData,
} from './types.ts';
export type { Skill, SkillTaxonomy } from './build-taxonomy.ts';
export { MatchingInputError } from './matching-input-error.ts';
export { normalizeSkillName } from './normalize-skill-name.ts';
export { buildTaxonomy } from './build-taxonomy.ts';
export { scoreMatch } from './score-match.ts';
export { compareMatchResults } from './compare-match-results.ts';
export type { MatchIndex } from './create-match-index.ts';
export { createMatchIndex } from './create-match-index.ts';
export { CANDIDATE_SNAPSHOT_FORMAT } from './candidate-snapshot.ts';
export type { GapAnalysis, SkillGap } from './analyze-gaps.ts';
export { analyzeGaps } from './analyze-gaps.ts';

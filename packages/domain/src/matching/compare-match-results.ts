import type { MatchResult } from './types.ts';

/**
 * The ranking order: unblocked before blocked, then higher score, then ties by the ranked profile's id
 * (ascending, code-unit order). `side` says which id ranks: candidates for a job, or jobs for a candidate.
 */
export function compareMatchResults(a: MatchResult, b: MatchResult, side: 'candidate' | 'job' = 'candidate'): number {
  if (a.isBlocked !== b.isBlocked) return a.isBlocked ? 1 : -1;
  if (a.score !== b.score) return b.score - a.score;
  const idA = side === 'candidate' ? a.candidateId : a.jobId;
  const idB = side === 'candidate' ? b.candidateId : b.jobId;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

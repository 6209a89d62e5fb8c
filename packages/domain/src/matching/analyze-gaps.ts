import type { SkillTaxonomy } from './build-taxonomy.ts';
import { scoreMatch } from './score-match.ts';
import { NICE_TO_HAVE_FULL_LEVEL } from './scoring-rules.ts';
import type { CandidateProfile, CandidateSkill, JobProfile, ScoreOptions, SkillMatch } from './types.ts';

export type SkillGap = {
  skillId: string;
  skillName: string;
  requirement: 'MUST_HAVE' | 'NICE_TO_HAVE';
  /** The candidate's own level of this exact skill, or null when they do not list it. */
  currentLevel: number | null;
  /** The level that fully meets the requirement (used now, not years ago). */
  targetLevel: number;
  /** Overall score points gained by closing this gap alone (one decimal). */
  scoreGain: number;
  forwardGain: number;
  /** Closing this gap removes a missing-must-have blocker. */
  removesBlocker: boolean;
  message: string;
};

export type GapAnalysis = {
  candidateId: string;
  jobId: string;
  currentScore: number;
  isBlocked: boolean;
  /** Largest score gain first; ties: blocker removals first, then by skill name. */
  gaps: SkillGap[];
  /** The score if every gap were closed at once (other categories unchanged). */
  scoreWithAllGapsClosed: number;
};

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Which skills or levels would raise this match the most: each requirement not fully met is closed on its own
 * (the candidate has the skill at the level that fully counts, in use now) and re-scored with scoreMatch, so the
 * gains are exactly what the score would do. Used to coach candidates and to show recruiters what is missing.
 */
export function analyzeGaps(candidate: CandidateProfile, job: JobProfile, taxonomy: SkillTaxonomy, options: ScoreOptions): GapAnalysis {
  const base = scoreMatch(candidate, job, taxonomy, options);
  const open = [...base.matchedSkills, ...base.partialSkills, ...base.missingSkills].filter((s) => s.credit < 1);
  const closedSkills = (skills: CandidateSkill[], gap: SkillMatch): CandidateSkill[] => {
    const targetLevel = targetLevelOf(gap, skills);
    const existing = skills.find((s) => s.skillId === gap.skillId);
    const closed = { skillId: gap.skillId, level: targetLevel, years: existing?.years ?? 0, lastUsedYear: null };
    return existing ? skills.map((s) => (s === existing ? closed : s)) : [...skills, closed];
  };

  const gaps = open.map((gap): SkillGap => {
    const currentLevel = candidate.skills.find((s) => s.skillId === gap.skillId)?.level ?? null;
    const targetLevel = targetLevelOf(gap, candidate.skills);
    const after = scoreMatch({ ...candidate, skills: closedSkills(candidate.skills, gap) }, job, taxonomy, options);
    const scoreGain = round(after.score - base.score);
    // A must-have with no credit at all is exactly what the MISSING_MUST_HAVE blocker reports.
    const removesBlocker =
      gap.requirement === 'MUST_HAVE' && base.missingSkills.includes(gap) && after.missingSkills.every((s) => s.skillId !== gap.skillId);
    return {
      skillId: gap.skillId,
      skillName: gap.skillName,
      requirement: gap.requirement,
      currentLevel,
      targetLevel,
      scoreGain,
      forwardGain: round(after.forwardScore - base.forwardScore),
      removesBlocker,
      message: describe(gap, currentLevel, targetLevel, scoreGain, removesBlocker),
    };
  });
  gaps.sort((a, b) => b.scoreGain - a.scoreGain || Number(b.removesBlocker) - Number(a.removesBlocker) || (a.skillName < b.skillName ? -1 : 1));

  const allClosed = open.reduce((skills, gap) => closedSkills(skills, gap), candidate.skills);
  return {
    candidateId: candidate.id,
    jobId: job.id,
    currentScore: base.score,
    isBlocked: base.isBlocked,
    gaps,
    scoreWithAllGapsClosed: scoreMatch({ ...candidate, skills: allClosed }, job, taxonomy, options).score,
  };
}

function targetLevelOf(gap: SkillMatch, skills: CandidateSkill[]): number {
  const own = skills.find((s) => s.skillId === gap.skillId)?.level ?? 0;
  return Math.max(own, gap.requiredLevel ?? NICE_TO_HAVE_FULL_LEVEL);
}

function describe(gap: SkillMatch, currentLevel: number | null, targetLevel: number, gain: number, removesBlocker: boolean): string {
  const kind = gap.requirement === 'MUST_HAVE' ? 'must-have' : 'nice-to-have';
  let now: string;
  if (currentLevel !== null && gap.creditedBy?.relation === 'SAME' && currentLevel >= targetLevel) {
    now = `known at level ${currentLevel} but last used in ${gap.creditedBy.lastUsedYear}`;
  } else if (currentLevel !== null) {
    now = `now level ${currentLevel}`;
  } else if (gap.creditedBy) {
    now = `not listed; ${gap.creditedBy.skillName} gives ${Math.round(gap.credit * 100)}% credit`;
  } else {
    now = 'not listed';
  }
  const action = currentLevel !== null && currentLevel >= targetLevel ? `Using ${gap.skillName} again` : `Reaching ${gap.skillName} level ${targetLevel}`;
  const effect = gain > 0 ? `would raise the score by ${gain} points` : 'would not change the score';
  return `${action} (${kind}, ${now}) ${effect}${removesBlocker ? ' and remove a blocker' : ''}.`;
}

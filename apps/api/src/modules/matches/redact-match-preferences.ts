import type { MatchBlocker, MatchCategory } from '@shortlist/domain/matching';

/**
 * The one sentence a viewer who may not read the candidate's preferences (canSeeCandidatePreferences) reads in place
 * of the evidence that quotes them: it names no value, and says when the client would read the rest.
 */
export const WITHHELD_EVIDENCE = "Based on the candidate's own preferences, shared with the client once the candidate agrees.";

/** The blockers whose message quotes the preferences, in words that name no value; the code still says which. */
const NEUTRAL_BLOCKER_MESSAGES: Partial<Record<MatchBlocker['code'], string>> = {
  SALARY_FAR_BELOW_MINIMUM: "The job's salary is far below what the candidate asks for.",
  ONSITE_FOR_REMOTE_ONLY: "The job is onsite, which the candidate's remote preference rules out.",
};

/**
 * Whether the category's sentences quote the preferences: the whole reverse side (salary asked, remote preference,
 * preferred locations, employment types, notice), and two forward ones: Availability (notice period, earliest start)
 * and Location below full marks, which says whether the candidate would move (at 100 they live there, or the job is
 * remote).
 */
function quotesPreferences(category: MatchCategory): boolean {
  if (category.side === 'reverse' || category.name === 'Availability') return true;
  return category.name === 'Location' && category.score < 100;
}

/** The categories as a viewer who may not read the preferences sees them: name, side, weight and score kept. */
export function redactCategoryPreferences(categories: MatchCategory[]): MatchCategory[] {
  return categories.map((category) => (quotesPreferences(category) ? { ...category, evidence: [WITHHELD_EVIDENCE] } : category));
}

/** The blockers as a viewer who may not read the preferences sees them: every code kept, no value in a message. */
export function redactBlockerPreferences(blockers: MatchBlocker[]): MatchBlocker[] {
  return blockers.map((blocker) => {
    const neutral = NEUTRAL_BLOCKER_MESSAGES[blocker.code];
    return neutral ? { ...blocker, message: neutral } : blocker;
  });
}

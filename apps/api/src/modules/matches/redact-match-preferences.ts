import type { MatchBlocker, MatchCategory } from '@shortlist/domain/matching';

/**
 * The one sentence a viewer who may not read the candidate's preferences (canSeeCandidatePreferences) reads in place
 * of the evidence that quotes them: it names no value, and says when the client would read the rest.
 */
export const WITHHELD_EVIDENCE = "Based on the candidate's own preferences, shared with the client once the candidate agrees.";

/**
 * The one sentence a viewer who may not read the candidate at all (canSeeCandidate: a client's key before the
 * candidate shares their profile with that client, a key without candidates:read) reads in every category: the
 * forward side quotes the profile (skills and levels, years, languages, where they live), the reverse side the
 * preferences.
 */
export const WITHHELD_PROFILE_EVIDENCE = "Based on the candidate's profile, which this viewer may not read.";

/** The blockers whose message quotes the preferences, in words that name no value; the code still says which. */
const NEUTRAL_BLOCKER_MESSAGES: Partial<Record<MatchBlocker['code'], string>> = {
  SALARY_FAR_BELOW_MINIMUM: "The job's salary is far below what the candidate asks for.",
  ONSITE_FOR_REMOTE_ONLY: "The job is onsite, which the candidate's remote preference rules out.",
};

/** Every blocker in words that say nothing of the profile: which must-have is missing says which skills they lack. */
const PROFILE_NEUTRAL_BLOCKER_MESSAGES: Record<MatchBlocker['code'], string> = {
  ...(NEUTRAL_BLOCKER_MESSAGES as Record<Exclude<MatchBlocker['code'], 'MISSING_MUST_HAVE'>, string>),
  MISSING_MUST_HAVE: "The candidate lacks one of the job's must-have skills.",
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

/** The categories as a viewer who may not read the candidate sees them: name, side, weight and score kept. */
export function redactCategoryProfile(categories: MatchCategory[]): MatchCategory[] {
  return categories.map((category) => ({ ...category, evidence: [WITHHELD_PROFILE_EVIDENCE] }));
}

/** The blockers as a viewer who may not read the candidate sees them: every code kept, nothing of the profile. */
export function redactBlockerProfile(blockers: MatchBlocker[]): MatchBlocker[] {
  return blockers.map((blocker) => ({ ...blocker, message: PROFILE_NEUTRAL_BLOCKER_MESSAGES[blocker.code] ?? WITHHELD_PROFILE_EVIDENCE }));
}

/**
 * How much of the candidate a viewer reads in a match, as they read the candidate: everything (the agency's staff, the
 * candidate, a client's key the candidate shares their profile with); the profile without the preferences
 * (Candidate.preferences is null for them: a key for the whole agency); or neither (Proposal.candidate is null for
 * them: a client's key before the candidate consents, a key without candidates:read).
 */
export type MatchView = 'asWritten' | 'withoutPreferences' | 'withoutProfile';

/** The match's blockers and categories as a viewer with `view` reads them. */
export function redactMatch(view: MatchView, match: { blockers: MatchBlocker[]; categories: MatchCategory[] }) {
  if (view === 'withoutProfile') return { blockers: redactBlockerProfile(match.blockers), categories: redactCategoryProfile(match.categories) };
  if (view === 'withoutPreferences') return { blockers: redactBlockerPreferences(match.blockers), categories: redactCategoryPreferences(match.categories) };
  return match;
}

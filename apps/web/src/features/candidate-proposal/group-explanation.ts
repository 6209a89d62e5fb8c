import { inYourWords } from './in-your-words';

/** `side`: forward (the candidate meets the job) or reverse (the job meets the candidate's preferences). */
type Category = { name: string; side: string; score: number; evidence: readonly string[] };

export type PreferenceFit = 'Fits' | 'Partly fits' | 'Does not fit';

export type GroupedExplanation = {
  /** What the candidate brings that the job asks for, in their words. */
  matched: string[];
  /** Gaps: a skill missing or below the level asked, experience short of the minimum, a place that does not fit. */
  missing: string[];
  /** The reverse side: how the job meets the candidate's own preferences. */
  preferences: Array<{ name: string; fit: PreferenceFit; evidence: string[] }>;
};

const SKILL_CATEGORIES: ReadonlySet<string> = new Set(['Must-have skills', 'Nice-to-have skills']);

/** A skill sentence that is a gap: the skill is absent, only related, or below the level asked. */
const isSkillGap = (sentence: string) => /^(Does not have|Lacks)\b/.test(sentence) || /\bcounts for \d/.test(sentence);
/** "The job lists no must-have skills." or "sets no time-zone overlap requirement" says nothing about the candidate. */
const isAboutTheJobOnly = (sentence: string) => /^The job (lists|sets) no\b/.test(sentence);

function fitOf(score: number): PreferenceFit {
  if (score >= 100) return 'Fits';
  return score >= 50 ? 'Partly fits' : 'Does not fit';
}

/** Sorts a proposal's match explanation into what the candidate reads: what matched, what is missing, their preferences. */
export function groupExplanation(categories: readonly Category[]): GroupedExplanation {
  const grouped: GroupedExplanation = { matched: [], missing: [], preferences: [] };
  for (const category of categories) {
    if (category.side === 'reverse') {
      grouped.preferences.push({ name: category.name, fit: fitOf(category.score), evidence: category.evidence.map(inYourWords) });
      continue;
    }
    for (const sentence of category.evidence) {
      if (isAboutTheJobOnly(sentence)) continue;
      const isGap = SKILL_CATEGORIES.has(category.name) ? isSkillGap(sentence) : category.score < 100;
      (isGap ? grouped.missing : grouped.matched).push(inYourWords(sentence));
    }
  }
  return grouped;
}

import type { FieldError } from '../interviews/validate-reasoned-action.ts';

export const MIN_TARGET_OPPORTUNITIES = 1;
export const MAX_TARGET_OPPORTUNITIES = 50;

/** How many opportunities a candidate wants in flight: at least one (a profile that wants none is not looking). */
export function validateTargetOpportunities(target: number): FieldError<'targetOpportunities'>[] {
  if (!Number.isInteger(target) || target < MIN_TARGET_OPPORTUNITIES) {
    return [{ field: 'targetOpportunities', message: 'Ask for at least one opportunity at a time.' }];
  }
  if (target > MAX_TARGET_OPPORTUNITIES) return [{ field: 'targetOpportunities', message: `At most ${MAX_TARGET_OPPORTUNITIES}.` }];
  return [];
}

/**
 * Nobody uses a skill for longer than they have worked: a skill's years are at most the person's total years of
 * experience. A total of 0 means "not given" (a candidate's own form does not ask for it), so nothing is checked then.
 * Each issue names the skill's row (`skills.<i>.years`).
 */
export function validateSkillYears(
  skills: ReadonlyArray<{ years?: number | null; name?: string }>,
  yearsExperience: number | null | undefined,
): Array<{ index: number; message: string }> {
  if (!yearsExperience || yearsExperience <= 0) return [];
  const issues: Array<{ index: number; message: string }> = [];
  skills.forEach((skill, index) => {
    const years = skill.years ?? 0;
    if (years > yearsExperience) {
      const what = skill.name ? `${skill.name}: ${years} years` : `${years} years`;
      issues.push({ index, message: `${what} is more than the ${yearsExperience} years of experience in total.` });
    }
  });
  return issues;
}

import type { SkillTaxonomy } from './build-taxonomy.ts';
import { check, isLevel } from './assert-valid-profile-fields.ts';
import { MatchingInputError } from './matching-input-error.ts';
import type { CandidateProfile, CandidateSkill } from './types.ts';

export const MAX_CANDIDATE_SKILLS = 200;

/**
 * Throws MatchingInputError naming the first bad field (e.g. `candidate.skills[2].level`); guesses nothing. Writes
 * each skill's taxonomy index to `skillIndexes` (at least MAX_CANDIDATE_SKILLS long) when given, so the caller does
 * not look every skill up again (a build of 100k candidates looks up 1.5M skills).
 */
export function assertValidCandidate(candidate: CandidateProfile, taxonomy: SkillTaxonomy, now: Date, field = 'candidate', skillIndexes?: Int32Array): void {
  if (candidate === null || typeof candidate !== 'object') {
    throw new MatchingInputError(field, 'INVALID_PROFILE', 'must be a candidate profile object.');
  }
  check.string(candidate.id, `${field}.id`);
  check.array(candidate.skills, `${field}.skills`, MAX_CANDIDATE_SKILLS);
  const seen = new Set<number>();
  const nowYear = now.getUTCFullYear();
  for (let i = 0; i < candidate.skills.length; i++) {
    // Fast path for valid skills; the slow path builds field paths only to name the error.
    const skill = candidate.skills[i]!;
    const index = typeof skill?.skillId === 'string' ? taxonomy.get(skill.skillId)?.index : undefined;
    const isValid =
      index !== undefined &&
      !seen.has(index) &&
      isLevel(skill.level) &&
      typeof skill.years === 'number' &&
      skill.years >= 0 &&
      skill.years <= 80 &&
      (skill.lastUsedYear === null ||
        (Number.isInteger(skill.lastUsedYear) && skill.lastUsedYear >= 1950 && skill.lastUsedYear <= nowYear));
    if (!isValid) assertValidSkill(skill, i, `${field}.skills[${i}]`, seen, taxonomy, nowYear);
    seen.add(index!);
    if (skillIndexes) skillIndexes[i] = index!;
  }
  check.number(candidate.yearsExperience, `${field}.yearsExperience`, 0, 80);
  check.seniority(candidate.seniority, `${field}.seniority`);
  check.nullableString(candidate.city, `${field}.city`);
  check.country(candidate.country, `${field}.country`);
  check.timeZone(candidate.timeZone, `${field}.timeZone`, now);
  const preferences = candidate.preferences;
  const p = `${field}.preferences`;
  if (preferences === null || typeof preferences !== 'object') {
    throw new MatchingInputError(p, 'INVALID_PREFERENCES', 'must be an object.');
  }
  check.salary(preferences.minSalary, `${p}.minSalary`);
  check.currency(preferences.currency, `${p}.currency`);
  check.remotePolicy(preferences.remotePreference, `${p}.remotePreference`);
  check.array(preferences.preferredLocations, `${p}.preferredLocations`, 50);
  for (let i = 0; i < preferences.preferredLocations.length; i++) {
    check.string(preferences.preferredLocations[i], `${p}.preferredLocations[${i}]`);
  }
  if (typeof preferences.willingToRelocate !== 'boolean') {
    throw new MatchingInputError(`${p}.willingToRelocate`, 'INVALID_BOOLEAN', 'must be true or false.');
  }
  check.array(preferences.employmentTypes, `${p}.employmentTypes`, 5);
  for (let i = 0; i < preferences.employmentTypes.length; i++) {
    check.employmentType(preferences.employmentTypes[i], `${p}.employmentTypes[${i}]`);
  }
  check.date(preferences.earliestStart, `${p}.earliestStart`);
  check.number(preferences.noticePeriodDays, `${p}.noticePeriodDays`, 0, 730, true);
  check.number(preferences.targetOpportunities, `${p}.targetOpportunities`, 0, 1000, true);
}

function assertValidSkill(skill: CandidateSkill, i: number, at: string, seen: Set<number>, taxonomy: SkillTaxonomy, nowYear: number): void {
  if (skill === null || typeof skill !== 'object') throw new MatchingInputError(at, 'INVALID_SKILL', 'must be an object.');
  const index = check.skillId(skill.skillId, `${at}.skillId`, taxonomy);
  if (seen.has(index)) {
    throw new MatchingInputError(`${at}.skillId`, 'DUPLICATE_SKILL', `"${skill.skillId}" is listed more than once.`);
  }
  check.level(skill.level, `${at}.level`);
  check.number(skill.years, `${at}.years`, 0, 80);
  if (skill.lastUsedYear !== null) check.number(skill.lastUsedYear, `${at}.lastUsedYear`, 1950, nowYear, true);
  throw new Error(`Skill ${i} failed the fast check but passed every field check.`);
}

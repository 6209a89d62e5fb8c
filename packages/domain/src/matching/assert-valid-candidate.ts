import type { SkillTaxonomy } from './build-taxonomy.ts';
import { check } from './assert-valid-profile-fields.ts';
import { MatchingInputError } from './matching-input-error.ts';
import type { CandidateProfile } from './types.ts';

export const MAX_CANDIDATE_SKILLS = 200;

/** Throws MatchingInputError naming the first bad field (e.g. `candidate.skills[2].level`); guesses nothing. */
export function assertValidCandidate(candidate: CandidateProfile, taxonomy: SkillTaxonomy, now: Date, field = 'candidate'): void {
  if (candidate === null || typeof candidate !== 'object') {
    throw new MatchingInputError(field, 'INVALID_PROFILE', 'must be a candidate profile object.');
  }
  check.string(candidate.id, `${field}.id`);
  check.array(candidate.skills, `${field}.skills`, MAX_CANDIDATE_SKILLS);
  const seen = new Set<number>();
  const nowYear = now.getUTCFullYear();
  candidate.skills.forEach((skill, i) => {
    const at = `${field}.skills[${i}]`;
    const index = check.skillId(skill?.skillId, `${at}.skillId`, taxonomy);
    if (seen.has(index)) {
      throw new MatchingInputError(`${at}.skillId`, 'DUPLICATE_SKILL', `"${skill.skillId}" is listed more than once.`);
    }
    seen.add(index);
    check.level(skill.level, `${at}.level`);
    check.number(skill.years, `${at}.years`, 0, 80);
    if (skill.lastUsedYear !== null) check.number(skill.lastUsedYear, `${at}.lastUsedYear`, 1950, nowYear, true);
  });
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
  preferences.preferredLocations.forEach((city, i) => check.string(city, `${p}.preferredLocations[${i}]`));
  if (typeof preferences.willingToRelocate !== 'boolean') {
    throw new MatchingInputError(`${p}.willingToRelocate`, 'INVALID_BOOLEAN', 'must be true or false.');
  }
  check.array(preferences.employmentTypes, `${p}.employmentTypes`, 5);
  preferences.employmentTypes.forEach((type, i) => check.employmentType(type, `${p}.employmentTypes[${i}]`));
  check.date(preferences.earliestStart, `${p}.earliestStart`);
  check.number(preferences.noticePeriodDays, `${p}.noticePeriodDays`, 0, 730, true);
  check.number(preferences.targetOpportunities, `${p}.targetOpportunities`, 0, 1000, true);
}

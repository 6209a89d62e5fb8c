import type { SkillTaxonomy } from './build-taxonomy.ts';
import { check } from './assert-valid-profile-fields.ts';
import { MatchingInputError } from './matching-input-error.ts';
import type { JobProfile } from './types.ts';

export const MAX_JOB_REQUIREMENTS = 50;

/** Throws MatchingInputError naming the first bad field (e.g. `job.salaryMax`); guesses nothing. */
export function assertValidJob(job: JobProfile, taxonomy: SkillTaxonomy, now: Date, field = 'job'): void {
  if (job === null || typeof job !== 'object') {
    throw new MatchingInputError(field, 'INVALID_PROFILE', 'must be a job profile object.');
  }
  check.string(job.id, `${field}.id`);
  if (typeof job.title !== 'string') throw new MatchingInputError(`${field}.title`, 'INVALID_STRING', 'must be a string.');
  check.array(job.mustHave, `${field}.mustHave`, MAX_JOB_REQUIREMENTS);
  check.array(job.niceToHave, `${field}.niceToHave`, MAX_JOB_REQUIREMENTS);
  const seen = new Set<number>();
  for (let i = 0; i < job.mustHave.length; i++) {
    const requirement = job.mustHave[i]!;
    const at = `${field}.mustHave[${i}]`;
    const index = check.skillId(requirement?.skillId, `${at}.skillId`, taxonomy);
    if (seen.has(index)) throw new MatchingInputError(`${at}.skillId`, 'DUPLICATE_SKILL', `"${requirement.skillId}" is listed more than once.`);
    seen.add(index);
    check.level(requirement.minLevel, `${at}.minLevel`);
  }
  for (let i = 0; i < job.niceToHave.length; i++) {
    const requirement = job.niceToHave[i]!;
    const at = `${field}.niceToHave[${i}]`;
    const index = check.skillId(requirement?.skillId, `${at}.skillId`, taxonomy);
    if (seen.has(index)) throw new MatchingInputError(`${at}.skillId`, 'DUPLICATE_SKILL', `"${requirement.skillId}" is already a requirement of this job.`);
    seen.add(index);
    check.number(requirement.weight, `${at}.weight`, 1, 5);
  }
  check.seniority(job.seniority, `${field}.seniority`);
  check.number(job.minYearsExperience, `${field}.minYearsExperience`, 0, 80);
  check.salary(job.salaryMin, `${field}.salaryMin`);
  check.salary(job.salaryMax, `${field}.salaryMax`);
  if (job.salaryMin !== null && job.salaryMax !== null && job.salaryMin > job.salaryMax) {
    throw new MatchingInputError(`${field}.salaryMax`, 'INVERTED_SALARY_BAND', `(${job.salaryMax}) is below salaryMin (${job.salaryMin}).`);
  }
  check.currency(job.currency, `${field}.currency`);
  check.remotePolicy(job.remotePolicy, `${field}.remotePolicy`);
  check.nullableString(job.city, `${field}.city`);
  check.country(job.country, `${field}.country`);
  check.timeZone(job.timeZone, `${field}.timeZone`, now);
  if (job.minTimeZoneOverlapHours !== null) check.number(job.minTimeZoneOverlapHours, `${field}.minTimeZoneOverlapHours`, 0, 8);
  check.employmentType(job.employmentType, `${field}.employmentType`);
  check.date(job.startDate, `${field}.startDate`);
}

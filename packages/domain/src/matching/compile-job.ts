import type { SkillTaxonomy } from './build-taxonomy.ts';
import { internTimeZone, normalizeCity, type MatchContext } from './create-match-context.ts';
import { getTimeZoneOffset } from './get-time-zone-offset.ts';
import { EMPLOYMENT_TYPES, MS_PER_DAY, NICE_TO_HAVE_FULL_LEVEL, REMOTE_ORDER, SENIORITY_ORDER } from './scoring-rules.ts';
import type { JobProfile } from './types.ts';

/** A validated job in numbers. Slots 0..mustCount-1 are must-haves, the rest nice-to-haves, in the job's order. */
export type CompiledJob = {
  id: string;
  profile: JobProfile;
  mustCount: number;
  niceCount: number;
  /** Skill index per slot. */
  slotSkill: Int32Array;
  /** Level at which a slot is fully met: the must-have's minimum, or NICE_TO_HAVE_FULL_LEVEL. */
  slotFullLevel: Float64Array;
  niceWeight: Float64Array;
  niceWeightSum: number;
  seniority: number;
  minYears: number;
  salaryMin: number;
  salaryMax: number;
  currency: number;
  remote: number;
  city: number;
  cityKey: number;
  country: number;
  timeZone: number;
  minOverlapHours: number;
  employmentBit: number;
  startDay: number;
};

export function compileJob(job: JobProfile, context: MatchContext, taxonomy: SkillTaxonomy): CompiledJob {
  const mustCount = job.mustHave.length;
  const niceCount = job.niceToHave.length;
  const slotSkill = new Int32Array(mustCount + niceCount);
  const slotFullLevel = new Float64Array(mustCount + niceCount);
  const niceWeight = new Float64Array(niceCount);
  let niceWeightSum = 0;
  job.mustHave.forEach((requirement, i) => {
    slotSkill[i] = taxonomy.get(requirement.skillId)!.index;
    slotFullLevel[i] = requirement.minLevel;
  });
  job.niceToHave.forEach((requirement, i) => {
    slotSkill[mustCount + i] = taxonomy.get(requirement.skillId)!.index;
    slotFullLevel[mustCount + i] = NICE_TO_HAVE_FULL_LEVEL;
    niceWeight[i] = requirement.weight;
    niceWeightSum += requirement.weight;
  });
  return {
    id: job.id,
    profile: job,
    mustCount,
    niceCount,
    slotSkill,
    slotFullLevel,
    niceWeight,
    niceWeightSum,
    seniority: SENIORITY_ORDER.indexOf(job.seniority),
    minYears: job.minYearsExperience,
    salaryMin: job.salaryMin ?? Number.NaN,
    salaryMax: job.salaryMax ?? Number.NaN,
    currency: context.currencies.intern(job.currency),
    remote: REMOTE_ORDER.indexOf(job.remotePolicy),
    city: job.city === null ? -1 : context.cities.intern(job.city),
    cityKey: job.city === null ? -1 : context.cityKeys.intern(normalizeCity(job.city)),
    country: context.countries.intern(job.country),
    timeZone: internTimeZone(context, job.timeZone, getTimeZoneOffset(job.timeZone, context.now)!),
    minOverlapHours: job.minTimeZoneOverlapHours ?? Number.NaN,
    employmentBit: 1 << EMPLOYMENT_TYPES.indexOf(job.employmentType),
    startDay: job.startDate === null ? Number.NaN : Math.floor(job.startDate.getTime() / MS_PER_DAY),
  };
}

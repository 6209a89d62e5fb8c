import type { Prisma } from '@shortlist/db/prisma';
import type { JobProfile } from '@shortlist/domain/matching';

/** The columns a JobProfile is made of. */
export const jobProfileSelect = {
  id: true,
  agencyId: true,
  status: true,
  title: true,
  seniority: true,
  minYearsExperience: true,
  salaryMin: true,
  salaryMax: true,
  currency: true,
  remotePolicy: true,
  city: true,
  country: true,
  timeZone: true,
  minTimeZoneOverlapHours: true,
  employmentType: true,
  startDate: true,
  // Ordered as Job.skills is, so a page showing the skills and suggestions loads them once.
  skills: { select: { skillId: true, requirement: true, minLevel: true, weight: true }, orderBy: [{ requirement: 'asc' }, { skillId: 'asc' }] },
} satisfies Prisma.JobSelect;

export type JobProfileRow = Prisma.JobGetPayload<{ select: typeof jobProfileSelect }>;

/** A job row as the matching engine reads it. Requirements without a level or weight count at the middle (3). */
export function toJobProfile(row: JobProfileRow): JobProfile {
  return {
    id: row.id,
    title: row.title,
    mustHave: row.skills.filter((s) => s.requirement === 'MUST_HAVE').map((s) => ({ skillId: s.skillId, minLevel: s.minLevel ?? 3 })),
    niceToHave: row.skills.filter((s) => s.requirement === 'NICE_TO_HAVE').map((s) => ({ skillId: s.skillId, weight: s.weight ?? 3 })),
    seniority: row.seniority,
    minYearsExperience: row.minYearsExperience,
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    currency: row.currency,
    remotePolicy: row.remotePolicy,
    city: row.city,
    country: row.country,
    timeZone: row.timeZone,
    minTimeZoneOverlapHours: row.minTimeZoneOverlapHours,
    employmentType: row.employmentType,
    startDate: row.startDate,
  };
}

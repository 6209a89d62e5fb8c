import type { Prisma } from '@shortlist/db/prisma';
import type { CandidateProfile } from '@shortlist/domain/matching';

/** The columns a CandidateProfile is made of. */
export const candidateProfileSelect = {
  id: true,
  agencyId: true,
  yearsExperience: true,
  seniority: true,
  city: true,
  country: true,
  timeZone: true,
  minSalary: true,
  salaryCurrency: true,
  remotePreference: true,
  preferredLocations: true,
  willingToRelocate: true,
  employmentTypes: true,
  earliestStart: true,
  noticePeriodDays: true,
  targetOpportunities: true,
  skills: { select: { skillId: true, level: true, years: true, lastUsedYear: true }, orderBy: { skillId: 'asc' } },
} satisfies Prisma.CandidateProfileSelect;

export type CandidateProfileRow = Prisma.CandidateProfileGetPayload<{ select: typeof candidateProfileSelect }>;

/** A candidate row as the matching engine reads it. */
export function toCandidateProfile(row: CandidateProfileRow): CandidateProfile {
  return {
    id: row.id,
    skills: row.skills.map((s) => ({ skillId: s.skillId, level: s.level, years: s.years, lastUsedYear: s.lastUsedYear })),
    yearsExperience: row.yearsExperience,
    seniority: row.seniority,
    city: row.city,
    country: row.country,
    timeZone: row.timeZone,
    preferences: {
      minSalary: row.minSalary,
      currency: row.salaryCurrency,
      remotePreference: row.remotePreference,
      preferredLocations: row.preferredLocations,
      willingToRelocate: row.willingToRelocate,
      employmentTypes: row.employmentTypes,
      earliestStart: row.earliestStart,
      noticePeriodDays: row.noticePeriodDays,
      targetOpportunities: row.targetOpportunities,
    },
  };
}

import type { CandidateProfile, JobProfile } from '../types.ts';

/** 2026-01-15, a Thursday: every test scores against this moment. */
export const NOW = new Date('2026-01-15T10:00:00Z');

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${String(++sequence).padStart(4, '0')}`;

/** A Berlin-based senior backend engineer who fits `makeJob()` on every category unless overridden. */
export function makeCandidate(overrides: Omit<Partial<CandidateProfile>, 'preferences'> & { preferences?: Partial<CandidateProfile['preferences']> } = {}): CandidateProfile {
  const { preferences, ...rest } = overrides;
  return {
    id: nextId('cand'),
    skills: [
      { skillId: 'postgresql', level: 4, years: 6, lastUsedYear: null },
      { skillId: 'typescript', level: 4, years: 5, lastUsedYear: null },
      { skillId: 'nodejs', level: 4, years: 5, lastUsedYear: null },
      { skillId: 'graphql', level: 3, years: 2, lastUsedYear: null },
    ],
    yearsExperience: 7,
    seniority: 'SENIOR',
    city: 'Berlin',
    country: 'DE',
    timeZone: 'Europe/Berlin',
    ...rest,
    preferences: {
      minSalary: 70_000,
      currency: 'EUR',
      remotePreference: 'ONSITE',
      preferredLocations: [],
      willingToRelocate: false,
      employmentTypes: ['FULL_TIME'],
      earliestStart: null,
      noticePeriodDays: 30,
      targetOpportunities: 3,
      ...preferences,
    },
  };
}

/** A hybrid senior backend job in Berlin starting in two months. */
export function makeJob(overrides: Partial<JobProfile> = {}): JobProfile {
  return {
    id: nextId('job'),
    title: 'Senior Backend Engineer',
    mustHave: [
      { skillId: 'postgresql', minLevel: 3 },
      { skillId: 'typescript', minLevel: 3 },
    ],
    niceToHave: [{ skillId: 'graphql', weight: 3 }],
    seniority: 'SENIOR',
    minYearsExperience: 5,
    salaryMin: 70_000,
    salaryMax: 90_000,
    currency: 'EUR',
    remotePolicy: 'HYBRID',
    city: 'Berlin',
    country: 'DE',
    timeZone: 'Europe/Berlin',
    minTimeZoneOverlapHours: null,
    employmentType: 'FULL_TIME',
    startDate: new Date('2026-03-16T00:00:00Z'),
    ...overrides,
  };
}

import fc from 'fast-check';
import type { CandidateProfile, EmploymentType, JobProfile, RemotePolicy, Seniority } from '../types.ts';
import { skillsFixture } from './skills-fixture.ts';

const skillIds = skillsFixture.skills.map((s) => s.id);
const seniorities: Seniority[] = ['JUNIOR', 'MID', 'SENIOR', 'LEAD', 'PRINCIPAL'];
const policies: RemotePolicy[] = ['ONSITE', 'HYBRID', 'REMOTE'];
const types: EmploymentType[] = ['FULL_TIME', 'PART_TIME', 'CONTRACT', 'TEMPORARY', 'INTERNSHIP'];
const places = [
  { city: 'Berlin', country: 'DE', timeZone: 'Europe/Berlin' },
  { city: 'Munich', country: 'DE', timeZone: 'Europe/Berlin' },
  { city: 'Lisbon', country: 'PT', timeZone: 'Europe/Lisbon' },
  { city: 'New York', country: 'US', timeZone: 'America/New_York' },
  { city: 'Bengaluru', country: 'IN', timeZone: 'Asia/Kolkata' },
];
const cities = places.map((p) => p.city);
const day = (offset: number) => new Date(Date.UTC(2026, 0, 15) + offset * 86_400_000);

export const candidateArbitrary: fc.Arbitrary<CandidateProfile> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }).map((s) => `c-${s}`),
  skills: fc.uniqueArray(
    fc.record({
      skillId: fc.constantFrom(...skillIds),
      level: fc.integer({ min: 1, max: 5 }),
      years: fc.integer({ min: 0, max: 15 }),
      lastUsedYear: fc.option(fc.integer({ min: 2005, max: 2026 }), { nil: null }),
    }),
    { selector: (s) => s.skillId, maxLength: 8 },
  ),
  yearsExperience: fc.integer({ min: 0, max: 25 }),
  seniority: fc.constantFrom(...seniorities),
  place: fc.constantFrom(...places),
  hasCity: fc.boolean(),
  preferences: fc.record({
    minSalary: fc.option(fc.integer({ min: 20, max: 200 }).map((k) => k * 1000), { nil: null }),
    currency: fc.constantFrom('EUR', 'EUR', 'EUR', 'USD'),
    remotePreference: fc.constantFrom(...policies),
    preferredLocations: fc.uniqueArray(fc.constantFrom(...cities), { maxLength: 2 }),
    willingToRelocate: fc.boolean(),
    employmentTypes: fc.uniqueArray(fc.constantFrom(...types), { maxLength: 2 }),
    earliestStart: fc.option(fc.integer({ min: -30, max: 200 }).map(day), { nil: null }),
    noticePeriodDays: fc.integer({ min: 0, max: 120 }),
    targetOpportunities: fc.integer({ min: 1, max: 5 }),
  }),
}).map(({ place, hasCity, ...rest }) => ({ ...rest, city: hasCity ? place.city : null, country: place.country, timeZone: place.timeZone }));

export const jobArbitrary: fc.Arbitrary<JobProfile> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 6 }).map((s) => `j-${s}`),
    title: fc.constant('Engineer'),
    requirements: fc.uniqueArray(fc.constantFrom(...skillIds), { maxLength: 6 }),
    mustCount: fc.integer({ min: 0, max: 4 }),
    levels: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 6, maxLength: 6 }),
    seniority: fc.constantFrom(...seniorities),
    minYearsExperience: fc.integer({ min: 0, max: 10 }),
    band: fc.option(fc.tuple(fc.integer({ min: 20, max: 200 }), fc.integer({ min: 0, max: 60 })), { nil: null }),
    currency: fc.constantFrom('EUR', 'EUR', 'EUR', 'USD'),
    remotePolicy: fc.constantFrom(...policies),
    place: fc.constantFrom(...places),
    minTimeZoneOverlapHours: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
    employmentType: fc.constantFrom(...types),
    startDate: fc.option(fc.integer({ min: -10, max: 300 }).map(day), { nil: null }),
  })
  .map(({ requirements, mustCount, levels, band, place, ...rest }) => ({
    ...rest,
    mustHave: requirements.slice(0, mustCount).map((skillId, i) => ({ skillId, minLevel: levels[i]! })),
    niceToHave: requirements.slice(mustCount).map((skillId, i) => ({ skillId, weight: levels[i]! })),
    salaryMin: band === null ? null : band[0] * 1000,
    salaryMax: band === null ? null : (band[0] + band[1]) * 1000,
    city: place.city,
    country: place.country,
    timeZone: place.timeZone,
  }));

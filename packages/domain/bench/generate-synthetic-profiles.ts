/**
 * Deterministic synthetic data for the benchmark: a 1,000-skill taxonomy in the seed's shape, and candidates and
 * jobs that look like a staffing agency's (skills cluster by category, popular skills are common, salaries follow
 * the country). Not used by tests or production code.
 */
import type { CandidateProfile, EmploymentType, JobProfile, RemotePolicy, Seniority, TaxonomyData } from '../src/matching/index.ts';

export type Random = () => number;

/** mulberry32: small, fast, deterministic. */
export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
/** Index 0..n-1 with Zipf-like skew (s = 1): index 0 is the most popular. */
const pad = (n: number) => String(n).padStart(2, '0');
export const skillSlug = (category: number, skill: number) => `skill-${pad(category)}-${pad(skill)}`;
const zipf = (random: Random, n: number) => Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1));

export const CATEGORY_COUNT = 25;
export const SKILLS_PER_CATEGORY = 40;

export function generateTaxonomyData(seed = 1): TaxonomyData {
  const random = createRandom(seed);
  const skills: TaxonomyData['skills'] = [];
  for (let c = 0; c < CATEGORY_COUNT; c++) {
    for (let s = 0; s < SKILLS_PER_CATEGORY; s++) {
      const id = skillSlug(c, s);
      const related: Array<{ id: string; weight: number }> = [];
      for (let r = 0; r < int(random, 0, 3); r++) {
        const other = int(random, 0, SKILLS_PER_CATEGORY - 1);
        if (other !== s && !related.some((x) => x.id === skillSlug(c, other))) {
          related.push({ id: skillSlug(c, other), weight: Math.round((0.3 + random() * 0.4) * 100) / 100 });
        }
      }
      // The first five skills of a category are its roots (languages); a third of the others build on one.
      const parents = s >= 5 && random() < 0.33 ? [skillSlug(c, int(random, 0, 4))] : [];
      skills.push({ id, name: `Skill C${c} N${s}`, category: `category-${c}`, aliases: [`s${c}x${s}`], related, parents });
    }
  }
  return { skills };
}

const PLACES = [
  { city: 'Berlin', country: 'DE', timeZone: 'Europe/Berlin', currency: 'EUR', salary: 75_000 },
  { city: 'Munich', country: 'DE', timeZone: 'Europe/Berlin', currency: 'EUR', salary: 80_000 },
  { city: 'Hamburg', country: 'DE', timeZone: 'Europe/Berlin', currency: 'EUR', salary: 72_000 },
  { city: 'Paris', country: 'FR', timeZone: 'Europe/Paris', currency: 'EUR', salary: 65_000 },
  { city: 'Lyon', country: 'FR', timeZone: 'Europe/Paris', currency: 'EUR', salary: 55_000 },
  { city: 'Amsterdam', country: 'NL', timeZone: 'Europe/Amsterdam', currency: 'EUR', salary: 70_000 },
  { city: 'Lisbon', country: 'PT', timeZone: 'Europe/Lisbon', currency: 'EUR', salary: 45_000 },
  { city: 'Madrid', country: 'ES', timeZone: 'Europe/Madrid', currency: 'EUR', salary: 50_000 },
  { city: 'London', country: 'GB', timeZone: 'Europe/London', currency: 'GBP', salary: 75_000 },
  { city: 'Manchester', country: 'GB', timeZone: 'Europe/London', currency: 'GBP', salary: 60_000 },
  { city: 'New York', country: 'US', timeZone: 'America/New_York', currency: 'USD', salary: 150_000 },
  { city: 'Austin', country: 'US', timeZone: 'America/Chicago', currency: 'USD', salary: 130_000 },
  { city: 'San Francisco', country: 'US', timeZone: 'America/Los_Angeles', currency: 'USD', salary: 170_000 },
  { city: 'Toronto', country: 'CA', timeZone: 'America/Toronto', currency: 'CAD', salary: 110_000 },
  { city: 'Bengaluru', country: 'IN', timeZone: 'Asia/Kolkata', currency: 'INR', salary: 2_500_000 },
  { city: 'Warsaw', country: 'PL', timeZone: 'Europe/Warsaw', currency: 'PLN', salary: 250_000 },
] as const;

const SENIORITIES: Seniority[] = ['JUNIOR', 'MID', 'SENIOR', 'LEAD', 'PRINCIPAL'];
const REMOTE_PREFERENCES: RemotePolicy[] = ['REMOTE', 'REMOTE', 'HYBRID', 'HYBRID', 'HYBRID', 'ONSITE', 'ONSITE'];
const JOB_POLICIES: RemotePolicy[] = ['REMOTE', 'HYBRID', 'HYBRID', 'HYBRID', 'ONSITE', 'ONSITE'];
const EMPLOYMENT: EmploymentType[] = ['FULL_TIME', 'FULL_TIME', 'FULL_TIME', 'FULL_TIME', 'CONTRACT', 'CONTRACT', 'PART_TIME', 'TEMPORARY', 'INTERNSHIP'];
const DAY = 86_400_000;

/** A category and a popular-leaning skill of it, as slug id. */
const skillOf = (random: Random, category: number) => skillSlug(category, zipf(random, SKILLS_PER_CATEGORY));
const categoryOf = (random: Random) => zipf(random, CATEGORY_COUNT);

export function generateCandidate(index: number, now: Date, seed = 1): CandidateProfile {
  const random = createRandom(seed * 1_000_003 + index);
  const place = pick(random, PLACES);
  const primary = categoryOf(random);
  const secondary = categoryOf(random);
  const skillCount = int(random, 5, 25);
  const skills: CandidateProfile['skills'] = [];
  const seen = new Set<string>();
  const nowYear = now.getUTCFullYear();
  for (let attempt = 0; skills.length < skillCount && attempt < skillCount * 4; attempt++) {
    const roll = random();
    const skillId = roll < 0.7 ? skillOf(random, primary) : roll < 0.9 ? skillOf(random, secondary) : skillOf(random, int(random, 0, CATEGORY_COUNT - 1));
    if (seen.has(skillId)) continue;
    seen.add(skillId);
    skills.push({
      skillId,
      level: Math.min(5, Math.max(1, Math.round(1 + random() * 2 + random() * 2))),
      years: int(random, 0, 15),
      lastUsedYear: random() < 0.7 ? null : nowYear - int(random, 0, 12),
    });
  }
  const yearsExperience = int(random, 0, 25);
  const seniority = SENIORITIES[Math.min(4, Math.floor(yearsExperience / 5 + random() * 1.2))]!;
  const employmentTypes: EmploymentType[] = random() < 0.3 ? [] : random() < 0.7 ? ['FULL_TIME'] : ['FULL_TIME', 'CONTRACT'];
  return {
    id: `cand-${String(index).padStart(7, '0')}`,
    skills,
    yearsExperience,
    seniority,
    city: random() < 0.95 ? place.city : null,
    country: place.country,
    timeZone: place.timeZone,
    preferences: {
      minSalary: random() < 0.9 ? Math.round((place.salary * (0.6 + yearsExperience * 0.04) * (0.8 + random() * 0.4)) / 1000) * 1000 : null,
      currency: place.currency,
      remotePreference: pick(random, REMOTE_PREFERENCES),
      preferredLocations: random() < 0.3 ? [pick(random, PLACES).city] : [],
      willingToRelocate: random() < 0.2,
      employmentTypes,
      earliestStart: random() < 0.2 ? new Date(now.getTime() + int(random, 0, 120) * DAY) : null,
      noticePeriodDays: pick(random, [0, 14, 30, 30, 60, 90]),
      targetOpportunities: int(random, 1, 5),
    },
  };
}

export function generateJob(index: number, now: Date, seed = 1): JobProfile {
  const random = createRandom(seed * 7_000_003 + index);
  const place = pick(random, PLACES);
  const category = categoryOf(random);
  const used = new Set<string>();
  const draw = (from: number) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const id = skillOf(random, from);
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
    return null;
  };
  const mustHave: JobProfile['mustHave'] = [];
  for (let i = int(random, 1, 4); i > 0; i--) {
    const skillId = draw(category);
    if (skillId) mustHave.push({ skillId, minLevel: int(random, 2, 4) });
  }
  const niceToHave: JobProfile['niceToHave'] = [];
  for (let i = int(random, 0, 5); i > 0; i--) {
    const skillId = draw(random() < 0.8 ? category : categoryOf(random));
    if (skillId) niceToHave.push({ skillId, weight: int(random, 1, 5) });
  }
  const seniority = SENIORITIES[int(random, 0, 4)]!;
  const band = place.salary * (0.7 + SENIORITIES.indexOf(seniority) * 0.2);
  const hasSalary = random() < 0.85;
  return {
    id: `job-${String(index).padStart(6, '0')}`,
    title: `Engineer ${index}`,
    mustHave,
    niceToHave,
    seniority,
    minYearsExperience: SENIORITIES.indexOf(seniority) * 2 + int(random, 0, 2),
    salaryMin: hasSalary ? Math.round((band * 0.9) / 1000) * 1000 : null,
    salaryMax: hasSalary ? Math.round((band * 1.2) / 1000) * 1000 : null,
    currency: place.currency,
    remotePolicy: pick(random, JOB_POLICIES),
    city: place.city,
    country: place.country,
    timeZone: place.timeZone,
    minTimeZoneOverlapHours: random() < 0.4 ? int(random, 2, 6) : null,
    employmentType: pick(random, EMPLOYMENT),
    startDate: random() < 0.6 ? new Date(now.getTime() + int(random, 7, 150) * DAY) : null,
  };
}

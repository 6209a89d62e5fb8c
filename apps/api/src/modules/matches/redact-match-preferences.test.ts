import { scoreMatch, type CandidateProfile, type JobProfile } from '@shortlist/domain/matching';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { skillTaxonomy } from '../skills/skill-taxonomy.ts';
import {
  redactBlockerPreferences,
  redactBlockerProfile,
  redactCategoryPreferences,
  redactCategoryProfile,
  WITHHELD_EVIDENCE,
  WITHHELD_PROFILE_EVIDENCE,
} from './redact-match-preferences.ts';

const NOW = new Date('2026-12-05T10:00:00Z');

/** Preferences no other part of the profile or job shares a word or number with, so a leak shows in the text. */
const candidate = (preferences: Partial<CandidateProfile['preferences']> = {}): CandidateProfile => ({
  id: randomUUID(),
  skills: [],
  yearsExperience: 8,
  seniority: 'SENIOR',
  city: 'Munich',
  country: 'DE',
  timeZone: 'Europe/Berlin',
  preferences: {
    minSalary: 93_417,
    currency: 'EUR',
    remotePreference: 'REMOTE',
    preferredLocations: ['Lisbon'],
    willingToRelocate: false,
    employmentTypes: ['CONTRACT', 'TEMPORARY'],
    earliestStart: new Date('2027-02-19'),
    noticePeriodDays: 47,
    targetOpportunities: 3,
    ...preferences,
  },
});

const job = (overrides: Partial<JobProfile> = {}): JobProfile => ({
  id: randomUUID(),
  title: 'Backend Engineer',
  mustHave: [],
  niceToHave: [],
  seniority: 'SENIOR',
  minYearsExperience: 5,
  salaryMin: 50_000,
  salaryMax: 61_000,
  currency: 'EUR',
  remotePolicy: 'ONSITE',
  city: 'Berlin',
  country: 'DE',
  timeZone: 'Europe/Berlin',
  minTimeZoneOverlapHours: null,
  employmentType: 'FULL_TIME',
  startDate: new Date('2027-01-04'),
  ...overrides,
});

/** Every way the preferences above can be written in an explanation. */
const PREFERENCE_TRACES = ['93,417', '93417', '47 days', '2027-02-19', 'Lisbon', 'contract', 'temporary', 'remote work', 'would move', 'relocate'];

describe('redacting the preferences from a match explanation', () => {
  const pairs = [
    ['an onsite job far below the salary asked', candidate(), job()],
    ['a remote job within the salary asked', candidate({ minSalary: 55_555 }), job({ remotePolicy: 'REMOTE', salaryMax: 99_000 })],
    ['a hybrid job in a city the candidate would move to', candidate({ willingToRelocate: true, remotePreference: 'ONSITE' }), job({ remotePolicy: 'HYBRID', city: 'Hamburg' })],
  ] as const;

  it.each(pairs)('leaves no preference in the sentences of %s, and keeps every score, weight and blocker code', (_name, who, what) => {
    const match = scoreMatch(who, what, skillTaxonomy, { now: NOW });
    const written = JSON.stringify(match);
    // The explanation as written quotes them, or the test would prove nothing.
    expect(PREFERENCE_TRACES.some((trace) => written.includes(trace))).toBe(true);

    const categories = redactCategoryPreferences(match.categories);
    const blockers = redactBlockerPreferences(match.blockers);
    const redacted = JSON.stringify({ categories, blockers });
    for (const trace of PREFERENCE_TRACES) expect(redacted).not.toContain(trace);
    expect(categories.map(({ name, side, weight, score }) => ({ name, side, weight, score }))).toEqual(
      match.categories.map(({ name, side, weight, score }) => ({ name, side, weight, score })),
    );
    expect(blockers.map((b) => b.code)).toEqual(match.blockers.map((b) => b.code));
    for (const category of categories.filter((c) => c.side === 'reverse')) expect(category.evidence).toEqual([WITHHELD_EVIDENCE]);
  });

  it('keeps the sentences that quote no preference: skills, experience, seniority, time zone, and where a candidate who lives there lives', () => {
    const match = scoreMatch(candidate(), job({ city: 'Munich' }), skillTaxonomy, { now: NOW });
    const redacted = redactCategoryPreferences(match.categories);
    const kept = ['Must-have skills', 'Nice-to-have skills', 'Experience', 'Seniority', 'Location', 'Time-zone overlap'];
    for (const name of kept) expect(redacted.find((c) => c.name === name)).toEqual(match.categories.find((c) => c.name === name));
  });

  it('tells the blockers by their code, in words naming no value, and leaves a missing must-have as it was', () => {
    const missing = { code: 'MISSING_MUST_HAVE' as const, message: 'Missing the must-have skill Kubernetes, and no related skill gives credit.' };
    const match = scoreMatch(candidate(), job(), skillTaxonomy, { now: NOW });
    expect(redactBlockerPreferences([missing, ...match.blockers])).toEqual([
      missing,
      { code: 'SALARY_FAR_BELOW_MINIMUM', message: "The job's salary is far below what the candidate asks for." },
      { code: 'ONSITE_FOR_REMOTE_ONLY', message: "The job is onsite, which the candidate's remote preference rules out." },
    ]);
  });
});

describe('redacting the whole profile from a match explanation', () => {
  it('leaves one sentence naming nothing of the candidate in every category, and keeps every name, side, weight and score', () => {
    const match = scoreMatch(candidate(), job({ city: 'Munich' }), skillTaxonomy, { now: NOW });
    // As written, the forward side quotes the profile (where they live, their years) and the reverse the preferences.
    expect(JSON.stringify(match.categories)).toContain('Munich');

    const categories = redactCategoryProfile(match.categories);
    expect(JSON.stringify(categories)).not.toContain('Munich');
    expect(categories).toEqual(match.categories.map((category) => ({ ...category, evidence: [WITHHELD_PROFILE_EVIDENCE] })));
  });

  it('keeps every blocker code, and no longer says which must-have skill the candidate lacks', () => {
    const missing = { code: 'MISSING_MUST_HAVE' as const, message: 'Missing the must-have skill Kubernetes, and no related skill gives credit.' };
    const match = scoreMatch(candidate(), job(), skillTaxonomy, { now: NOW });
    expect(redactBlockerProfile([missing, ...match.blockers])).toEqual([
      { code: 'MISSING_MUST_HAVE', message: "The candidate lacks one of the job's must-have skills." },
      { code: 'SALARY_FAR_BELOW_MINIMUM', message: "The job's salary is far below what the candidate asks for." },
      { code: 'ONSITE_FOR_REMOTE_ONLY', message: "The job is onsite, which the candidate's remote preference rules out." },
    ]);
  });
});

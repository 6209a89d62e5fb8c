import { describe, expect, it } from 'vitest';
import { buildTaxonomy } from './build-taxonomy.ts';
import { MatchingInputError } from './matching-input-error.ts';
import { scoreMatch } from './score-match.ts';
import { NOW, makeCandidate, makeJob } from './testing/profile-factories.ts';
import { skillsFixture } from './testing/skills-fixture.ts';
import type { CandidateProfile, JobProfile, MatchResult } from './types.ts';

const taxonomy = buildTaxonomy(skillsFixture);
const score = (candidate: CandidateProfile, job: JobProfile) => scoreMatch(candidate, job, taxonomy, { now: NOW });
const category = (result: MatchResult, name: string) => {
  const found = result.categories.find((c) => c.name === name);
  if (!found) throw new Error(`no category ${name}`);
  return found;
};

function errorOf(run: () => unknown): MatchingInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof MatchingInputError) return error;
    throw error;
  }
  throw new Error('expected a MatchingInputError');
}

describe('scoreMatch: a candidate who fits every requirement', () => {
  const result = score(makeCandidate(), makeJob());

  it('scores 100 on both sides and is not blocked', () => {
    expect(result).toMatchObject({ score: 100, forwardScore: 100, reverseScore: 100, isBlocked: false, blockers: [] });
  });

  it('explains each must-have with level and years', () => {
    expect(category(result, 'Must-have skills').evidence).toContain('Has PostgreSQL at level 4 for 6 years; the job needs level 3.');
  });

  it('lists forward and reverse categories whose weights add up to 100 per side', () => {
    const sum = (side: string) => result.categories.filter((c) => c.side === side).reduce((total, c) => total + c.weight, 0);
    expect(sum('forward')).toBe(100);
    expect(sum('reverse')).toBe(100);
  });

  it('is plain JSON that survives a round trip (stored as a snapshot on the proposal)', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('scoreMatch: must-have skills', () => {
  it('gives partial credit for a lower level', () => {
    const candidate = makeCandidate({ skills: [{ skillId: 'postgresql', level: 2, years: 1, lastUsedYear: null }, { skillId: 'typescript', level: 3, years: 3, lastUsedYear: null }] });
    const result = score(candidate, makeJob());
    // PostgreSQL 2 of 3 -> 2/3, TypeScript full -> 1: (2/3 + 1) / 2 = 83.3%
    expect(category(result, 'Must-have skills').score).toBe(83.3);
    expect(result.partialSkills.map((s) => s.skillId)).toEqual(['postgresql']);
    expect(category(result, 'Must-have skills').evidence[0]).toBe(
      'Has PostgreSQL at level 2 for 1 year; the job needs level 3, so it counts for 67%.',
    );
    expect(result.isBlocked).toBe(false);
  });

  it('gives a related skill partial credit and says which skill gave it', () => {
    const candidate = makeCandidate({ skills: [{ skillId: 'mysql', level: 4, years: 5, lastUsedYear: null }, { skillId: 'typescript', level: 4, years: 5, lastUsedYear: null }] });
    const result = score(candidate, makeJob());
    const postgres = result.partialSkills.find((s) => s.skillId === 'postgresql');
    expect(postgres?.credit).toBe(0.6);
    expect(postgres?.creditedBy).toMatchObject({ skillId: 'mysql', skillName: 'MySQL', relation: 'RELATED' });
    expect(result.isBlocked).toBe(false);
  });

  it('counts React as evidence of JavaScript', () => {
    const job = makeJob({ mustHave: [{ skillId: 'javascript', minLevel: 3 }] });
    const candidate = makeCandidate({ skills: [{ skillId: 'react', level: 4, years: 4, lastUsedYear: null }] });
    const result = score(candidate, job);
    expect(result.partialSkills[0]?.creditedBy).toMatchObject({ skillName: 'React', relation: 'IMPLIED_BY_CHILD' });
    expect(category(result, 'Must-have skills').score).toBe(90);
  });

  it('counts a skill last used ten years ago for half', () => {
    const candidate = makeCandidate({ skills: [{ skillId: 'postgresql', level: 4, years: 6, lastUsedYear: 2016 }, { skillId: 'typescript', level: 4, years: 5, lastUsedYear: null }] });
    const result = score(candidate, makeJob());
    expect(category(result, 'Must-have skills').score).toBe(75);
    expect(category(result, 'Must-have skills').evidence[0]).toContain('last used in 2016 (10 years ago, so it counts for 50% of its value)');
  });

  it('reports a missing must-have with no related credit as a blocker, not only as a lower score', () => {
    const candidate = makeCandidate({ skills: [{ skillId: 'typescript', level: 4, years: 5, lastUsedYear: null }] });
    const result = score(candidate, makeJob());
    expect(result.isBlocked).toBe(true);
    expect(result.blockers).toEqual([{ code: 'MISSING_MUST_HAVE', message: 'Missing the must-have skill PostgreSQL, and no related skill gives credit.' }]);
    expect(result.missingSkills.map((s) => s.skillId)).toEqual(['postgresql', 'graphql']);
    // The score still says how close the rest is: must-haves 50%, nice-to-have 0%.
    expect(result.forwardScore).toBe(100 - 40 * 0.5 - 15);
  });
});

describe('scoreMatch: nice-to-haves, experience and seniority', () => {
  it('weighs nice-to-haves by their weight', () => {
    const job = makeJob({ niceToHave: [{ skillId: 'graphql', weight: 1 }, { skillId: 'docker', weight: 3 }] });
    const result = score(makeCandidate(), job);
    expect(category(result, 'Nice-to-have skills').score).toBe(25);
  });

  it('scales experience below the minimum', () => {
    const result = score(makeCandidate({ yearsExperience: 3 }), makeJob({ minYearsExperience: 4 }));
    expect(category(result, 'Experience').score).toBe(75);
    expect(category(result, 'Experience').evidence[0]).toBe('Has 3 years of experience; the job asks for at least 4 years, so this counts for 75%.');
  });

  it('costs more to be below the seniority than above it', () => {
    const below = score(makeCandidate({ seniority: 'MID' }), makeJob());
    const above = score(makeCandidate({ seniority: 'LEAD' }), makeJob());
    expect(category(below, 'Seniority').score).toBe(50);
    expect(category(above, 'Seniority').score).toBe(85);
    expect(category(below, 'Seniority').evidence[0]).toBe('Is Mid and the job is Senior: one level below what the job asks.');
  });
});

describe('scoreMatch: location, time zone and availability', () => {
  it('does not care where a remote job candidate lives', () => {
    const result = score(makeCandidate({ city: 'Lisbon', country: 'PT' }), makeJob({ remotePolicy: 'REMOTE' }));
    expect(category(result, 'Location').score).toBe(100);
  });

  it('gives a candidate in another city of the same country half the location points', () => {
    const result = score(makeCandidate({ city: 'Munich' }), makeJob());
    expect(category(result, 'Location').score).toBe(50);
    expect(category(result, 'Preferred location').score).toBe(30);
  });

  it('values a candidate willing to relocate', () => {
    const result = score(makeCandidate({ city: 'Lisbon', country: 'PT', preferences: { willingToRelocate: true } }), makeJob());
    expect(category(result, 'Location').score).toBe(80);
    expect(category(result, 'Preferred location').score).toBe(70);
  });

  it('measures shared working hours when the job needs overlap', () => {
    const job = makeJob({ remotePolicy: 'REMOTE', timeZone: 'America/New_York', minTimeZoneOverlapHours: 4 });
    const result = score(makeCandidate(), job);
    // Berlin is UTC+1 and New York UTC-5 in January: 6 h apart, 2 h of a 9-to-5 day shared.
    expect(category(result, 'Time-zone overlap').score).toBe(50);
    expect(category(result, 'Time-zone overlap').evidence[0]).toContain('leaving 2 h of shared 09:00–17:00 working day; the job needs 4 h');
  });

  it('lowers availability for each day the candidate arrives after the start date', () => {
    const job = makeJob({ startDate: new Date('2026-02-04T00:00:00Z') });
    const result = score(makeCandidate({ preferences: { noticePeriodDays: 30 } }), job);
    // Available 2026-02-14: 10 days late -> 1 - 10/90.
    expect(category(result, 'Availability').score).toBe(88.9);
    // And the job cuts 10 days into the notice period -> 1 - 10/60.
    expect(category(result, 'Start date').score).toBe(83.3);
  });
});

describe('scoreMatch: the candidate preferences (reverse score)', () => {
  it('scales a salary below the minimum and blocks one far below it', () => {
    const close = score(makeCandidate({ preferences: { minSalary: 100_000 } }), makeJob());
    expect(category(close, 'Salary').score).toBe(66.7);
    expect(close.isBlocked).toBe(false);
    const far = score(makeCandidate({ preferences: { minSalary: 120_000 } }), makeJob());
    expect(far.blockers.map((b) => b.code)).toEqual(['SALARY_FAR_BELOW_MINIMUM']);
    expect(category(far, 'Salary').evidence[0]).toBe('The job pays at most 90,000 EUR, 25% below the candidate\'s minimum of 120,000 EUR.');
  });

  it('does not compare salaries in different currencies, and says so', () => {
    const result = score(makeCandidate({ preferences: { minSalary: 500_000, currency: 'USD' } }), makeJob());
    expect(category(result, 'Salary').score).toBe(50);
    expect(result.isBlocked).toBe(false);
    expect(category(result, 'Salary').evidence[0]).toContain('are not compared');
  });

  it('blocks an onsite job for a remote-only candidate who will not move there', () => {
    const candidate = makeCandidate({ city: 'Hamburg', preferences: { remotePreference: 'REMOTE' } });
    const result = score(candidate, makeJob({ remotePolicy: 'ONSITE' }));
    expect(result.blockers.map((b) => b.code)).toEqual(['ONSITE_FOR_REMOTE_ONLY']);
    expect(category(result, 'Remote preference').score).toBe(0);
    const relocating = score({ ...candidate, preferences: { ...candidate.preferences, willingToRelocate: true } }, makeJob({ remotePolicy: 'ONSITE' }));
    expect(relocating.isBlocked).toBe(false);
  });

  it('reads a hybrid preference as hybrid or remote', () => {
    const candidate = makeCandidate({ preferences: { remotePreference: 'HYBRID' } });
    expect(category(score(candidate, makeJob({ remotePolicy: 'REMOTE' })), 'Remote preference').score).toBe(100);
    expect(category(score(candidate, makeJob({ remotePolicy: 'ONSITE' })), 'Remote preference').score).toBe(40);
  });

  it('scores employment type by the candidate list, empty meaning any', () => {
    expect(category(score(makeCandidate(), makeJob({ employmentType: 'CONTRACT' })), 'Employment type').score).toBe(0);
    expect(category(score(makeCandidate({ preferences: { employmentTypes: [] } }), makeJob({ employmentType: 'CONTRACT' })), 'Employment type').score).toBe(100);
  });

  it('combines forward and reverse as 65% and 35%', () => {
    const result = score(makeCandidate({ preferences: { employmentTypes: ['CONTRACT'] } }), makeJob());
    expect(result.forwardScore).toBe(100);
    expect(result.reverseScore).toBe(85);
    expect(result.score).toBe(94.8); // 0.65 × 100 + 0.35 × 85 = 94.75 -> 94.8
  });
});

describe('scoreMatch: bad input raises a typed error naming the field', () => {
  it.each([
    ['an unknown skill id', makeCandidate({ skills: [{ skillId: 'postgress', level: 3, years: 1, lastUsedYear: null }] }), makeJob(), 'candidate.skills[0].skillId'],
    ['a level above 5', makeCandidate({ skills: [{ skillId: 'docker', level: 6, years: 1, lastUsedYear: null }] }), makeJob(), 'candidate.skills[0].level'],
    ['a must-have level of 0', makeCandidate(), makeJob({ mustHave: [{ skillId: 'docker', minLevel: 0 }] }), 'job.mustHave[0].minLevel'],
    ['a negative salary', makeCandidate({ preferences: { minSalary: -1 } }), makeJob(), 'candidate.preferences.minSalary'],
    ['an inverted salary band', makeCandidate(), makeJob({ salaryMin: 90_000, salaryMax: 80_000 }), 'job.salaryMax'],
    ['an unknown time zone', makeCandidate({ timeZone: 'Europe/Atlantis' }), makeJob(), 'candidate.timeZone'],
    ['an unknown job time zone', makeCandidate(), makeJob({ timeZone: 'CET+99' }), 'job.timeZone'],
  ])('rejects %s', (_label, candidate, job, field) => {
    const error = errorOf(() => score(candidate, job));
    expect(error).toBeInstanceOf(MatchingInputError);
    expect(error.field).toBe(field);
  });

  it('suggests the skill the caller probably meant', () => {
    const error = errorOf(() => score(makeCandidate({ skills: [{ skillId: 'postgress', level: 3, years: 1, lastUsedYear: null }] }), makeJob()));
    expect(error.message).toContain('Did you mean PostgreSQL');
  });
});

import { describe, expect, test } from 'vitest';
import { describePreferences, describeTenure, type Preferences } from './describe-profile';

function preferences(overrides: Partial<Preferences> = {}): Preferences {
  return {
    minSalary: 70_000,
    currency: 'EUR',
    remotePreference: 'HYBRID',
    preferredLocations: ['Berlin', 'Hamburg'],
    willingToRelocate: false,
    employmentTypes: ['FULL_TIME', 'CONTRACT'],
    earliestStart: '2026-03-01T00:00:00.000Z',
    noticePeriodDays: 30,
    targetOpportunities: 3,
    ...overrides,
  };
}

describe('a candidate’s preferences in words', () => {
  test('say what a job has to offer them', () => {
    expect(Object.fromEntries(describePreferences(preferences()))).toEqual({
      Salary: 'At least €70,000 a year',
      'Remote work': 'Hybrid or remote',
      Locations: 'Would also work in Berlin and Hamburg; not looking to relocate',
      Employment: 'Full-time or Contract',
      Available: "From 1 Mar 2026, 30 days' notice",
      'Opportunities in flight': 'Wants 3 opportunities at a time',
    });
  });

  test('say plainly when something is open', () => {
    const described = Object.fromEntries(
      describePreferences(
        preferences({
          minSalary: null,
          preferredLocations: [],
          willingToRelocate: true,
          employmentTypes: [],
          earliestStart: null,
          noticePeriodDays: 0,
          targetOpportunities: 1,
        }),
      ),
    );
    expect(described).toMatchObject({
      Salary: 'No minimum given',
      Locations: 'Where they live; willing to relocate',
      Employment: 'Any type',
      Available: 'Now, no notice period',
      'Opportunities in flight': 'Wants 1 opportunity at a time',
    });
  });
});

describe('a role’s dates', () => {
  test('read as months, the current role running until now', () => {
    expect(describeTenure('2021-03-01T00:00:00.000Z', '2024-06-30T00:00:00.000Z')).toBe('Mar 2021 – Jun 2024');
    expect(describeTenure('2024-07-01T00:00:00.000Z', null)).toBe('Jul 2024 – now');
  });
});

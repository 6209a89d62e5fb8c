import { describe, expect, test } from 'vitest';
import { groupExplanation } from './group-explanation';

describe('why a candidate was proposed, sorted for them', () => {
  const grouped = groupExplanation([
    {
      name: 'Must-have skills', side: 'forward',
      score: 87.5,
      evidence: [
        'Has Go at level 4 for 8 years; the job needs level 3.',
        'Has Kubernetes at level 3 for 6 years; the job needs level 4, so it counts for 75%.',
      ],
    },
    {
      name: 'Nice-to-have skills', side: 'forward',
      score: 40,
      evidence: [
        'Does not have Unit Testing (a nice-to-have of weight 2 of 5), and no related skill gives credit.',
        'Lacks SQL (a nice-to-have of weight 2 of 5), but has PostgreSQL at level 4 for 8 years, which implies SQL; together this counts for 90%.',
      ],
    },
    { name: 'Experience', side: 'forward', score: 100, evidence: ['Has 8 years of experience; the job asks for at least 5 years.'] },
    { name: 'Time-zone overlap', side: 'forward', score: 100, evidence: ['The job sets no time-zone overlap requirement.'] },
    {
      name: 'Location', side: 'forward',
      score: 10,
      evidence: ['The hybrid job is in Amsterdam (NL); the candidate lives in Berlin (DE), in another country, and has not said they would move.'],
    },
    { name: 'Salary', side: 'reverse', score: 100, evidence: ['The job pays up to 103,000 EUR; the candidate asks for at least 90,000 EUR.'] },
    { name: 'Salary', side: 'reverse', score: 50, evidence: ['The job pays in USD and the candidate\'s minimum is in EUR, so the two are not compared.'] },
    { name: 'Preferred location', side: 'reverse', score: 0, evidence: ['The job is in Amsterdam (NL), not where the candidate lives or prefers (preferred: Berlin), and they do not want to relocate.'] },
  ]);

  test('what matched: the skills and facts that meet the job in full, leaving out what the job does not ask', () => {
    expect(grouped.matched).toEqual([
      'You have Go at level 4 for 8 years; the job needs level 3.',
      'You have 8 years of experience; the job asks for at least 5 years.',
    ]);
  });

  test('what is missing: absent, related-only and below-level skills, and facts that fall short', () => {
    expect(grouped.missing).toEqual([
      'You have Kubernetes at level 3 for 6 years; the job needs level 4, so it counts for 75%.',
      'You do not have Unit Testing (a nice-to-have of weight 2 of 5), and no related skill gives credit.',
      'You lack SQL (a nice-to-have of weight 2 of 5), but you have PostgreSQL at level 4 for 8 years, which implies SQL; together this counts for 90%.',
      'The hybrid job is in Amsterdam (NL); you live in Berlin (DE), in another country, and have not said you would move.',
    ]);
  });

  test('preferences: how the job meets what the candidate asked for, in words', () => {
    expect(grouped.preferences.map(({ name, fit }) => `${name}: ${fit}`)).toEqual([
      'Salary: Fits',
      'Salary: Partly fits',
      'Preferred location: Does not fit',
    ]);
    expect(grouped.preferences[0]!.evidence).toEqual(['The job pays up to 103,000 EUR; you ask for at least 90,000 EUR.']);
  });
});

import { describe, expect, test } from 'vitest';
import { inYourWords } from './in-your-words';

describe('the match’s evidence, as the candidate reads it', () => {
  test.each([
    ['Has Go at level 4 for 8 years; the job needs level 3.', 'You have Go at level 4 for 8 years; the job needs level 3.'],
    [
      'Does not have Unit Testing (a nice-to-have of weight 2 of 5), and no related skill gives credit.',
      'You do not have Unit Testing (a nice-to-have of weight 2 of 5), and no related skill gives credit.',
    ],
    [
      'Lacks API Design (a nice-to-have of weight 4 of 5), but has GraphQL at level 3 for 6 years, which is related; together this counts for 40%.',
      'You lack API Design (a nice-to-have of weight 4 of 5), but you have GraphQL at level 3 for 6 years, which is related; together this counts for 40%.',
    ],
    ['Is Senior and the job is Senior.', 'You are Senior and the job is Senior.'],
    [
      'Is Principal and the job is Senior: one level above, which may mean the role is too junior for them.',
      'You are Principal and the job is Senior: one level above, which may mean the role is too junior for you.',
    ],
    [
      'The hybrid job is in Amsterdam (NL); the candidate lives in Berlin (DE), in another country, and has not said they would move.',
      'The hybrid job is in Amsterdam (NL); you live in Berlin (DE), in another country, and have not said you would move.',
    ],
    ['The job is fully remote, so where the candidate lives does not matter.', 'The job is fully remote, so where you live does not matter.'],
    [
      'The job pays up to 103,000 EUR; the candidate asks for at least 90,000 EUR.',
      'The job pays up to 103,000 EUR; you ask for at least 90,000 EUR.',
    ],
    ['The candidate accepts hybrid or remote work; the job is hybrid.', 'You accept hybrid or remote work; the job is hybrid.'],
    ['The job is in Berlin (DE), where the candidate lives or wants to work.', 'The job is in Berlin (DE), where you live or want to work.'],
    [
      'The job is in Amsterdam (NL), not where the candidate lives or prefers (preferred: Berlin), and they do not want to relocate.',
      'The job is in Amsterdam (NL), not where you live or prefer (preferred: Berlin), and you do not want to relocate.',
    ],
    ['The job is full-time, which the candidate wants.', 'The job is full-time, which you want.'],
    [
      "The job starts on 2027-02-09, after the candidate's notice period ends.",
      'The job starts on 2027-02-09, after your notice period ends.',
    ],
    ['The candidate has not set a minimum salary.', 'You have not set a minimum salary.'],
    ['The candidate is open to any employment type; the job is full-time.', 'You are open to any employment type; the job is full-time.'],
    [
      "The job pays in USD and the candidate's minimum is in EUR, so the two are not compared.",
      'The job pays in USD and your minimum is in EUR, so the two are not compared.',
    ],
    [
      'Can start on 2026-12-02 (notice period of 0 days, not before 2026-12-02); the job has no fixed start date.',
      'You can start on 2026-12-02 (notice period of 0 days, not before 2026-12-02); the job has no fixed start date.',
    ],
    [
      'Missing the must-have skill Express, and no related skill gives credit.',
      'You are missing the must-have skill Express, and no related skill gives credit.',
    ],
    [
      'The job is onsite in Munich (DE), but the candidate only accepts remote work and has not said they would move there.',
      'The job is onsite in Munich (DE), but you only accept remote work and have not said you would move there.',
    ],
    ['The job starts on 2027-01-04, 30 days after the candidate could start: a long wait.', 'The job starts on 2027-01-04, 30 days after you could start: a long wait.'],
  ])('“%s”', (sentence, expected) => {
    expect(inYourWords(sentence)).toBe(expected);
  });

  test('keeps a sentence it has no rule for as it is', () => {
    expect(inYourWords('The job sets no time-zone overlap requirement.')).toBe('The job sets no time-zone overlap requirement.');
  });
});

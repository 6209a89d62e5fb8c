import { describe, expect, it } from 'vitest';
import { checkMessageTone, describeToneFindings, isIsoCountryCode, validateJobStartDate, validateSkillYears, validateTargetOpportunities } from './index.ts';

describe('isIsoCountryCode (B3)', () => {
  it('accepts assigned codes and refuses names, lower case and codes that are not countries', () => {
    expect(isIsoCountryCode('DE')).toBe(true);
    expect(isIsoCountryCode('GE')).toBe(true);
    for (const code of ['GERMANY', 'de', 'EU', 'UN', 'EZ', 'QO', 'ZZ', 'XA', 'AC', 'XX', '']) expect(isIsoCountryCode(code)).toBe(false);
  });
});

describe('validateJobStartDate (B10)', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  it('refuses a past start date on an open job', () => {
    expect(validateJobStartDate(new Date('2020-01-01'), 'OPEN', now)).toEqual([{ field: 'startDate', message: expect.stringContaining('cannot start in the past') }]);
  });
  it('lets a draft keep an old date, and accepts today, later and no date on an open job', () => {
    expect(validateJobStartDate(new Date('2020-01-01'), 'DRAFT', now)).toEqual([]);
    expect(validateJobStartDate(new Date('2026-12-04T00:00:00Z'), 'OPEN', now)).toEqual([]);
    expect(validateJobStartDate(new Date('2027-01-01'), 'OPEN', now)).toEqual([]);
    expect(validateJobStartDate(null, 'OPEN', now)).toEqual([]);
  });
});

describe('validateTargetOpportunities (B10)', () => {
  it('asks for at least one', () => {
    expect(validateTargetOpportunities(0)).toHaveLength(1);
    expect(validateTargetOpportunities(1)).toEqual([]);
    expect(validateTargetOpportunities(51)).toHaveLength(1);
  });
});

describe('validateSkillYears (B10)', () => {
  it('refuses a skill used longer than the whole career, naming the row', () => {
    expect(validateSkillYears([{ name: 'Go', years: 3 }, { name: 'Docker', years: 80 }], 8)).toEqual([
      { index: 1, message: 'Docker: 80 years is more than the 8 years of experience in total.' },
    ]);
    expect(validateSkillYears([{ years: 8 }], 8)).toEqual([]);
  });
  it('checks nothing when the total is not given (0)', () => {
    expect(validateSkillYears([{ years: 5 }], 0)).toEqual([]);
  });
});

describe('checkMessageTone (B10)', () => {
  it('finds the hostile phrase and the exclamation marks of the issue', () => {
    expect(checkMessageTone('Not interested. Stop spamming me!!!')).toEqual(['EXCLAMATIONS', 'HOSTILE_PHRASE']);
    expect(checkMessageTone("Please don't contact me again.")).toEqual(['HOSTILE_PHRASE']);
  });
  it('finds shouting', () => {
    expect(checkMessageTone('NOT INTERESTED IN THIS ROLE')).toEqual(['SHOUTING']);
  });
  it('lets polite messages through, acronyms included', () => {
    expect(checkMessageTone("Thank you for thinking of me. I've accepted another offer, so I'll pass on this one.")).toEqual([]);
    expect(checkMessageTone('Thanks! The role needs AWS and GCP, which I do not have.')).toEqual([]);
    expect(describeToneFindings([])).toBeNull();
    expect(describeToneFindings(['SHOUTING', 'HOSTILE_PHRASE'])).toContain('mostly capital letters and words that may read as hostile');
  });
});

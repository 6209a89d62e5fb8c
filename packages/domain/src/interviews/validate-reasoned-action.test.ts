import { describe, expect, it } from 'vitest';
import { REASON_LABELS } from './reason-labels.ts';
import { REASONED_ACTION_KINDS, REASONS_BY_KIND } from './types.ts';
import { validateReasonedAction } from './validate-reasoned-action.ts';

const MESSAGE = 'Thank you for thinking of me.';

describe('validateReasonedAction', () => {
  it('accepts a listed reason with a message, trimmed', () => {
    expect(validateReasonedAction('decline', { reason: 'SALARY_TOO_LOW', message: `  ${MESSAGE}  ` })).toEqual({
      ok: true,
      value: { reason: 'SALARY_TOO_LOW', reasonText: null, message: MESSAGE },
    });
  });

  it('a candidate cannot decline without a reason or a message', () => {
    expect(validateReasonedAction('decline', { reason: null, message: '  ' })).toEqual({
      ok: false,
      fieldErrors: [
        { field: 'reason', message: 'Choose a reason.' },
        { field: 'message', message: 'Write a short message the recruiter will read (at least 10 characters).' },
      ],
    });
  });

  it('refuses a reason from another kind’s list', () => {
    expect(validateReasonedAction('reject', { reason: 'SALARY_TOO_LOW', message: MESSAGE })).toEqual({
      ok: false,
      fieldErrors: [{ field: 'reason', message: 'Choose one of the listed reasons.' }],
    });
  });

  it('"other" needs a few words of its own', () => {
    expect(validateReasonedAction('withdraw', { reason: 'OTHER', reasonText: ' ok ', message: MESSAGE })).toEqual({
      ok: false,
      fieldErrors: [{ field: 'reasonText', message: 'Say in a few words why.' }],
    });
    expect(validateReasonedAction('withdraw', { reason: 'OTHER', reasonText: ' Moving abroad ', message: MESSAGE })).toEqual({
      ok: true,
      value: { reason: 'OTHER', reasonText: 'Moving abroad', message: MESSAGE },
    });
  });

  it('caps the reason text at 500 characters', () => {
    expect(validateReasonedAction('cancel', { reason: 'OTHER', reasonText: 'x'.repeat(501), message: MESSAGE })).toMatchObject({
      fieldErrors: [{ field: 'reasonText', message: 'Keep the reason to 500 characters or fewer.' }],
    });
  });

  it('counts the message after trimming: 9 characters is too short, 10 is enough', () => {
    expect(validateReasonedAction('cancel', { reason: 'SCHEDULE_CONFLICT', message: '   123456789   ' }).ok).toBe(false);
    expect(validateReasonedAction('cancel', { reason: 'SCHEDULE_CONFLICT', message: '1234567890' }).ok).toBe(true);
  });

  it('caps the message at 2,000 characters', () => {
    expect(validateReasonedAction('decline', { reason: 'TIMING', message: 'x'.repeat(2_000) }).ok).toBe(true);
    expect(validateReasonedAction('decline', { reason: 'TIMING', message: 'x'.repeat(2_001) })).toEqual({
      ok: false,
      fieldErrors: [{ field: 'message', message: 'Keep the message to 2,000 characters or fewer.' }],
    });
  });

  it('tells a recruiter rejecting, or withdrawing, that the candidate will read the message', () => {
    expect(validateReasonedAction('reject', { reason: 'SKILLS_GAP', message: 'Sorry' })).toMatchObject({
      fieldErrors: [{ field: 'message', message: 'Write a short message the candidate will read (at least 10 characters).' }],
    });
    expect(validateReasonedAction('withdraw', { reason: 'POSITION_FILLED' }, { audience: 'CANDIDATE' })).toMatchObject({
      fieldErrors: [{ field: 'message', message: 'Write a short message the candidate will read (at least 10 characters).' }],
    });
  });
});

describe('REASON_LABELS', () => {
  it('labels every reason of every kind, in words rather than codes', () => {
    for (const kind of REASONED_ACTION_KINDS) {
      const labels: Record<string, string> = REASON_LABELS[kind];
      expect(Object.keys(labels).sort()).toEqual([...REASONS_BY_KIND[kind]].sort());
      for (const label of Object.values(labels)) expect(label).not.toMatch(/[A-Z]{2,}|_/);
    }
  });

  it('reads as the candidate would say it', () => {
    expect(REASON_LABELS.decline.SALARY_TOO_LOW).toBe('The salary is below what I need');
    expect(REASON_LABELS.declineOffer.ACCEPTED_ANOTHER_OFFER).toBe("I've accepted another offer");
  });
});

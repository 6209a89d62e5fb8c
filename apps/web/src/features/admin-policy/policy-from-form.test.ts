import { describe, expect, it } from 'vitest';
import { policyFromForm } from './policy-from-form';

describe('the cancellation policy form', () => {
  it('turns hours into the minutes the API keeps', () => {
    expect(policyFromForm('24', '15')).toEqual({ lateNoticeMinutes: 1440, noShowGraceMinutes: 15 });
    expect(policyFromForm('1,5', '5')).toEqual({ lateNoticeMinutes: 90, noShowGraceMinutes: 5 });
  });

  it('says what is wrong beside each field before anything is sent', () => {
    expect(policyFromForm('', '4')).toEqual({ fields: { lateNoticeHours: 'Enter a number of hours, like 24.', noShowGraceMinutes: 'Use 5 to 120 minutes.' } });
    expect(policyFromForm('400', '15.5')).toEqual({ fields: { lateNoticeHours: 'Use 0 to 336 hours (14 days).', noShowGraceMinutes: 'Enter whole minutes, like 15.' } });
  });
});

import { describe, expect, it } from 'vitest';
import { retentionFromForm } from './retention-from-form';

describe('retentionFromForm', () => {
  it('takes whole months and days within bounds, and an empty months field as no policy', () => {
    expect(retentionFromForm('24', '14')).toEqual({ dataRetentionMonths: 24, erasureGraceDays: 14 });
    expect(retentionFromForm(' ', '30')).toEqual({ dataRetentionMonths: null, erasureGraceDays: 30 });
  });

  it('says what is wrong with each field out of bounds or not a whole number', () => {
    expect(retentionFromForm('3', '5')).toEqual({
      fields: { dataRetentionMonths: 'Use 6 to 120 months, or leave it empty for no policy.', erasureGraceDays: 'Use 7 to 90 days.' },
    });
    expect(retentionFromForm('6.5', '')).toEqual({
      fields: { dataRetentionMonths: 'Enter whole months, like 24, or leave it empty for no policy.', erasureGraceDays: 'Enter whole days, like 14.' },
    });
  });
});

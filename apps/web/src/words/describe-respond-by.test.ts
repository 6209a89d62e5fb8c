import { describe, expect, test } from 'vitest';
import { describeRespondBy } from './describe-respond-by';

describe('the respond-by countdown', () => {
  test('gives the time in the candidate’s zone and how long is left', () => {
    const now = new Date('2026-11-29T09:00:00Z');
    expect(describeRespondBy('2026-12-01T09:00:00Z', 'Europe/Berlin', now)).toBe(
      'Respond by Tue 1 Dec, 10:00 (Europe/Berlin) — in 2 days',
    );
  });

  test('counts hours on the last two days', () => {
    const now = new Date('2026-11-30T15:00:00Z');
    expect(describeRespondBy('2026-12-01T09:00:00Z', 'Asia/Tokyo', now)).toBe(
      'Respond by Tue 1 Dec, 18:00 (Asia/Tokyo) — in 18 hours',
    );
  });

  test('says plainly when the time has passed', () => {
    const now = new Date('2026-12-02T09:00:00Z');
    expect(describeRespondBy('2026-12-01T09:00:00Z', 'Europe/Berlin', now)).toBe(
      'Respond-by passed: Tue 1 Dec, 10:00 (Europe/Berlin)',
    );
  });
});

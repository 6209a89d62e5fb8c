import { describe, expect, it } from 'vitest';
import { computeCancellationNotice } from './compute-cancellation-notice.ts';

const STARTS_AT = new Date('2026-12-01T09:00:00Z');
const before = (ms: number) => new Date(STARTS_AT.getTime() - ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('computeCancellationNotice', () => {
  it('exactly 24 hours of notice is not late under a 24-hour policy', () => {
    expect(computeCancellationNotice({ cancelledAt: before(24 * HOUR), startsAt: STARTS_AT, lateNoticeMinutes: 1440 })).toEqual({
      noticeGivenMinutes: 1440,
      isLate: false,
    });
  });

  it('23 hours 59 minutes of notice is late', () => {
    expect(computeCancellationNotice({ cancelledAt: before(24 * HOUR - MINUTE), startsAt: STARTS_AT, lateNoticeMinutes: 1440 })).toEqual({
      noticeGivenMinutes: 1439,
      isLate: true,
    });
  });

  it('rounds partial minutes down, so one second short of the policy is late', () => {
    expect(computeCancellationNotice({ cancelledAt: before(24 * HOUR - 1_000), startsAt: STARTS_AT })).toEqual({
      noticeGivenMinutes: 1439,
      isLate: true,
    });
  });

  it('uses the 24-hour default and follows a stricter agency policy', () => {
    expect(computeCancellationNotice({ cancelledAt: before(30 * HOUR), startsAt: STARTS_AT }).isLate).toBe(false);
    expect(computeCancellationNotice({ cancelledAt: before(30 * HOUR), startsAt: STARTS_AT, lateNoticeMinutes: 48 * 60 }).isLate).toBe(true);
  });

  it('never records negative notice', () => {
    expect(computeCancellationNotice({ cancelledAt: new Date(STARTS_AT.getTime() + HOUR), startsAt: STARTS_AT })).toEqual({
      noticeGivenMinutes: 0,
      isLate: true,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { describeNotice } from './describe-notice.ts';

describe('describeNotice', () => {
  const describeFor = (noticeGivenMinutes: number, lateNoticeMinutes = 1440) =>
    describeNotice({
      noticeGivenMinutes,
      isLate: noticeGivenMinutes < lateNoticeMinutes,
      lateNoticeMinutes,
      agencyName: 'Northwind Talent',
    });

  it('says plainly when notice is late', () => {
    expect(describeFor(6 * 60)).toBe("6 hours before the start: this is late notice under Northwind Talent's 24-hour policy.");
  });

  it('says plainly when notice is within policy', () => {
    expect(describeFor(3 * 24 * 60)).toBe("3 days before the start: within Northwind Talent's 24-hour policy.");
  });

  it.each([
    [0, 'Less than a minute before the start'],
    [1, '1 minute before the start'],
    [45, '45 minutes before the start'],
    [60, '1 hour before the start'],
    [1439, '23 hours before the start'],
    [1440, '24 hours before the start'],
    [47 * 60 + 59, '47 hours before the start'],
    [48 * 60, '2 days before the start'],
    [24 * 60 * 7 + 600, '7 days before the start'],
  ])('%i minutes reads "%s"', (minutes, expected) => {
    expect(describeFor(minutes).split(':')[0]).toBe(expected);
  });

  it('names a policy that is not whole hours in minutes', () => {
    expect(describeFor(30, 90)).toBe("30 minutes before the start: this is late notice under Northwind Talent's 90-minute policy.");
  });
});

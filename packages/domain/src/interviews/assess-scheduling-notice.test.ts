import { describe, expect, it } from 'vitest';
import { assessSchedulingNotice, describeSchedulingNotice, describeSchedulingNoticeGiven } from './assess-scheduling-notice.ts';

const NOW = new Date('2026-12-04T10:00:00Z');
const inMinutes = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('assessSchedulingNotice', () => {
  it('calls 3 minutes ahead short notice under the default 24-hour policy', () => {
    expect(assessSchedulingNotice({ now: NOW, startsAt: inMinutes(3) })).toEqual({ noticeGivenMinutes: 3, isShort: true });
  });

  it('holds the agency to exactly the rule candidates have: the policy itself is enough, a second less is short', () => {
    expect(assessSchedulingNotice({ now: NOW, startsAt: inMinutes(24 * 60) }).isShort).toBe(false);
    expect(assessSchedulingNotice({ now: NOW, startsAt: new Date(inMinutes(24 * 60).getTime() - 1000) })).toEqual({ noticeGivenMinutes: 1439, isShort: true });
  });

  it("follows the agency's own policy", () => {
    expect(assessSchedulingNotice({ now: NOW, startsAt: inMinutes(3 * 60), lateNoticeMinutes: 120 }).isShort).toBe(false);
    expect(assessSchedulingNotice({ now: NOW, startsAt: inMinutes(3 * 60), lateNoticeMinutes: 48 * 60 }).isShort).toBe(true);
  });
});

describe('describeSchedulingNotice', () => {
  it('says how soon it starts against the policy candidates are held to', () => {
    expect(describeSchedulingNotice({ noticeGivenMinutes: 3, lateNoticeMinutes: 1440, agencyName: 'Northwind Talent' })).toBe(
      "This interview starts in 3 minutes: less than Northwind Talent's 24-hour notice, the notice candidates are asked to give. It will be recorded as short notice on the agency's record.",
    );
    expect(describeSchedulingNotice({ noticeGivenMinutes: 0, lateNoticeMinutes: 90, agencyName: 'A' })).toMatch(/^This interview starts in less than a minute: less than A's 90-minute notice/);
  });
});

describe('describeSchedulingNoticeGiven', () => {
  it('says the notice a time was set with, short or within the policy', () => {
    expect(describeSchedulingNoticeGiven({ noticeGivenMinutes: 9, isShort: true, lateNoticeMinutes: 1440, agencyName: 'Northwind Talent' })).toBe(
      "9 minutes before the start: short notice under Northwind Talent's 24-hour policy.",
    );
    expect(describeSchedulingNoticeGiven({ noticeGivenMinutes: 3 * 24 * 60, isShort: false, lateNoticeMinutes: 1440, agencyName: 'Northwind Talent' })).toBe(
      "3 days before the start: within Northwind Talent's 24-hour policy.",
    );
  });
});

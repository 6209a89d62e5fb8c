import { describe, expect, it } from 'vitest';
import { dayInZone, firstRespondByDay, lastRespondByDay, respondByAt } from './respond-by-at.ts';

describe('respondByAt: the end of the chosen day on the candidate’s clock', () => {
  it('is 17:00 in the candidate’s zone, whatever the recruiter’s', () => {
    expect(respondByAt('2026-12-11', 'Europe/Berlin')?.toISOString()).toBe('2026-12-11T16:00:00.000Z');
    expect(respondByAt('2026-12-11', 'Europe/London')?.toISOString()).toBe('2026-12-11T17:00:00.000Z');
    expect(respondByAt('2026-12-11', 'America/New_York')?.toISOString()).toBe('2026-12-11T22:00:00.000Z');
    expect(respondByAt('2026-12-11', 'Asia/Kolkata')?.toISOString()).toBe('2026-12-11T11:30:00.000Z');
  });

  it('follows daylight saving: the same 17:00 is an hour earlier in UTC in summer, on the change days too', () => {
    // Europe/Berlin: CET (UTC+1) until Sun 29 Mar 2026 02:00, CEST (UTC+2) after; back on Sun 25 Oct 2026.
    expect(respondByAt('2026-03-28', 'Europe/Berlin')?.toISOString()).toBe('2026-03-28T16:00:00.000Z');
    expect(respondByAt('2026-03-29', 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T15:00:00.000Z');
    expect(respondByAt('2026-10-25', 'Europe/Berlin')?.toISOString()).toBe('2026-10-25T16:00:00.000Z');
    // The US changes on other days (8 Mar, 1 Nov 2026): London and New York are 4 hours apart for those weeks.
    expect(respondByAt('2026-03-10', 'America/New_York')?.toISOString()).toBe('2026-03-10T21:00:00.000Z');
    expect(respondByAt('2026-03-07', 'America/New_York')?.toISOString()).toBe('2026-03-07T22:00:00.000Z');
    // Southern hemisphere: Sydney is on daylight time (UTC+11) in December.
    expect(respondByAt('2026-12-11', 'Australia/Sydney')?.toISOString()).toBe('2026-12-11T06:00:00.000Z');
  });

  it('reads a wall time a spring-forward skips as just after the gap, and the repeated hour of a fall-back as one of its readings', () => {
    expect(respondByAt('2026-03-29', 'Europe/Berlin', 2)?.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(respondByAt('2026-10-25', 'Europe/Berlin', 2)?.toISOString()).toBe('2026-10-25T01:00:00.000Z');
  });

  it('refuses a malformed day or an unknown zone', () => {
    expect(respondByAt('2026-02-30', 'Europe/Berlin')).toBeNull();
    expect(respondByAt('11/12/2026', 'Europe/Berlin')).toBeNull();
    expect(respondByAt('2026-12-11', 'Mars/Olympus')).toBeNull();
  });
});

describe('firstRespondByDay and dayInZone', () => {
  it('is today in the candidate’s zone before 17:00 there, tomorrow after', () => {
    expect(firstRespondByDay(new Date('2026-12-04T15:59:00Z'), 'Europe/Berlin')).toBe('2026-12-04');
    expect(firstRespondByDay(new Date('2026-12-04T16:00:00Z'), 'Europe/Berlin')).toBe('2026-12-05');
  });

  it('names the day in the zone, where it may already be tomorrow', () => {
    expect(dayInZone(new Date('2026-12-04T23:30:00Z'), 'Europe/Berlin')).toBe('2026-12-05');
    expect(dayInZone(new Date('2026-12-04T23:30:00Z'), 'Europe/London', 7)).toBe('2026-12-11');
  });

  it('ends the choice on the last day whose 17:00 is within the limit', () => {
    // 30 days after 10:00 Berlin is 10:00 Berlin on 3 Jan: its 17:00 is past the limit, so 2 Jan is the last.
    expect(lastRespondByDay(new Date('2026-12-04T09:00:00Z'), 'Europe/Berlin', 30)).toBe('2027-01-02');
    expect(lastRespondByDay(new Date('2026-12-04T17:00:00Z'), 'Europe/Berlin', 30)).toBe('2027-01-03');
  });
});

import { describe, expect, test } from 'vitest';
import { dateInZone, localTimeToUtc, utcToLocalTime } from './convert-local-time';

describe('reading a picked time in the recruiter’s zone', () => {
  test('10:00 in London in winter is 10:00 UTC, and in summer 09:00 UTC', () => {
    expect(localTimeToUtc('2026-12-01T10:00', 'Europe/London')).toBe('2026-12-01T10:00:00.000Z');
    expect(localTimeToUtc('2026-07-01T10:00', 'Europe/London')).toBe('2026-07-01T09:00:00.000Z');
  });

  test('zones east and west of Greenwich, including half-hour offsets', () => {
    expect(localTimeToUtc('2026-12-01T10:00', 'Europe/Berlin')).toBe('2026-12-01T09:00:00.000Z');
    expect(localTimeToUtc('2026-12-01T10:00', 'America/New_York')).toBe('2026-12-01T15:00:00.000Z');
    expect(localTimeToUtc('2026-12-01T10:00', 'Asia/Kolkata')).toBe('2026-12-01T04:30:00.000Z');
  });

  test('a time near midnight can land on another UTC day', () => {
    expect(localTimeToUtc('2026-12-01T00:30', 'Asia/Tokyo')).toBe('2026-11-30T15:30:00.000Z');
    expect(localTimeToUtc('2026-12-01T23:30', 'America/Los_Angeles')).toBe('2026-12-02T07:30:00.000Z');
  });

  test('the day the clocks go forward: times after the jump use summer time', () => {
    // Europe/London jumps from 01:00 GMT to 02:00 BST on 28 March 2027.
    expect(localTimeToUtc('2027-03-28T00:30', 'Europe/London')).toBe('2027-03-28T00:30:00.000Z');
    expect(localTimeToUtc('2027-03-28T03:00', 'Europe/London')).toBe('2027-03-28T02:00:00.000Z');
  });

  test('a time skipped by the jump forward moves on by the jump, as calendars do', () => {
    expect(localTimeToUtc('2027-03-28T01:30', 'Europe/London')).toBe('2027-03-28T01:30:00.000Z');
    expect(utcToLocalTime('2027-03-28T01:30:00.000Z', 'Europe/London')).toBe('2027-03-28T02:30');
  });

  test('a time that happens twice when the clocks go back is the first of the two', () => {
    // Europe/London falls back from 02:00 BST to 01:00 GMT on 25 October 2026: 01:30 happens twice.
    expect(localTimeToUtc('2026-10-25T01:30', 'Europe/London')).toBe('2026-10-25T00:30:00.000Z');
    expect(localTimeToUtc('2026-10-25T02:30', 'Europe/London')).toBe('2026-10-25T02:30:00.000Z');
  });

  test('southern-hemisphere summer time', () => {
    expect(localTimeToUtc('2027-01-15T09:00', 'Australia/Sydney')).toBe('2027-01-14T22:00:00.000Z');
    expect(localTimeToUtc('2027-07-15T09:00', 'Australia/Sydney')).toBe('2027-07-14T23:00:00.000Z');
  });

  test('nothing is made up from an empty, impossible or unzoned reading', () => {
    expect(localTimeToUtc('', 'Europe/London')).toBeNull();
    expect(localTimeToUtc('2026-02-31T10:00', 'Europe/London')).toBeNull();
    expect(localTimeToUtc('2026-12-01T25:00', 'Europe/London')).toBeNull();
    expect(localTimeToUtc('2026-12-01T10:00', 'Mars/Olympus_Mons')).toBeNull();
  });

  test('an instant reads back as the same wall-clock time in its zone', () => {
    for (const zone of ['Europe/London', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham']) {
      const instant = localTimeToUtc('2026-11-30T13:45', zone)!;
      expect(utcToLocalTime(instant, zone)).toBe('2026-11-30T13:45');
    }
  });
});

describe('dates for the respond-by field', () => {
  test('today and a week from today are counted in the recruiter’s zone, not UTC', () => {
    const lateEveningInNewYork = new Date('2026-12-01T03:00:00.000Z'); // 30 Nov, 22:00 in New York
    expect(dateInZone(lateEveningInNewYork, 'America/New_York')).toBe('2026-11-30');
    expect(dateInZone(lateEveningInNewYork, 'Europe/Berlin')).toBe('2026-12-01');
    expect(dateInZone(lateEveningInNewYork, 'America/New_York', 7)).toBe('2026-12-07');
  });
});

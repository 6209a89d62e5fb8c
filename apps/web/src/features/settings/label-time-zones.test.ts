import { describe, expect, it } from 'vitest';
import { labelTimeZones, offsetMinutesOf } from './label-time-zones';

const winter = new Date('2026-01-15T12:00:00Z');

describe('the time zone list', () => {
  it('labels each zone with its offset now, west to east', () => {
    const zones = labelTimeZones('UTC', '', winter);
    expect(zones.find((z) => z.zone === 'Europe/Berlin')?.label).toBe('(UTC+01:00) Europe/Berlin');
    expect(zones.find((z) => z.zone === 'America/Chicago')?.label).toBe('(UTC−06:00) America/Chicago');
    expect(zones.map((z) => z.offsetMinutes)).toEqual([...zones.map((z) => z.offsetMinutes)].sort((a, b) => a - b));
    expect(offsetMinutesOf('Asia/Kolkata', winter)).toBe(330);
  });

  it('narrows to what is searched, keeping the current zone', () => {
    const zones = labelTimeZones('Asia/Tokyo', 'new york', winter).map((z) => z.zone);
    expect(zones).toContain('America/New_York');
    expect(zones).toContain('Asia/Tokyo');
    expect(zones).not.toContain('Europe/Berlin');
  });
});

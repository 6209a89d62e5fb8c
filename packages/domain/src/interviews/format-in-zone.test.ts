import { describe, expect, it } from 'vitest';
import { formatInZone } from './format-in-zone.ts';

const at = (iso: string) => new Date(iso);

describe('formatInZone', () => {
  it('renders a moment in the zone it was set in', () => {
    expect(formatInZone(at('2026-12-01T09:00:00Z'), 'Europe/Berlin')).toBe('Tue 1 Dec, 10:00 (Europe/Berlin)');
    expect(formatInZone(at('2026-09-06T23:30:00Z'), 'America/New_York')).toBe('Sun 6 Sep, 19:30 (America/New_York)');
  });

  it('crosses the date line with the zone', () => {
    expect(formatInZone(at('2026-12-01T23:00:00Z'), 'Asia/Tokyo')).toBe('Wed 2 Dec, 08:00 (Asia/Tokyo)');
  });

  it('falls back to UTC for an invalid zone rather than failing a message', () => {
    expect(formatInZone(at('2026-12-01T09:00:00Z'), 'Nowhere/Land')).toBe('Tue 1 Dec, 09:00 (UTC)');
  });
});

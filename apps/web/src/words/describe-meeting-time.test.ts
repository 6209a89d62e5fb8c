import { describe, expect, test } from 'vitest';
import { describeMeetingTime } from './describe-meeting-time';

describe('an interview time as the candidate reads it', () => {
  test('shows their zone, the zone it was set in, and how long it lasts', () => {
    expect(
      describeMeetingTime(
        { startsAt: '2026-11-30T09:00:00Z', endsAt: '2026-11-30T09:45:00Z', timeZone: 'Europe/London' },
        'Europe/Berlin',
      ),
    ).toEqual({
      inYourZone: 'Mon 30 Nov, 10:00 (Europe/Berlin)',
      inItsZone: 'Mon 30 Nov, 09:00 (Europe/London)',
      duration: '45 minutes',
    });
  });

  test('says the time once when it was set in their own zone', () => {
    const time = describeMeetingTime(
      { startsAt: '2026-11-30T09:00:00Z', endsAt: '2026-11-30T10:30:00Z', timeZone: 'Europe/Berlin' },
      'Europe/Berlin',
    );
    expect(time.inItsZone).toBeNull();
    expect(time.duration).toBe('1 hour 30 minutes');
  });
});

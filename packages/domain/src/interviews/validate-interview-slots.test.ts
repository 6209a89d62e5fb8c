import { describe, expect, it } from 'vitest';
import { type InterviewSlot, validateInterviewSlots } from './validate-interview-slots.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const at = (iso: string) => new Date(iso);
const slot = (overrides: Partial<InterviewSlot> = {}): InterviewSlot => ({
  startsAt: at('2026-12-01T09:00:00Z'),
  endsAt: at('2026-12-01T10:00:00Z'),
  timeZone: 'Europe/Berlin',
  format: 'VIDEO',
  ...overrides,
});
const validate = (slots: InterviewSlot[]) => validateInterviewSlots(slots, { now: NOW });

describe('validateInterviewSlots', () => {
  it('accepts a sound slot and tidies its location', () => {
    expect(validate([slot({ format: 'ONSITE', location: '  Main St 1, Berlin ' })])).toEqual({
      ok: true,
      value: [slot({ format: 'ONSITE', location: 'Main St 1, Berlin' })],
    });
  });

  it('needs between one and ten slots', () => {
    expect(validate([])).toEqual({ ok: false, fieldErrors: [{ index: null, field: 'slots', message: 'Offer at least one interview time.' }] });
    const eleven = Array.from({ length: 11 }, (_, day) =>
      slot({ startsAt: at(`2026-12-${String(day + 1).padStart(2, '0')}T09:00:00Z`), endsAt: at(`2026-12-${String(day + 1).padStart(2, '0')}T10:00:00Z`) }),
    );
    expect(validate(eleven)).toMatchObject({ fieldErrors: [{ index: null, message: 'Offer at most 10 interview times (there are 11).' }] });
  });

  it('refuses a slot that starts now or in the past', () => {
    expect(validate([slot({ startsAt: NOW, endsAt: at('2026-11-30T13:00:00Z') })])).toEqual({
      ok: false,
      fieldErrors: [{ index: 0, field: 'startsAt', message: 'Choose a start time in the future.' }],
    });
  });

  it('checks the length: end after start, at least 15 minutes, at most 8 hours', () => {
    const result = validate([
      slot({ endsAt: at('2026-12-01T09:00:00Z') }),
      slot({ startsAt: at('2026-12-02T09:00:00Z'), endsAt: at('2026-12-02T09:14:00Z') }),
      slot({ startsAt: at('2026-12-03T09:00:00Z'), endsAt: at('2026-12-03T17:01:00Z') }),
      slot({ startsAt: at('2026-12-04T09:00:00Z'), endsAt: at('2026-12-04T09:15:00Z') }),
      slot({ startsAt: at('2026-12-05T09:00:00Z'), endsAt: at('2026-12-05T17:00:00Z') }),
    ]);
    expect(result).toEqual({
      ok: false,
      fieldErrors: [
        { index: 0, field: 'endsAt', message: 'The end must be after the start.' },
        { index: 1, field: 'endsAt', message: 'An interview needs at least 15 minutes.' },
        { index: 2, field: 'endsAt', message: 'An interview can last at most 8 hours.' },
      ],
    });
  });

  it('needs a real IANA time zone', () => {
    for (const timeZone of ['Mars/Olympus', '', '+01:00']) {
      expect(validate([slot({ timeZone })])).toEqual({
        ok: false,
        fieldErrors: [{ index: 0, field: 'timeZone', message: 'Choose a valid time zone, such as Europe/Berlin.' }],
      });
    }
  });

  it('needs an address for an onsite interview, not for video', () => {
    expect(validate([slot({ format: 'ONSITE', location: '   ' })])).toMatchObject({
      fieldErrors: [{ index: 0, field: 'location', message: 'Add the address for an onsite interview.' }],
    });
    expect(validate([slot({ format: 'PHONE', location: null })]).ok).toBe(true);
  });

  it('reports a repeated time and an overlap on the later slot, naming the earlier one', () => {
    const result = validate([
      slot(),
      slot({ format: 'PHONE' }),
      slot({ startsAt: at('2026-12-01T09:30:00Z'), endsAt: at('2026-12-01T10:30:00Z') }),
      // Back to back with options 1 and 3 is fine.
      slot({ startsAt: at('2026-12-01T10:30:00Z'), endsAt: at('2026-12-01T11:00:00Z'), timeZone: 'UTC' }),
    ]);
    expect(result).toEqual({
      ok: false,
      fieldErrors: [
        { index: 1, field: 'startsAt', message: 'This is the same time as option 1.' },
        { index: 2, field: 'startsAt', message: 'This overlaps option 1 (Tue 1 Dec, 10:00 (Europe/Berlin)).' },
      ],
    });
  });

  it('refuses invalid dates without throwing', () => {
    expect(validate([slot({ startsAt: new Date(Number.NaN), endsAt: new Date(Number.NaN) })])).toMatchObject({
      fieldErrors: [
        { index: 0, field: 'startsAt', message: 'Choose a start time.' },
        { index: 0, field: 'endsAt', message: 'Choose an end time.' },
      ],
    });
  });
});

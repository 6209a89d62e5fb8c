import { describe, expect, it } from 'vitest';
import { interviewReminderTimes, respondByReminderTime } from './plan-reminder-times.ts';

const HOUR = 60 * 60 * 1000;
const t0 = new Date('2026-12-07T09:00:00.000Z');
const at = (hoursFromT0: number) => new Date(t0.getTime() + hoursFromT0 * HOUR);
const kinds = (reminders: Array<{ kind: string }>) => reminders.map((r) => r.kind);

describe('when reminders are due', () => {
  it('an interview two days ahead gets a reminder 24 h and 2 h before its start', () => {
    expect(interviewReminderTimes(at(48), { occurredAt: t0, now: t0 })).toEqual([
      { kind: 'reminder.interview.24h', dueAt: at(24) },
      { kind: 'reminder.interview.2h', dueAt: at(46) },
    ]);
  });

  it('an interview scheduled 3 hours ahead gets only the 2 h one; 23 h 58 min ahead still the 24 h one; 1 h ahead none', () => {
    expect(kinds(interviewReminderTimes(at(3), { occurredAt: t0, now: t0 }))).toEqual(['reminder.interview.2h']);
    expect(kinds(interviewReminderTimes(at(24 - 2 / 60), { occurredAt: t0, now: t0 }))).toEqual(['reminder.interview.24h', 'reminder.interview.2h']);
    expect(interviewReminderTimes(at(1), { occurredAt: t0, now: t0 })).toEqual([]);
  });

  it('a reminder owed while no planner ran is still planned (and goes late), but not once the interview started, nor the 24 h one when the 2 h one is due', () => {
    expect(kinds(interviewReminderTimes(at(48), { occurredAt: t0, now: at(30) }))).toEqual(['reminder.interview.24h', 'reminder.interview.2h']);
    expect(kinds(interviewReminderTimes(at(48), { occurredAt: t0, now: at(47) }))).toEqual(['reminder.interview.2h']);
    expect(interviewReminderTimes(at(48), { occurredAt: t0, now: at(48) })).toEqual([]);
  });

  it('a respond-by more than a day ahead gets a reminder a day before it; a shorter window or a passed respond-by none', () => {
    expect(respondByReminderTime(at(7 * 24), { occurredAt: t0, now: t0 })).toEqual(at(6 * 24));
    expect(respondByReminderTime(at(20), { occurredAt: t0, now: t0 })).toBeNull();
    expect(respondByReminderTime(at(7 * 24), { occurredAt: t0, now: at(6 * 24 + 1) })).toEqual(at(6 * 24));
    expect(respondByReminderTime(at(7 * 24), { occurredAt: t0, now: at(7 * 24) })).toBeNull();
  });
});

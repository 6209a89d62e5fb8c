import { describe, expect, it } from 'vitest';
import { describeDue } from './describe-due';
import { groupTodayItems } from './group-today-items';

const now = new Date('2026-12-04T10:00:00Z');
const at = (iso: string) => ({ dueAt: iso, id: iso });

describe("Today's groups", () => {
  it('puts what is already due under Overdue, later today under Today, the next day under Tomorrow and the rest under Coming up, keeping the order', () => {
    const items = [at('2026-12-04T09:00:00Z'), at('2026-12-05T09:00:00Z'), at('2026-12-04T20:00:00Z'), at('2026-12-01T09:00:00Z'), at('2026-12-06T08:00:00Z')];
    expect(groupTodayItems(items, now, 'UTC')).toEqual([
      { group: 'OVERDUE', items: [items[0], items[3]] },
      { group: 'TODAY', items: [items[2]] },
      { group: 'TOMORROW', items: [items[1]] },
      { group: 'LATER', items: [items[4]] },
    ]);
  });

  it('puts a proposal expiring in 23 hours under Tomorrow, not further off', () => {
    expect(groupTodayItems([at('2026-12-05T09:00:00Z')], now, 'UTC')[0]!.group).toBe('TOMORROW');
  });

  it("reads 'today' and 'tomorrow' on the recruiter's own calendar, across a month's end", () => {
    // 23:30 UTC is already the next day in Berlin.
    const items = [at('2026-12-04T23:30:00Z')];
    expect(groupTodayItems(items, now, 'UTC')[0]!.group).toBe('TODAY');
    expect(groupTodayItems(items, now, 'Europe/Berlin')[0]!.group).toBe('TOMORROW');
    const newYearsEve = new Date('2026-12-31T12:00:00Z');
    expect(groupTodayItems([at('2027-01-01T12:00:00Z')], newYearsEve, 'UTC')[0]!.group).toBe('TOMORROW');
  });

  it('leaves out groups with nothing in them', () => {
    expect(groupTodayItems([], now, 'UTC')).toEqual([]);
  });
});

describe('the due time in words', () => {
  it('says how long ago an interview ended and when an answer is due', () => {
    expect(describeDue('INTERVIEW_TO_MARK', '2026-12-04T08:00:00Z', now)).toBe('ended 2 h ago');
    expect(describeDue('ANSWER_DUE_SOON', '2026-12-04T15:30:00Z', now)).toBe('answer due in 5 h');
    expect(describeDue('PROPOSAL_EXPIRING', '2026-12-04T10:20:00Z', now)).toBe('expires in 20 min');
    expect(describeDue('LATE_CANCELLATION', '2026-12-01T10:00:00Z', now)).toBe('cancelled 3 days ago');
    expect(describeDue('RESCHEDULE_REQUESTED', '2026-12-04T10:00:00Z', now)).toBe('asked moments ago');
  });
});

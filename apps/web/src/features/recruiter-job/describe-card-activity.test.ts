import { describe, expect, test } from 'vitest';
import { describeCardActivity, type CardProposal } from './describe-card-activity';

const now = new Date('2026-12-04T12:00:00Z'); // a Friday
const base: CardProposal = {
  status: 'PROPOSED',
  createdAt: '2026-12-02T12:00:00Z',
  updatedAt: '2026-12-02T12:00:00Z',
  respondBy: '2026-12-11T17:00:00Z',
  interviews: [],
};
const interview = (status: CardProposal['interviews'][number]['status'], startsAt: string) => ({
  status,
  startsAt,
  endsAt: new Date(new Date(startsAt).getTime() + 3_600_000).toISOString(),
  rescheduledTo: null,
});

describe('what a card on the board says', () => {
  test('a proposal waiting for an answer says when it was proposed and when the answer is due', () => {
    expect(describeCardActivity(base, now, 'UTC')).toEqual({ last: 'Proposed 2 d ago', due: { text: 'Respond by Fri 17:00 (8 d)', isUrgent: false } });
  });

  test('an answer due within two days is urgent', () => {
    expect(describeCardActivity({ ...base, respondBy: '2026-12-05T17:00:00Z' }, now, 'UTC').due).toEqual({ text: 'Respond by Sat 17:00', isUrgent: true });
  });

  test('a booked interview shows its day and time in the viewer’s zone', () => {
    const activity = describeCardActivity({ ...base, status: 'INTERVIEWING', interviews: [interview('SCHEDULED', '2026-12-08T13:00:00Z')] }, now, 'Europe/Berlin');
    expect(activity).toEqual({ last: 'Interview Tue 14:00', due: null });
  });

  test('an interview that ended without an outcome is due to be marked', () => {
    const activity = describeCardActivity({ ...base, status: 'INTERVIEWING', interviews: [interview('SCHEDULED', '2026-12-03T09:00:00Z')] }, now, 'UTC');
    expect(activity.due).toEqual({ text: 'Interview to mark', isUrgent: true });
  });

  test('a reschedule request is flagged', () => {
    const activity = describeCardActivity({ ...base, status: 'INTERVIEWING', interviews: [interview('NEEDS_RESCHEDULING', '2026-12-07T09:00:00Z')] }, now, 'UTC');
    expect(activity.due).toEqual({ text: 'Reschedule requested', isUrgent: true });
  });

  test('a declined proposal says when, and nothing is due', () => {
    expect(describeCardActivity({ ...base, status: 'DECLINED', closedAt: '2026-12-02T10:00:00Z' }, now, 'UTC')).toEqual({ last: 'Declined 2 d ago', due: null });
  });

  test('an accepted proposal with no interview booked asks for one', () => {
    const activity = describeCardActivity({ ...base, status: 'ACCEPTED', respondedAt: '2026-12-04T09:00:00Z' }, now, 'UTC');
    expect(activity).toEqual({ last: 'Accepted 3 h ago', due: { text: 'Interview to schedule', isUrgent: true } });
  });
});

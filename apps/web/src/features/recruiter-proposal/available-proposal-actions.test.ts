import { describe, expect, test } from 'vitest';
import { availableProposalActions } from './available-proposal-actions';

const now = new Date('2026-11-26T10:00:00.000Z');
const later = '2026-12-03T10:00:00.000Z';
const earlier = '2026-11-20T10:00:00.000Z';

describe('the recruiter’s next steps on a proposal', () => {
  test('an unanswered proposal can only be withdrawn', () => {
    expect(availableProposalActions({ status: 'PROPOSED', respondBy: later, interviews: [] }, now)).toEqual(['withdraw']);
  });

  test('a proposal past its respond-by has no next step', () => {
    expect(availableProposalActions({ status: 'PROPOSED', respondBy: earlier, interviews: [] }, now)).toEqual([]);
    expect(availableProposalActions({ status: 'EXPIRED', respondBy: earlier, interviews: [] }, now)).toEqual([]);
  });

  test('an accepted proposal without an interview asks for one to be scheduled', () => {
    expect(availableProposalActions({ status: 'ACCEPTED', respondBy: earlier, interviews: [] }, now)).toEqual([
      'schedule',
      'reject',
      'withdraw',
    ]);
  });

  test('while an interview is booked no second one is offered; once it fell through, another round can be', () => {
    const booked = availableProposalActions({ status: 'INTERVIEWING', respondBy: earlier, interviews: [{ status: 'SCHEDULED' }] }, now);
    expect(booked).toEqual(['offer', 'reject', 'withdraw']);
    const fellThrough = availableProposalActions({ status: 'INTERVIEWING', respondBy: earlier, interviews: [{ status: 'CANCELLED' }] }, now);
    expect(fellThrough).toEqual(['schedule', 'offer', 'reject', 'withdraw']);
    const movedThenCancelled = availableProposalActions(
      {
        status: 'INTERVIEWING',
        respondBy: earlier,
        interviews: [{ status: 'NEEDS_RESCHEDULING', rescheduledTo: { id: 'interview-2' } }, { status: 'CANCELLED' }],
      },
      now,
    );
    expect(movedThenCancelled).toContain('schedule');
  });

  test('an offer can be recorded as a hire; a closed proposal has nothing left to do', () => {
    expect(availableProposalActions({ status: 'OFFERED', respondBy: earlier, interviews: [] }, now)).toEqual(['hire', 'reject', 'withdraw']);
    for (const status of ['HIRED', 'DECLINED', 'WITHDRAWN', 'REJECTED'] as const) {
      expect(availableProposalActions({ status, respondBy: earlier, interviews: [] }, now)).toEqual([]);
    }
  });
});

import { describe, expect, test } from 'vitest';
import { groupPipeline, pipelineGroupOf, type PipelineProposal } from './group-pipeline';

let next = 0;
function proposal(status: PipelineProposal['status'], interviews: PipelineProposal['interviews'] = []): PipelineProposal {
  next += 1;
  return { id: `proposal-${next}`, status, interviews };
}

describe('the job’s pipeline', () => {
  test('groups proposals by status in the order a proposal moves, leaving out empty groups', () => {
    const groups = groupPipeline([
      proposal('DECLINED'),
      proposal('PROPOSED'),
      proposal('REJECTED'),
      proposal('PROPOSED'),
      proposal('HIRED'),
    ]);
    expect(groups.map((group) => [group.label, group.proposals.length])).toEqual([
      ['Proposed', 2],
      ['Hired', 1],
      ['Declined', 1],
      ['Not selected', 1],
    ]);
  });

  test('an interviewing proposal whose last interview was cancelled, with nothing booked since, needs attention', () => {
    const cancelled = proposal('INTERVIEWING', [{ status: 'CANCELLED', startsAt: '2026-11-23T13:00:00.000Z' }]);
    expect(pipelineGroupOf(cancelled)).toBe('INTERVIEW_FELL_THROUGH');
    expect(groupPipeline([cancelled])[0]?.label).toBe('Cancelled / no-show');
  });

  test('a no-show counts as fallen through too', () => {
    expect(pipelineGroupOf(proposal('INTERVIEWING', [{ status: 'NO_SHOW', startsAt: '2026-11-23T13:00:00.000Z' }]))).toBe(
      'INTERVIEW_FELL_THROUGH',
    );
  });

  test('a cancelled interview that was replaced by a new booking stays in Interviewing', () => {
    const rebooked = proposal('INTERVIEWING', [
      { status: 'CANCELLED', startsAt: '2026-11-23T13:00:00.000Z' },
      { status: 'SCHEDULED', startsAt: '2026-11-30T13:00:00.000Z' },
    ]);
    expect(pipelineGroupOf(rebooked)).toBe('INTERVIEWING');
  });

  test('an interview moved to a new time that was then cancelled has fallen through', () => {
    const moved = proposal('INTERVIEWING', [
      { status: 'NEEDS_RESCHEDULING', startsAt: '2026-11-30T13:00:00.000Z', rescheduledTo: { id: 'interview-2' } },
      { status: 'CANCELLED', startsAt: '2026-12-02T15:00:00.000Z' },
    ]);
    expect(pipelineGroupOf(moved)).toBe('INTERVIEW_FELL_THROUGH');
    const waiting = proposal('INTERVIEWING', [{ status: 'NEEDS_RESCHEDULING', startsAt: '2026-11-30T13:00:00.000Z' }]);
    expect(pipelineGroupOf(waiting)).toBe('INTERVIEWING');
  });

  test('a completed last round stays in Interviewing, and closed proposals keep their own status', () => {
    expect(
      pipelineGroupOf(
        proposal('INTERVIEWING', [
          { status: 'NO_SHOW', startsAt: '2026-11-20T13:00:00.000Z' },
          { status: 'COMPLETED', startsAt: '2026-11-23T13:00:00.000Z' },
        ]),
      ),
    ).toBe('INTERVIEWING');
    expect(pipelineGroupOf(proposal('WITHDRAWN', [{ status: 'CANCELLED', startsAt: '2026-11-23T13:00:00.000Z' }]))).toBe(
      'WITHDRAWN',
    );
  });
});
